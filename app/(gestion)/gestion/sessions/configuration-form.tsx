"use client";

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldState, typed } from "@/components/forms/field-state";
import { LIBELLES_LISTES, LISTES_CHOIX, type ChampConfiguration, type ListeChoix } from "@/lib/domain/session/configuration";
import { INITIAL_FORM_STATE } from "@/lib/form-state";
import { modifierConfigurationAction, type ConfigurationState } from "./actions";

const ID = "configuration";
const LABELS: Record<ChampConfiguration, string> = {
  ...LIBELLES_LISTES,
  specialites: "Spécialités proposées",
  pieces: "Pièces justificatives",
  adressePostale: "Adresse d’envoi des pièces par voie postale",
  amenagementUrl: "Page de demande d’aménagement d’épreuves",
  informations: "Informations de l’académie",
};
const MODES = [
  { value: "UPLOAD", label: "Déposée en ligne" },
  { value: "POSTAL", label: "Envoyée par voie postale" },
  { value: "AUCUN", label: "Non demandée" },
];

export type ConfigurationInitiale = Record<ListeChoix | "adressePostale" | "amenagementUrl" | "informations", string> & { modes: Record<string, string>; specialites: string[] };

export function ConfigurationForm({
  sessionId,
  initiale,
  specialitesExamen,
  catalogue,
  adresseAcademie,
}: {
  sessionId: string;
  initiale: ConfigurationInitiale;
  specialitesExamen: readonly { codeDiplome: string; libelle: string }[];
  catalogue: readonly { code: string; libelle: string; rubrique: string }[];
  adresseAcademie: string | null;
}) {
  const [state, action, pending] = useActionState(modifierConfigurationAction, INITIAL_FORM_STATE as ConfigurationState);
  const modes = state.modes ?? initiale.modes;
  const cochees = new Set(state.specialites ?? initiale.specialites);
  const zone = (champ: ListeChoix | "adressePostale" | "informations", hint: string, rows = 4) => (
    <Input
      label={LABELS[champ]}
      hintText={hint}
      textArea
      {...fieldState(state, champ)}
      nativeTextAreaProps={{ id: `${ID}-${champ}`, name: champ, rows, defaultValue: typed(state, champ, initiale[champ]), "aria-invalid": state.fieldErrors?.[champ] ? true : undefined }}
    />
  );
  return (
    <form action={action} key={state.n} noValidate aria-label="Choix proposés aux candidats">
      {state.ok && state.message && <Alert severity="success" role="status" small description={state.message} className="fr-mb-3w" />}
      <ErrorSummary state={state} labels={LABELS} idPrefix={ID}>
        {state.impacts && state.impacts.length > 0 && (
          <>
            <span style={{ display: "block" }}>Dossiers concernés{state.total && state.total > state.impacts.length ? ` (les ${state.impacts.length} premiers sur ${state.total})` : ""}{"\u00a0"}:</span>
            <ul>
              {state.impacts.map((i, k) => (
                <li key={k}>
                  {i.numero ?? "Candidature non enregistrée"}{"\u00a0"}: {i.messages.join(" ")}
                </li>
              ))}
            </ul>
          </>
        )}
      </ErrorSummary>
      <input type="hidden" name="sessionId" value={sessionId} />

      <h3 className="fr-h6">Langues vivantes et EPS</h3>
      <p className="fr-hint-text">Une langue ou une activité par ligne. Retirer un choix déjà fait par un candidat vous est signalé avant tout enregistrement.</p>
      {LISTES_CHOIX.map((l) => (
        <div key={l}>{zone(l, l === "languesLvb" ? "Laisser vide si l’examen n’en comporte pas." : "Une par ligne.")}</div>
      ))}

      <h3 className="fr-h6">Spécialités</h3>
      {specialitesExamen.length === 0 ? (
        <p>Aucune spécialité de cet examen n’est au catalogue national{"\u00a0"}: les candidats ne peuvent pas encore s’y inscrire en ligne.</p>
      ) : (
        <details className="fr-mb-3w">
          <summary>
            {cochees.size === 0 ? `Toutes les spécialités de l’examen sont proposées (${specialitesExamen.length})` : `${cochees.size} spécialité${cochees.size > 1 ? "s" : ""} proposée${cochees.size > 1 ? "s" : ""} sur ${specialitesExamen.length}`} — modifier
          </summary>
          <Checkbox
            id={`${ID}-specialites`}
            legend={LABELS.specialites}
            hintText="Aucune case cochée : toutes les spécialités de l’examen sont proposées."
            small
            {...(state.fieldErrors?.specialites ? { state: "error" as const, stateRelatedMessage: state.fieldErrors.specialites } : {})}
            options={specialitesExamen.map((s) => ({ label: `${s.libelle} (${s.codeDiplome})`, nativeInputProps: { name: "specialites", value: s.codeDiplome, defaultChecked: cochees.has(s.codeDiplome) } }))}
          />
        </details>
      )}

      <h3 className="fr-h6" id={`${ID}-pieces`}>
        Pièces justificatives
      </h3>
      {state.fieldErrors?.pieces && <Alert severity="error" small description={state.fieldErrors.pieces} className="fr-mb-2w" />}
      <p className="fr-hint-text">Le mode de chaque pièce, quand la candidature la demande. Les candidatures déjà enregistrées gardent le mode de leur enregistrement.</p>
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
        {catalogue.map((p) => (
          <div key={p.code} className="fr-col-12 fr-col-md-6">
            <Select label={`${p.libelle} (${p.rubrique})`} nativeSelectProps={{ id: `${ID}-piece-${p.code}`, name: `piece:${p.code}`, defaultValue: modes[p.code] ?? "AUCUN" }}>
              {MODES.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </Select>
          </div>
        ))}
      </div>
      {zone("adressePostale", adresseAcademie ? `Avec la ligne de l’examen. Vide : l’adresse de l’académie (${adresseAcademie.split("\n").join(", ")}).` : "Avec la ligne de l’examen (service, bureau).", 5)}
      <Input
        label={LABELS.amenagementUrl}
        hintText="Adresse complète (https://…). Vide : celle de l’académie."
        {...fieldState(state, "amenagementUrl")}
        nativeInputProps={{ id: `${ID}-amenagementUrl`, name: "amenagementUrl", type: "url", defaultValue: typed(state, "amenagementUrl", initiale.amenagementUrl), "aria-invalid": state.fieldErrors?.amenagementUrl ? true : undefined }}
      />
      {zone("informations", "Texte libre affiché sur la page de la session (règles particulières de l’académie).", 4)}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={pending} iconId="fr-icon-save-line" iconPosition="left">
            Enregistrer les choix proposés
          </Button>
        </li>
        {state.impacts && state.impacts.length > 0 && (
          <li>
            <Button type="submit" nativeButtonProps={{ name: "appliquer", value: "oui" }} priority="secondary" disabled={pending} iconId="fr-icon-warning-line" iconPosition="left">
              Appliquer quand même et signaler ces {state.total} dossier{(state.total ?? 0) > 1 ? "s" : ""}
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
