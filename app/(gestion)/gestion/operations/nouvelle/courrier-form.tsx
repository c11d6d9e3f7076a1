"use client";

import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { MAX_MESSAGE, OPERATION_LIBELLES, type CourrierType } from "@/lib/domain/gestion/operations";
import { fr } from "@/lib/domain/typographie";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { lancerCourrierAction, type CourrierField } from "./actions";

const LABELS: Record<CourrierField, string> = { type: "Courrier *", message: "Message au candidat (facultatif)" };
const ID = "courrier";

/** The demande/relance form: its target travels as hidden fields (a dossier, or the list's filters). */
export function CourrierForm({ type, cible, bouton }: { type: CourrierType; cible: Record<string, string>; bouton: string }) {
  const [state, action, pending] = useActionState(lancerCourrierAction, INITIAL_FORM_STATE as FormState<CourrierField>);
  const choisi = typed(state, "type", type);
  return (
    <form action={action} key={state.n} noValidate>
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID} />
      {Object.entries(cible).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <RadioButtons
        id={`${ID}-type`}
        legend={LABELS.type}
        name="type"
        {...fieldState(state, "type")}
        options={(["DEMANDE_PIECES", "RELANCE_PIECES"] as const).map((t) => ({
          label: OPERATION_LIBELLES[t],
          hintText: t === "DEMANDE_PIECES" ? fr`Premier courrier : les pièces à fournir et la date limite.` : "Nouveau courrier à qui n’a toujours pas fourni ses pièces.",
          nativeInputProps: { value: t, defaultChecked: t === choisi },
        }))}
      />
      <Input
        label={LABELS.message}
        hintText={`Ajouté au courrier et au courriel, après la liste des pièces. ${MAX_MESSAGE} caractères au plus.`}
        textArea
        {...fieldState(state, "message")}
        nativeTextAreaProps={{ id: `${ID}-message`, name: "message", rows: 5, maxLength: MAX_MESSAGE, defaultValue: typed(state, "message") }}
      />
      <Button type="submit" disabled={pending} iconId="fr-icon-mail-line">
        {bouton}
      </Button>
    </form>
  );
}
