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
  epsChoix: "Éducation physique et sportive *",
  epsActivites: "Vos deux activités *",
  epsNotificationMdph: "Notification de la MDPH",
  epsActivitesAdaptees: "Activité de l’épreuve adaptée *",
  lvf: "Langue vivante facultative (LVF, épreuve orale)",
  facultatives: "Épreuves facultatives",
};

const opt = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v }));

type Intitule = { code: string; libelle: string };

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
  nbLangues,
  epreuveLangues,
  epreuveEps,
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
  /** The spécialité's compulsory languages (step 3): none, LVA, or LVA and LVB. */
  nbLangues: 0 | 1 | 2;
  /** The compulsory épreuves holding the languages and the EPS, when the spécialité has them ("E4", "E7"). */
  epreuveLangues: Intitule | undefined;
  epreuveEps: Intitule | undefined;
  tertiaire: boolean;
  /** EPS choices open to this candidate: DISPENSE on the experience route only, ADAPTEE where the académie has a list. */
  epsChoix: readonly EpsChoix[];
  activitesEps: readonly string[];
  activitesEpsAdaptees: readonly string[];
}) {
  // The labels name the épreuve as the catalogue codes it ("Éducation physique et sportive (E7) *").
  const labels = { ...LABELS, epsChoix: epreuveEps ? `Éducation physique et sportive (${epreuveEps.code}) *` : LABELS.epsChoix };
  const titre = (e: Intitule | undefined, defaut: string) => (e ? `${e.code} – ${e.libelle}` : defaut);
  const aucunChoix = nbLangues === 0 && !epreuveEps;
  return (
    <StepForm action={action} revision={revision} initial={initial} labels={labels} precedent={precedent} lectureSeule={lectureSeule} suivantLecture={suivantLecture}>
      {nbLangues > 0 && (
        <>
          <h2 className="fr-h4">{titre(epreuveLangues, "Langues vivantes obligatoires")}</h2>
          <ChampListe name="lva" label={LABELS.lva} hint="Épreuves écrite et orale." options={opt(languesLva)} required />
          {nbLangues === 2 && <ChampListe name="lvb" label={LABELS.lvb} hint="Votre spécialité comporte deux langues vivantes : la LVB doit être différente de la LVA." options={opt(languesLvb)} required />}
        </>
      )}

      {epreuveEps && (
        <>
          <h2 className="fr-h4 fr-mt-4w">{titre(epreuveEps, "Éducation physique et sportive")}</h2>
          <ChampRadios name="epsChoix" legend={labels.epsChoix} options={epsChoix.map((c) => ({ value: c, label: EPS_LIBELLES[c] }))} />
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
        </>
      )}

      {aucunChoix && languesLvf.length === 0 && <p className="fr-mt-4w">{fr`Votre spécialité ne comporte ni langue vivante ni éducation physique et sportive : vous n'avez rien à choisir à cette étape.`}</p>}

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
