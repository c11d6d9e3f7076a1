"use client";

import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { ChampCase, ChampRadios, ChampTexte, Revele, type Option } from "@/components/candidature/champs";
import { StepForm, type StepAction } from "@/components/candidature/step-form";
import { ROUTES_AVEC_ORGANISME, type FormValues } from "@/lib/domain/candidature/formulaires";
import { FORME_LIBELLES, ROUTE_LIBELLES } from "@/lib/domain/candidature/libelles";
import { FORMES_PASSAGE, ROUTES } from "@/lib/domain/candidature/types";
import { fr } from "@/lib/domain/typographie";

const LABELS = {
  typeCandidature: "Type de candidature *",
  organisme: "Établissement ou organisme de formation *",
  sessionPrecedente: "Année de votre dernière session *",
  formePrecedente: "Forme de passage à cette session *",
  ajourne: "Avez-vous été ajourné à cette session ? *",
  handicap: "Handicap *",
  amenagementExistant: "Bénéficiez-vous déjà d’un aménagement d’épreuves notifié ? *",
  jdcEnRegle: "Recensement et journée défense et citoyenneté *",
  diffusionPresse: "Diffusion des résultats dans la presse",
  diffusionInternet: "Diffusion des résultats sur internet",
};

const OUI_NON: Option[] = [
  { value: "oui", label: "Oui" },
  { value: "non", label: "Non" },
];

export function InformationsForm({
  action,
  revision,
  initial,
  lectureSeule,
  precedent,
  suivantLecture,
  academie,
  amenagementUrl,
}: {
  action: StepAction;
  revision: number;
  initial: FormValues;
  lectureSeule: boolean;
  precedent: string;
  suivantLecture: string;
  academie: string;
  amenagementUrl: string | null;
}) {
  return (
    <StepForm action={action} revision={revision} initial={initial} labels={LABELS} precedent={precedent} lectureSeule={lectureSeule} suivantLecture={suivantLecture}>
      {/* CF "Conditions d'inscription": exactly one of the routes. */}
      <ChampRadios
        name="typeCandidature"
        legend={LABELS.typeCandidature}
        hint="Choisissez la condition que vous remplissez : elle détermine les justificatifs à fournir."
        options={ROUTES.map((r) => ({ value: r, label: ROUTE_LIBELLES[r] }))}
      />
      <Revele id="bloc-organisme" name="typeCandidature" values={ROUTES_AVEC_ORGANISME}>
        <ChampTexte name="organisme" label={LABELS.organisme} hint={fr`Par exemple : CNED, GRETA…`} />
      </Revele>
      <Revele id="bloc-deja-presente" name="typeCandidature" values={["DEJA_PRESENTE"]}>
        <ChampTexte name="sessionPrecedente" label={LABELS.sessionPrecedente} hint={fr`Sur 4 chiffres, par exemple 2023`} maxLength={4} inputMode="numeric" width="court" />
        <ChampRadios name="formePrecedente" legend={LABELS.formePrecedente} options={FORMES_PASSAGE.map((f) => ({ value: f, label: FORME_LIBELLES[f] }))} />
        <ChampRadios name="ajourne" legend={LABELS.ajourne} hint="Un candidat ajourné peut conserver ses notes égales ou supérieures à 10 sur 20 (étape 4)." options={OUI_NON} inline />
      </Revele>

      <ChampRadios
        name="handicap"
        legend={LABELS.handicap}
        hint="Répondez « Oui » si vous demandez un aménagement d’épreuves au titre du handicap, ou si vous en bénéficiez déjà."
        options={OUI_NON}
        inline
      />
      <Revele id="bloc-handicap" name="handicap" values={["oui"]}>
        {/* CF step 2: "ne se substitue pas à la nécessité d'établir un dossier de demande d'aménagement". */}
        <CallOut title="Répondre « Oui » ne suffit pas" titleAs="h3" iconId="fr-icon-warning-line" colorVariant="orange-terre-battue" bodyAs="div">
          <p>Cette réponse ne remplace pas la demande d’aménagement d’épreuves, à faire séparément auprès de l’académie {academie}.</p>
          {amenagementUrl && (
            <p>
              <a href={amenagementUrl} target="_blank" rel="noopener noreferrer" title="Demander un aménagement d’épreuves – nouvelle fenêtre">
                Demander un aménagement d’épreuves
              </a>
            </p>
          )}
        </CallOut>
        <ChampRadios name="amenagementExistant" legend={LABELS.amenagementExistant} hint="Si oui, la notification sera à fournir avec vos pièces justificatives." options={OUI_NON} inline />
      </Revele>

      <ChampCase
        name="jdcEnRegle"
        label="Je déclare être en règle avec l’obligation de recensement ou de participation à la journée défense et citoyenneté (JDC). *"
        hint="Condition d’inscription : vous devrez en fournir le justificatif si vous avez moins de 25 ans."
      />

      <h2 className="fr-h5 fr-mt-4w">Diffusion de vos résultats</h2>
      <p className="fr-text--sm">Cochez si vous acceptez que votre nom figure dans la liste des admis publiée :</p>
      <ChampCase name="diffusionPresse" label="dans la presse" />
      <ChampCase name="diffusionInternet" label="sur internet" />
    </StepForm>
  );
}
