"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH } from "@/lib/domain/account/schemas";
import { ROLE_LABELS, type StaffRole } from "@/lib/domain/account/roles";
import { fr } from "@/lib/domain/typographie";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/form-state";
import { inviterPersonnel, type InvitationField } from "./actions";

const LABELS: Record<InvitationField, string> = {
  role: "Rôle *",
  academieId: "Académie *",
  email: "Adresse mail *",
  nomNaissance: "Nom *",
  prenoms: "Prénom *",
};
const ID = "invitation";

/**
 * The staff invitation. With `fixe` (an académie's page inviting its admins), the role and the
 * académie are given rather than chosen; the action checks them as any other.
 */
export function InvitationForm({
  roles,
  academies,
  fixe,
}: {
  roles: readonly StaffRole[];
  academies: readonly { id: string; nom: string }[];
  fixe?: { role: StaffRole; academie: { id: string; nom: string } };
}) {
  const [state, action, pending] = useActionState(inviterPersonnel, INITIAL_FORM_STATE as FormState<InvitationField>);
  const roleValue = typed(state, "role", roles[0] ?? "");
  const input = (f: "email" | "nomNaissance" | "prenoms", extra: { type?: string; autoComplete?: string; hint?: string } = {}) => (
    <Input
      label={LABELS[f]}
      hintText={extra.hint}
      {...fieldState(state, f)}
      nativeInputProps={{
        id: `${ID}-${f}`,
        name: f,
        type: extra.type ?? "text",
        autoComplete: extra.autoComplete ?? "off",
        required: true,
        maxLength: f === "email" ? EMAIL_MAX_LENGTH : NAME_MAX_LENGTH,
        defaultValue: typed(state, f),
        "aria-invalid": state.fieldErrors?.[f] ? true : undefined,
      }}
    />
  );
  return (
    <form action={action} key={state.n} noValidate>
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mb-3w" />}
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID} />
      {fixe ? (
        <>
          <input type="hidden" name="role" value={fixe.role} />
          <input type="hidden" name="academieId" value={fixe.academie.id} />
          <p id={`${ID}-role`} className="fr-mb-2w">
            {ROLE_LABELS[fixe.role]} – {fixe.academie.nom}
          </p>
          {(state.fieldErrors?.role ?? state.fieldErrors?.academieId) && (
            <p id={`${ID}-academieId`} className="fr-error-text fr-mb-2w">
              {state.fieldErrors?.role ?? state.fieldErrors?.academieId}
            </p>
          )}
        </>
      ) : (
        <>
          <RadioButtons
            id={`${ID}-role`}
            legend={LABELS.role}
            name="role"
            {...fieldState(state, "role")}
            options={roles.map((r) => ({ label: ROLE_LABELS[r], nativeInputProps: { value: r, defaultChecked: r === roleValue } }))}
          />
          <Select
            label={LABELS.academieId}
            hint={fr`Sans objet pour un administrateur national.`}
            {...fieldState(state, "academieId")}
            nativeSelectProps={{ id: `${ID}-academieId`, name: "academieId", defaultValue: typed(state, "academieId", academies.length === 1 ? academies[0]!.id : "") }}
          >
            <option value="">Sélectionnez une option</option>
            {academies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.nom}
              </option>
            ))}
          </Select>
        </>
      )}
      {input("email", { type: "email", hint: fr`Exemple : prenom.nom@ac-academie.fr` })}
      {input("nomNaissance")}
      {input("prenoms")}
      <Button type="submit" disabled={pending} iconId="fr-icon-user-add-line">
        Envoyer l’invitation
      </Button>
    </form>
  );
}
