"use client";

import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { ChampListe, ChampRadios, type Option } from "@/components/candidature/champs";
import { StepForm, type StepAction } from "@/components/candidature/step-form";
import type { FormValues } from "@/lib/domain/candidature/formulaires";
import { FORME_LIBELLES } from "@/lib/domain/candidature/libelles";
import { FORMES_PASSAGE, type FormePassage } from "@/lib/domain/candidature/types";
import { fr } from "@/lib/domain/typographie";

const LABELS = { specialiteCode: "Spécialité *", formePassage: "Forme de passage de l’examen *" };

export function QualificationForm({
  action,
  revision,
  initial,
  lectureSeule,
  precedent,
  suivantLecture,
  specialites,
  examen,
  formeImposee,
}: {
  action: StepAction;
  revision: number;
  initial: FormValues;
  lectureSeule: boolean;
  precedent: string;
  suivantLecture: string;
  specialites: readonly Option[];
  examen: string;
  /** The forme of a candidate who already sat the exam (step 2) [C:CF]. */
  formeImposee: FormePassage | undefined;
}) {
  return (
    <StepForm action={action} revision={revision} initial={formeImposee ? { formePassage: formeImposee, ...initial } : initial} labels={LABELS} precedent={precedent} lectureSeule={lectureSeule} suivantLecture={suivantLecture}>
      <ChampListe name="specialiteCode" label={LABELS.specialiteCode} hint={`Les spécialités du ${examen.toLowerCase()} proposées à cette session.`} options={specialites} vide="Sélectionnez votre spécialité" required />

      <CallOut title="Attention : ce choix est définitif" titleAs="h2" iconId="fr-icon-warning-line" colorVariant="orange-terre-battue" bodyAs="div" className="fr-mt-4w">
        <p>
          <strong>Globale</strong> : vous passez toutes les épreuves à cette session. <strong>Progressive</strong> : vous
          échelonnez vos épreuves sur plusieurs sessions. Après la clôture des inscriptions, vous ne pourrez plus en changer ; si vous échouez, vous
          conserverez la même forme aux sessions suivantes.
        </p>
        {formeImposee && (
          <p>
            {fr`Vous avez indiqué vous être déjà présenté sous la forme ${formeImposee === "GLOBALE" ? "globale" : "progressive"} : un candidat ayant échoué conserve obligatoirement la même forme de passage.`}
          </p>
        )}
      </CallOut>
      <ChampRadios name="formePassage" legend={LABELS.formePassage} options={FORMES_PASSAGE.map((f) => ({ value: f, label: FORME_LIBELLES[f] }))} />
    </StepForm>
  );
}
