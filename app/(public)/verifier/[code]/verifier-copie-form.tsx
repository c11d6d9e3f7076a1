"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";

/** One PDF file, compared with the stored document; the verdict is shown above the field. */
export function VerifierCopieForm({ action }: { action: (state: FormState<"fichier">, formData: FormData) => Promise<FormState<"fichier">> }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE as FormState<"fichier">);
  return (
    <form action={formAction} key={state.n} noValidate>
      {state.ok && state.message && <Alert severity="success" role="status" as="h3" title="Fichier authentique" description={state.message} className="fr-mb-4w" />}
      {state.formError && (
        <Alert severity="error" role="status" as="h3" title={state.code === "non-reconnu" ? "Fichier non reconnu" : "Contrôle impossible"} description={state.formError} className="fr-mb-4w" />
      )}
      <Upload
        label="Fichier PDF de la confirmation"
        hint="Format PDF, 900 Ko au plus."
        state={state.fieldErrors?.fichier ? "error" : "default"}
        stateRelatedMessage={state.fieldErrors?.fichier}
        nativeInputProps={{ id: "verifier-fichier", name: "fichier", accept: "application/pdf,.pdf", required: true }}
        className="fr-mb-2w"
      />
      <Button type="submit" disabled={pending}>
        Contrôler le fichier
      </Button>
    </form>
  );
}
