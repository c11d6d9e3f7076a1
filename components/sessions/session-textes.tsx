"use client";

import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { listeFr } from "./session-labels";

// The prose every session page shares, in client components: React sends a client component's
// output once, in the HTML, where a server component's is sent twice (the HTML and the RSC
// payload); this text then travels once per visitor in a cached script, not in every page.
// What varies per session comes in as props. (components/sessions/session-detail.tsx)

const EDUSCOL_DIPLOMES_PRO = "https://eduscol.education.fr/774/les-diplomes-professionnels";

/** Notices CF « Conditions d'inscription » and AX21 « Qui peut s'inscrire ». */
export function ConditionsTexte({ departements }: { departements: string[] }) {
  return (
    <>
      <p>Pour vous inscrire en tant que candidat individuel, vous devez&nbsp;:</p>
      <ul>
        <li>
          être domicilié dans l’académie
          {departements.length > 0 && (
            <>
              {" "}
              ({departements.length > 1 ? "départements" : "département"} {listeFr(departements)})
            </>
          )}&nbsp;;
        </li>
        <li>être en règle avec l’obligation de recensement ou la journée défense et citoyenneté (JDC) si vous avez moins de 25&nbsp;ans&nbsp;;</li>
        <li>
          remplir l’une des conditions suivantes&nbsp;:
          <ul>
            <li>
              avoir suivi une préparation complète au diplôme (voie scolaire, apprentissage, enseignement à distance ou
              formation professionnelle continue), y compris si vous avez déjà présenté l’examen&nbsp;;
            </li>
            <li>être inscrit dans un organisme d’enseignement à distance (CNED ou autre organisme)&nbsp;;</li>
            <li>
              justifier d’au moins trois ans d’activité professionnelle salariée dans un domaine en rapport avec le
              diplôme postulé, sous réserve de validation par l’inspecteur de la spécialité.
            </li>
          </ul>
        </li>
      </ul>
      <p>
        Les conditions propres à chaque diplôme sont fixées par son règlement d’examen, consultable avec le référentiel
        sur le site&nbsp;<a href={EDUSCOL_DIPLOMES_PRO}>éduscol (les diplômes professionnels)</a>. Le rectorat ne
        délivre pas d’informations pédagogiques.
      </p>
    </>
  );
}

/** Notices AX21, AX22, NI § 2–3 and CF « Inscriptions »: how the pieces go, and by when (already in words). */
export function DemarcheTexte({ transmission, limite }: { transmission: "postale" | "en-ligne" | "mixte"; limite: string | null }) {
  return (
    <ol>
      <li>
        <strong>Créez votre compte</strong> en renseignant votre état civil tel qu’il figure sur votre pièce
        d’identité (tous vos prénoms) et une adresse électronique valide et personnelle, qui sera votre identifiant.
        Choisissez un mot de passe de 8 à 20&nbsp;caractères comprenant au moins une majuscule, une minuscule et un
        caractère spécial, et conservez-le&nbsp;: il vous servira pendant toute la session pour accéder aux documents
        mis à votre disposition (confirmation d’inscription, convocations, relevé de notes).
      </li>
      <li>
        <strong>Activez votre compte dans les 48&nbsp;heures</strong> en cliquant sur le lien «&nbsp;Activer mon
        compte&nbsp;» reçu par courriel (pensez à vérifier vos courriers indésirables). Passé ce délai, le compte est
        supprimé et vous devez recommencer la démarche.
      </li>
      <li>
        <strong>Inscrivez-vous</strong> en suivant dans l’ordre les six étapes&nbsp;:
        <ol>
          <li>Identification&nbsp;;</li>
          <li>Informations candidature&nbsp;;</li>
          <li>Qualification présentée&nbsp;;</li>
          <li>Acquis&nbsp;;</li>
          <li>Épreuves&nbsp;;</li>
          <li>Récapitulatif.</li>
        </ol>
        Vérifiez le récapitulatif puis cliquez sur «&nbsp;ENREGISTRER&nbsp;»&nbsp;: votre candidature est alors prise
        en compte et un numéro d’inscription vous est attribué. Jusqu’à la clôture des inscriptions, vous pouvez
        modifier votre inscription&nbsp;; chaque modification doit être enregistrée de nouveau.
      </li>
      <li>
        <strong>Éditez votre confirmation d’inscription</strong> dans «&nbsp;Mes documents&nbsp;», vérifiez-la,
        datez-la et signez-la. Par votre signature, vous vous engagez sur vos choix d’épreuves obligatoires et
        facultatives.
      </li>
      <li>
        <strong>Transmettez-la avec vos pièces justificatives</strong>{" "}
        {transmission === "postale" ? (
          <>par voie postale, à l’adresse du service des examens indiquée plus bas</>
        ) : transmission === "en-ligne" ? (
          <>en les déposant en ligne dans «&nbsp;Mes justificatifs&nbsp;»</>
        ) : (
          <>selon le mode indiqué pour chaque pièce</>
        )}
        {limite && <>, au plus tard le {limite}</>}.
      </li>
    </ol>
  );
}

/** Notices CF (forme de passage, annexe 1) and NM (choix définitif). */
export function ChoixDefinitifs({ titre }: { titre: string }) {
  return (
    <CallOut title={titre} titleAs="h2" iconId="fr-icon-warning-line" colorVariant="orange-terre-battue" bodyAs="div" className="fr-mb-6w" id="titre-choix">
      <ul>
        <li>
          <strong>La forme de passage est définitive</strong>&nbsp;: globale (toutes les épreuves à cette session) ou
          progressive (épreuves échelonnées sur plusieurs sessions). Si vous avez échoué à une session précédente,
          vous conservez obligatoirement la même forme de passage.
        </li>
        <li>
          Une note égale ou supérieure à 10/20 peut être conservée (bénéfice de note) pendant cinq ans, et certains
          diplômes ouvrent droit à des dispenses d’épreuves. <strong>Toute note ou dispense non conservée est
          définitivement perdue.</strong>
        </li>
        <li>Vos choix d’épreuves, confirmés par votre signature, ne peuvent plus être modifiés après la clôture des inscriptions.</li>
      </ul>
    </CallOut>
  );
}

type Options = { languesLva: string[]; languesLvb: string[]; languesLvf: string[]; activitesEps: string[]; activitesEpsAdaptees: string[] };

/** The session's languages and EPS activities, each list with its rule. */
export function OptionsTexte(options: Options) {
  const { languesLva, languesLvb, languesLvf, activitesEps, activitesEpsAdaptees } = options;
  return (
    <>
      {languesLva.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mb-1w">Langue vivante obligatoire (LVA)</h3>
          <p>{listeFr(languesLva)}.</p>
        </>
      )}
      {languesLvb.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mb-1w">Seconde langue vivante (LVB)</h3>
          <p>
            {listeFr(languesLvb)}. Obligatoire dans certaines spécialités, elle doit être différente de la
            LVA.
          </p>
        </>
      )}
      {languesLvf.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mb-1w">Langue vivante facultative (LVF, épreuve orale)</h3>
          <p>
            {listeFr(languesLvf)}. Elle doit être différente des langues choisies pour les épreuves
            obligatoires.
          </p>
        </>
      )}
      {activitesEps.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mb-1w">Activités d’EPS (épreuve ponctuelle)</h3>
          <p>
            {listeFr(activitesEps)}. Si vous êtes apte, vous choisissez vos activités parmi cette liste. Si
            vous êtes inapte, vous demandez une dispense et fournissez un certificat médical&nbsp;; une dispense est
            aussi possible au titre de trois ans d’expérience professionnelle.
          </p>
        </>
      )}
      {activitesEpsAdaptees.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mb-1w">Épreuves d’EPS adaptées</h3>
          <p>
            {listeFr(activitesEpsAdaptees)}. Elles sont ouvertes aux candidats en situation de handicap ou
            partiellement inaptes, sur notification de la MDPH.
          </p>
        </>
      )}
    </>
  );
}
