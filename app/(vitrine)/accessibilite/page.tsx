import type { Metadata } from "next";
import { NBSP } from "@/components/sessions/session-labels";

export const metadata: Metadata = { title: "Déclaration d’accessibilité" };

// Follows the model statement of the RGAA 4.1 (« Déclaration d'accessibilité », annexe) for a
// service never audited: « non conforme » until an audit gives a compliance rate.
export default function AccessibilitePage() {
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-9">
        <h1>Déclaration d’accessibilité</h1>
        <p>
          Le portail des inscriptions des candidats individuels s’engage à rendre ses services numériques accessibles,
          conformément à l’article 47 de la loi n°{NBSP}2005-102 du 11{NBSP}février 2005.
        </p>
        <p>
          Cette déclaration d’accessibilité s’applique au portail d’inscription des candidats individuels au baccalauréat
          professionnel, au CAP, au brevet professionnel et aux mentions complémentaires.
        </p>

        <h2>État de conformité</h2>
        <p>
          Le portail est <strong>non conforme</strong> avec le référentiel général d’amélioration de l’accessibilité
          (RGAA), version{NBSP}4.1, car il n’a pas encore fait l’objet d’un audit de conformité.
        </p>
        <p className="fr-badge fr-badge--warning fr-badge--no-icon">Accessibilité{NBSP}: non conforme</p>

        <h3>Résultats des tests</h3>
        <p>
          Aucun audit de conformité n’a encore été réalisé{NBSP}: le taux de conformité au RGAA{NBSP}4.1 n’est donc pas
          connu. Les pages publiques sont contrôlées automatiquement à chaque évolution du portail{NBSP}; ces contrôles ne
          couvrent qu’une partie des critères et ne remplacent pas un audit.
        </p>

        <h2>Contenus non accessibles</h2>
        <h3>Non-conformités</h3>
        <p>
          En l’absence d’audit, la liste des non-conformités n’est pas établie. Si vous rencontrez une difficulté,
          signalez-la (voir «{NBSP}Retour d’information et contact{NBSP}» ci-dessous){NBSP}: elle sera corrigée ou une
          alternative vous sera proposée.
        </p>
        <h3>Dérogations pour charge disproportionnée</h3>
        <p>Aucune dérogation n’est invoquée.</p>
        <h3>Contenus non soumis à l’obligation d’accessibilité</h3>
        <ul>
          <li>
            les documents déposés par les candidats (pièces justificatives numérisées), qui ne sont ni produits ni
            maîtrisés par le portail{NBSP};
          </li>
          <li>les sites des académies et des services vers lesquels le portail propose des liens.</li>
        </ul>

        <h2>Établissement de cette déclaration d’accessibilité</h2>
        <p>Cette déclaration a été établie le 22{NBSP}novembre 2026.</p>
        <h3>Technologies utilisées pour la réalisation du portail</h3>
        <ul>
          <li>HTML5</li>
          <li>CSS</li>
          <li>JavaScript</li>
          <li>Système de design de l’État (DSFR)</li>
        </ul>
        <h3>Environnement de test</h3>
        <p>
          Les contrôles automatisés sont effectués avec le navigateur Chromium sous Linux. Aucun test n’a encore été mené
          avec des technologies d’assistance (lecteurs d’écran, logiciels d’agrandissement).
        </p>
        <h3>Outils pour évaluer l’accessibilité</h3>
        <ul>
          <li>axe-core (critères WCAG{NBSP}2.1 de niveaux A et AA)</li>
        </ul>
        <h3>Pages du portail ayant fait l’objet de la vérification</h3>
        <ul>
          <li>Accueil (liste des sessions d’inscription)</li>
          <li>Page d’une session d’inscription</li>
          <li>Déclaration d’accessibilité</li>
          <li>Page d’erreur «{NBSP}Page non trouvée{NBSP}»</li>
        </ul>

        <h2>Retour d’information et contact</h2>
        <p>
          Si vous n’arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le service des examens de
          votre académie, dont les coordonnées figurent sur la page de chaque session, pour être orienté vers une
          alternative accessible ou obtenir le contenu sous une autre forme.
        </p>

        <h2>Voies de recours</h2>
        <p>
          Cette procédure est à utiliser dans le cas suivant{NBSP}: vous avez signalé au responsable du portail un défaut
          d’accessibilité qui vous empêche d’accéder à un contenu ou à un des services, et vous n’avez pas obtenu de réponse
          satisfaisante.
        </p>
        <p>Vous pouvez{NBSP}:</p>
        <ul>
          <li>
            écrire un message au Défenseur des droits, au moyen du{" "}
            <a href="https://formulaire.defenseurdesdroits.fr/">formulaire en ligne du Défenseur des droits</a>{NBSP};
          </li>
          <li>
            contacter{" "}
            <a href="https://www.defenseurdesdroits.fr/saisir/delegues">le délégué du Défenseur des droits dans votre région</a>
            {NBSP};
          </li>
          <li>
            envoyer un courrier par la poste (gratuit, ne pas mettre de timbre){NBSP}:
            <address>
              Défenseur des droits
              <br />
              Libre réponse 71120
              <br />
              75342 Paris CEDEX 07
            </address>
          </li>
        </ul>
      </div>
    </div>
  );
}
