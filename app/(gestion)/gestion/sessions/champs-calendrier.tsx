"use client";

import { Input } from "@codegouvfr/react-dsfr/Input";
import { fieldState, typed } from "@/components/forms/field-state";
import { CHAMPS_CALENDRIER, LIBELLES_CALENDRIER, type ChampCalendrier } from "@/lib/domain/session/calendrier";
import type { FormState } from "@/lib/form-state";

const OBLIGATOIRES: readonly ChampCalendrier[] = ["inscriptionOuverture", "inscriptionCloture"];

export const LABELS_CALENDRIER = Object.fromEntries(CHAMPS_CALENDRIER.map((c) => [c, `${LIBELLES_CALENDRIER[c]}${OBLIGATOIRES.includes(c) ? " *" : ""}`])) as Record<ChampCalendrier, string>;

/** The six instants of a calendar, each a local date and time of the académie's zone. */
export function ChampsCalendrier<F extends string>({ state, idPrefix, initial, lieu }: { state: FormState<F>; idPrefix: string; initial: Partial<Record<ChampCalendrier, string>>; lieu: string }) {
  const s = state as unknown as FormState<ChampCalendrier>;
  return (
    <fieldset className="fr-fieldset" aria-describedby={`${idPrefix}-zone`}>
      <legend className="fr-fieldset__legend">Calendrier</legend>
      <p id={`${idPrefix}-zone`} className="fr-hint-text fr-col-12 fr-mb-2w">
        Chaque date et heure se saisit à l’heure légale de l’académie ({lieu}). Une échéance à 17{"\u00a0"}h{"\u00a0"}00 ferme à 17{"\u00a0"}h{"\u00a0"}00{"\u00a0"}: la dernière minute acceptée est 16{"\u00a0"}h{"\u00a0"}59.
      </p>
      {CHAMPS_CALENDRIER.map((champ) => (
        <div key={champ} className="fr-fieldset__element fr-col-12 fr-col-md-6">
          <Input
            label={LABELS_CALENDRIER[champ]}
            {...fieldState(s, champ)}
            nativeInputProps={{
              id: `${idPrefix}-${champ}`,
              name: champ,
              type: "datetime-local",
              required: OBLIGATOIRES.includes(champ),
              defaultValue: typed(s, champ, initial[champ] ?? ""),
              "aria-invalid": s.fieldErrors?.[champ] ? true : undefined,
            }}
          />
        </div>
      ))}
    </fieldset>
  );
}
