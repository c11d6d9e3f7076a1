"use client";

import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import Link from "next/link";
import { useIndiceConnexion } from "@/components/indice-connexion";

// The home page's fixed text, in client components: React sends their output once, in the HTML,
// where a server component's is sent twice (the HTML and the RSC payload). The text then travels
// in a script the browser keeps, not in every response of the cached page.

export function Introduction() {
  // Signed in (the proxy's hint, as the header reads it): the way back to one's space rather than
  // « Créer mon compte » and « Se connecter ».
  const connecte = useIndiceConnexion();
  return (
    <>
      <h1>Inscriptions des candidats individuels aux examens professionnels</h1>
      <p className="fr-text--lead">
        Ce portail permet de s’inscrire, en candidat individuel, au baccalauréat professionnel, au certificat d’aptitude
        professionnelle (CAP), au brevet professionnel (BP) et aux mentions complémentaires (MC). Chaque inscription est
        instruite par le service des examens de l’académie.
      </p>

      <div className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        <div className="fr-col-12 fr-col-lg-5">
          <h2 className="fr-h4">Qui peut s’inscrire&nbsp;?</h2>
          <p>
            Les candidats individuels (candidats libres, enseignement à distance, candidats justifiant d’une expérience
            professionnelle) domiciliés dans l’académie où ils s’inscrivent. Les conditions propres à chaque examen sont
            rappelées sur la page de chaque session.
          </p>
        </div>
        <div className="fr-col-12 fr-col-lg-7">
          <h2 className="fr-h4">Comment s’inscrire&nbsp;?</h2>
          <ol>
            <li>
              <strong>Créez votre compte</strong> avec votre état civil tel qu’il figure sur votre pièce d’identité et une
              adresse électronique que vous consultez régulièrement.
            </li>
            <li>
              <strong>Activez votre compte dans les 48&nbsp;heures</strong> grâce au lien reçu par courriel&nbsp;; passé ce
              délai, le compte est supprimé et la démarche est à recommencer.
            </li>
            <li>
              <strong>Inscrivez-vous à l’examen</strong> en suivant les six étapes (identification, informations
              candidature, qualification présentée, acquis, épreuves, récapitulatif), puis cliquez sur
              «&nbsp;ENREGISTRER&nbsp;»&nbsp;: un numéro d’inscription vous est alors attribué.
            </li>
            <li>
              <strong>Transmettez vos pièces justificatives</strong> avec votre confirmation d’inscription datée et signée,
              en ligne ou par voie postale selon l’académie, avant la date limite.
            </li>
          </ol>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            {connecte ? (
              <li>
                <Link className="fr-btn" href="/espace">
                  Mon espace
                </Link>
              </li>
            ) : (
              <>
                <li>
                  <Link className="fr-btn" href="/creer-compte">
                    Créer mon compte
                  </Link>
                </li>
                <li>
                  <Link className="fr-btn fr-btn--secondary" href="/connexion">
                    Se connecter
                  </Link>
                </li>
              </>
            )}
            <li>
              <Link className="fr-btn fr-btn--tertiary" href="/inscription">
                M’inscrire à une session
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </>
  );
}

export function AppelHandicap() {
  return (
    <CallOut title="Candidats en situation de handicap" titleAs="h2" iconId="fr-icon-information-line">
      Lors de l’inscription, répondez «&nbsp;Oui&nbsp;» à la rubrique «&nbsp;Handicap&nbsp;» et déposez une demande
      d’aménagement d’épreuves auprès de votre académie&nbsp;: le lien figure sur la page de chaque session. Cocher «&nbsp;Oui&nbsp;»
      ne remplace pas cette demande.
    </CallOut>
  );
}
