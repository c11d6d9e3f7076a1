"use client";

import { ChampCase, ChampCases, ChampListe, ChampRadios, Revele, type Option } from "@/components/candidature/champs";
import { StepForm, type StepAction } from "@/components/candidature/step-form";
import type { FormValues } from "@/lib/domain/candidature/formulaires";
import { EPS_LIBELLES } from "@/lib/domain/candidature/libelles";
import type { EpsChoix } from "@/lib/domain/candidature/types";
import { fr } from "@/lib/domain/typographie";

const LABELS = {
  lva: "Langue vivante A (LVA) *",
  lvb: "Langue vivante B (LVB) *",
  epsChoix: "Éducation physique et sportive (E7) *",
  epsActivites: "Vos deux activités *",
  epsNotificationMdph: "Notification de la MDPH",
  epsActivitesAdaptees: "Activité de l’épreuve adaptée *",
  lvf: "Langue vivante facultative (LVF, épreuve orale)",
  facultatives: "Épreuves facultatives",
};

const opt = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v }));

export function EpreuvesForm({
  action,
  revision,
  initial,
  lectureSeule,
  precedent,
  suivantLecture,
  languesLva,
  languesLvb,
  languesLvf,
  deuxLangues,
  tertiaire,
  epsChoix,
  activitesEps,
  activitesEpsAdaptees,
}: {
  action: StepAction;
  revision: number;
  initial: FormValues;
  lectureSeule: boolean;
  precedent: string;
  suivantLecture: string;
  languesLva: readonly string[];
  languesLvb: readonly string[];
  languesLvf: readonly string[];
  /** The spécialité (step 3) has two compulsory languages. */
  deuxLangues: boolean;
  tertiaire: boolean;
  /** EPS choices open to this candidate: DISPENSE on the experience route only, ADAPTEE where the académie has a list. */
  epsChoix: readonly EpsChoix[];
  activitesEps: readonly string[];
  activitesEpsAdaptees: readonly string[];
}) {
  return (
    <StepForm action={action} revision={revision} initial={initial} labels={LABELS} precedent={precedent} lectureSeule={lectureSeule} suivantLecture={suivantLecture}>
      <h2 className="fr-h4">E4 – Langues vivantes obligatoires</h2>
      <ChampListe name="lva" label={LABELS.lva} hint="Épreuves écrite et orale." options={opt(languesLva)} required />
      {deuxLangues && <ChampListe name="lvb" label={LABELS.lvb} hint="Votre spécialité comporte deux langues vivantes : la LVB doit être différente de la LVA." options={opt(languesLvb)} required />}

      <h2 className="fr-h4 fr-mt-4w">E7 – Éducation physique et sportive</h2>
      <ChampRadios name="epsChoix" legend={LABELS.epsChoix} options={epsChoix.map((c) => ({ value: c, label: EPS_LIBELLES[c] }))} />
      <Revele id="bloc-eps-apte" name="epsChoix" values={["APTE"]}>
        <ChampCases name="epsActivites" legend={LABELS.epsActivites} hint="Cochez exactement deux activités." options={opt(activitesEps)} />
      </Revele>
      <Revele id="bloc-eps-inapte" name="epsChoix" values={["INAPTE"]}>
        <p className="fr-text--sm">
          {fr`Vous êtes dispensé de l'épreuve : vous fournirez un certificat médical d'inaptitude, avec sa date de validité, la signature et le cachet du médecin.`}
        </p>
      </Revele>
      {activitesEpsAdaptees.length > 0 && (
        <Revele id="bloc-eps-adaptee" name="epsChoix" values={["ADAPTEE"]}>
          <ChampCase name="epsNotificationMdph" label="Je dispose d’une notification de la MDPH (je la fournirai avec mes pièces justificatives). *" />
          <ChampRadios name="epsActivitesAdaptees" legend={LABELS.epsActivitesAdaptees} options={opt(activitesEpsAdaptees)} />
        </Revele>
      )}

      {languesLvf.length > 0 && (
        <>
          <h2 className="fr-h4 fr-mt-4w">Épreuve facultative</h2>
          <ChampListe
            name="lvf"
            label={LABELS.lvf}
            hint={tertiaire ? "Facultative. Elle doit être différente de votre LVA et de votre LVB." : "Facultative. Elle doit être différente de votre LVA."}
            options={opt(languesLvf)}
            vide="Aucune langue facultative"
          />
        </>
      )}
    </StepForm>
  );
}
