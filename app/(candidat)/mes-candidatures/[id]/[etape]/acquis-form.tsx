"use client";

import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { useContext } from "react";
import { ChampCase, ChampCases, ChampListe, ChampRadios, ChampsContext, ChampTexte, Revele, champId, type Option } from "@/components/candidature/champs";
import { StepForm, type StepAction } from "@/components/candidature/step-form";
import { beneficeChamp, type FormValues } from "@/lib/domain/candidature/formulaires";
import { ACQUIS_LIBELLES, DIPLOME_LIBELLES } from "@/lib/domain/candidature/libelles";
import { acquisTypesProposes, messageChoixAcquis } from "@/lib/domain/candidature/acquis-choix";
import { DIPLOMES_DISPENSE } from "@/lib/domain/candidature/types";
import { fr } from "@/lib/domain/typographie";


const LABELS = {
  type: "Vos acquis *",
  benefices: "Notes à conserver",
  diplome: "Diplôme dont vous êtes titulaire *",
  disciplines: "Épreuves dont vous demandez la dispense *",
  diplomeComporteLvb: "Votre diplôme comportait une langue vivante B",
  diplomeComporteEcoGestion: "Votre diplôme comportait l’économie-gestion",
  diplomeComporteEcoDroit: "Votre diplôme comportait l’économie-droit",
  diplomeComportePhysiqueChimie: "Votre diplôme comportait la physique-chimie",
  autreSpecialiteCode: "Spécialité à laquelle vous avez été ajourné *",
  autreAnneeObtention: "Année de la session (autre spécialité) *",
  autreEpreuves: "Épreuves dispensées au titre de l’autre spécialité *",
  vaeAnneeObtention: "Année de la décision du jury de VAE *",
  vaeEpreuves: "Épreuves dispensées au titre de la VAE *",
};

export type EpreuveOption = { code: string; libelle: string; generale: boolean };

export function AcquisForm({
  action,
  revision,
  initial,
  lectureSeule,
  precedent,
  suivantLecture,
  epreuves,
  disciplines,
  autresSpecialites,
  dispensesDiplome,
  beneficesPossibles,
  sessionAnnee,
}: {
  action: StepAction;
  revision: number;
  initial: FormValues;
  lectureSeule: boolean;
  precedent: string;
  suivantLecture: string;
  epreuves: readonly EpreuveOption[];
  disciplines: readonly Option[];
  autresSpecialites: readonly Option[];
  /** The exam's dispenses by diploma are in the portal (the bac pro's table). */
  dispensesDiplome: boolean;
  /** Only a candidate ajourné at a previous session keeps notes (step 2) [C:CF]. */
  beneficesPossibles: boolean;
  sessionAnnee: number;
}) {
  const labels: Record<string, string> = {
    ...LABELS,
    ...Object.fromEntries(
      epreuves.flatMap(({ code }, p) => [
        [beneficeChamp(p, "note"), `${code} : note`],
        [beneficeChamp(p, "sessionAnnee"), `${code} : année de la session`],
      ]),
    ),
  };
  const types = acquisTypesProposes({ benefices: beneficesPossibles, dispensesDiplome }, typeof initial.type === "string" ? initial.type : undefined);
  const periode = `de ${sessionAnnee - 5} à ${sessionAnnee - 1}`;
  return (
    <StepForm action={action} revision={revision} initial={initial} labels={labels} precedent={precedent} lectureSeule={lectureSeule} suivantLecture={suivantLecture}>
      <CallOut title="Toute note ou dispense non conservée est définitivement perdue" titleAs="h2" iconId="fr-icon-warning-line" colorVariant="orange-terre-battue">
        {fr`Si vous avez des notes à conserver ou des dispenses, choisissez la possibilité qui vous concerne et complétez-la. Les notes et dispenses se conservent 5 ans : pour la session ${sessionAnnee}, celles obtenues ${periode}.`}
      </CallOut>
      <ChampRadios
        name="type"
        legend={LABELS.type}
        hint={
          beneficesPossibles
            ? messageChoixAcquis(types.length)
            : `${messageChoixAcquis(types.length)} Les bénéfices de notes sont réservés aux candidats ajournés à une session précédente (étape 2, Informations candidature).`
        }
        options={types.map((t) => ({ value: t, label: ACQUIS_LIBELLES[t] }))}
      />

      <Revele id="bloc-benefices" name="type" values={["BENEFICES_NOTES"]}>
        <fieldset id={champId("benefices")} className="fr-fieldset" aria-describedby="benefices-aide">
          <legend className="fr-fieldset__legend">Notes à conserver (égales ou supérieures à 10 sur 20)</legend>
          <p id="benefices-aide" className="fr-text--sm fr-mb-2w fr-px-2v">
            {fr`Pour chaque note à conserver, indiquez-la et l'année de la session où vous l'avez obtenue (${periode}). Laissez vides les autres lignes.`}
          </p>
          <BeneficesErreur />
          {epreuves.map(({ code, libelle }, p) => (
            <div key={code} className="fr-fieldset__element">
              <fieldset className="fr-fieldset fr-mb-0">
                <legend className="fr-fieldset__legend fr-text--regular">
                  {code} – {libelle}
                </legend>
                <input type="hidden" name={beneficeChamp(p, "epreuveCode")} value={code} />
                <div className="fr-fieldset__element fr-fieldset__element--inline">
                  <ChampTexte name={beneficeChamp(p, "note")} label="Note sur 20" hint={fr`Exemple : 12,5`} maxLength={5} inputMode="decimal" width="court" />
                </div>
                <div className="fr-fieldset__element fr-fieldset__element--inline">
                  <ChampTexte name={beneficeChamp(p, "sessionAnnee")} label="Année de la session" hint={fr`Exemple : ${sessionAnnee - 1}`} maxLength={4} inputMode="numeric" width="court" />
                </div>
              </fieldset>
            </div>
          ))}
        </fieldset>
      </Revele>

      {dispensesDiplome && (
      <Revele id="bloc-diplome" name="type" values={["DISPENSES_DIPLOME"]}>
        <ChampListe name="diplome" label={LABELS.diplome} options={DIPLOMES_DISPENSE.map((d) => ({ value: d, label: DIPLOME_LIBELLES[d] }))} />
        <ChampCases name="disciplines" legend={LABELS.disciplines} hint="Seules les dispenses prévues pour votre diplôme sont accordées (arrêté du 8 novembre 2012)." options={disciplines} />
        <p className="fr-text--sm fr-mb-1w">Certaines dispenses ne valent que si votre diplôme comportait l’unité (voir votre relevé de notes) :</p>
        <ChampCase name="diplomeComporteLvb" label={LABELS.diplomeComporteLvb} />
        <ChampCase name="diplomeComporteEcoGestion" label={LABELS.diplomeComporteEcoGestion} />
        <ChampCase name="diplomeComporteEcoDroit" label={LABELS.diplomeComporteEcoDroit} />
        <ChampCase name="diplomeComportePhysiqueChimie" label={LABELS.diplomeComportePhysiqueChimie} />
      </Revele>
      )}

      <Revele id="bloc-autre" name="type" values={["AUTRE_SPECIALITE"]}>
        <ChampListe name="autreSpecialiteCode" label={LABELS.autreSpecialiteCode} options={autresSpecialites} vide="Sélectionnez la spécialité" />
        <ChampTexte name="autreAnneeObtention" label={LABELS.autreAnneeObtention} hint={fr`Sur 4 chiffres, ${periode}`} maxLength={4} inputMode="numeric" width="court" />
        <ChampCases name="autreEpreuves" legend={LABELS.autreEpreuves} hint="Les épreuves générales communes aux spécialités." options={epreuves.filter((e) => e.generale).map((e) => ({ value: e.code, label: `${e.code} – ${e.libelle}` }))} />
        {!epreuves.some((e) => e.generale) && <p className="fr-text--sm">{fr`Votre spécialité ne comporte pas d'épreuve générale : aucune dispense n'est possible à ce titre.`}</p>}
      </Revele>

      <Revele id="bloc-vae" name="type" values={["DISPENSES_VAE"]}>
        <ChampTexte name="vaeAnneeObtention" label={LABELS.vaeAnneeObtention} hint={fr`Sur 4 chiffres, ${periode}`} maxLength={4} inputMode="numeric" width="court" />
        <ChampCases name="vaeEpreuves" legend={LABELS.vaeEpreuves} options={epreuves.map((e) => ({ value: e.code, label: `${e.code} – ${e.libelle}` }))} />
      </Revele>
    </StepForm>
  );
}

/** The message on the whole table ("add at least one note"), when there is one. */
function BeneficesErreur() {
  const { errors } = useContext(ChampsContext);
  if (!errors.benefices) return null;
  return <p className="fr-message fr-message--error fr-px-2v">{errors.benefices}</p>;
}
