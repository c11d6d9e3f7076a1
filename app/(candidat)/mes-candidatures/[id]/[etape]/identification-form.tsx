"use client";

import { ChampListe, ChampTexte, type Option } from "@/components/candidature/champs";
import { StepForm, type StepAction } from "@/components/candidature/step-form";
import type { FormValues } from "@/lib/domain/candidature/formulaires";
import { fr } from "@/lib/domain/typographie";

const LABELS = {
  adresse: "Adresse (numéro et voie) *",
  complement: "Complément d’adresse",
  codePostal: "Code postal *",
  commune: "Commune *",
  pays: "Pays *",
  pcsRepresentantLegal: "Catégorie socio-professionnelle d’un représentant légal *",
  telephone: "Téléphone *",
  telephone2: "Autre téléphone",
};

export function IdentificationForm({
  action,
  revision,
  initial,
  lectureSeule,
  suivantLecture,
  pays,
  pcs,
  domicileRegle,
}: {
  action: StepAction;
  revision: number;
  initial: FormValues;
  lectureSeule: boolean;
  suivantLecture: string;
  pays: readonly Option[];
  pcs: readonly Option[];
  domicileRegle: string;
}) {
  return (
    <StepForm action={action} revision={revision} initial={{ pays: "FR", ...initial }} labels={LABELS} lectureSeule={lectureSeule} suivantLecture={suivantLecture}>
      <h2 className="fr-h4">Adresse de votre domicile</h2>
      <p className="fr-text--sm">{domicileRegle}</p>
      <ChampTexte name="adresse" label={LABELS.adresse} hint={fr`Exemple : 12 rue de la République`} required autoComplete="address-line1" />
      <ChampTexte name="complement" label={LABELS.complement} hint="Bâtiment, étage, lieu-dit…" autoComplete="address-line2" />
      <ChampTexte name="codePostal" label={LABELS.codePostal} hint={fr`5 chiffres, par exemple 63000`} required maxLength={10} inputMode="numeric" autoComplete="postal-code" width="court" />
      <ChampTexte name="commune" label={LABELS.commune} required maxLength={100} autoComplete="address-level2" />
      <ChampListe name="pays" label={LABELS.pays} options={pays} required />

      <h2 className="fr-h4 fr-mt-4w">Représentant légal</h2>
      <ChampListe
        name="pcsRepresentantLegal"
        label={LABELS.pcsRepresentantLegal}
        hint={fr`Celle de votre père, de votre mère ou de votre tuteur. Choisissez « Non renseignée » si vous ne la connaissez pas.`}
        options={pcs}
        required
      />

      <h2 className="fr-h4 fr-mt-4w">Vous contacter</h2>
      <ChampTexte name="telephone" label={LABELS.telephone} hint={fr`Exemple : 06 12 34 56 78`} required maxLength={20} inputMode="tel" autoComplete="tel" width="court" />
      <ChampTexte name="telephone2" label={LABELS.telephone2} maxLength={20} inputMode="tel" width="court" />
    </StepForm>
  );
}
