"use client";

import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { fr } from "@codegouvfr/react-dsfr";
import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable } from "@/components/data-table";
import { EtatBadge } from "@/components/sessions/etat-badge";
import { ChoixDefinitifs, ConditionsTexte, DemarcheTexte, OptionsTexte } from "@/components/sessions/session-textes";
import { NBSP, telHref } from "@/components/sessions/session-labels";
import type { WindowState } from "@/lib/domain/calendar";

// A session's page drawn from its texts, every date already written out on the server
// (components/sessions/session-detail.tsx). A client component: the RSC payload carries these
// texts once, as data, where the page's elements used to be sent a second time beside the HTML.

/** What a session's page says, every date written out in the académie's time zone. */
export type SessionPage = {
  /** The académie admin's preview of a session not yet published: no breadcrumb. */
  apercu: boolean;
  titre: string;
  /** "Académie de Nancy-Metz", and "académie de Nancy-Metz" inside a sentence. */
  academie: string;
  academieDansPhrase: string;
  etat: WindowState;
  enLigne: boolean;
  /** "mercredi 6 décembre 2023 à 22 h 00, heure de Paris". */
  ouverture: string;
  cloture: string;
  /** Announcements of the latest extension of each deadline. */
  prolongations: string[];
  /** "heure de Paris". */
  heureLegale: string;
  /** [step, dates] */
  calendrier: [string, string][];
  departements: string[];
  transmission: "postale" | "en-ligne" | "mixte";
  confirmationLimite: string | null;
  options: { languesLva: string[]; languesLvb: string[]; languesLvf: string[]; activitesEps: string[]; activitesEpsAdaptees: string[] } | null;
  /** [pièce, rubrique] or, when both ways are used, [pièce, rubrique, transmission]. */
  pieces: string[][];
  amenagementUrl: string | null;
  informations: string[];
  contacts: { id: string; libelle: string; email: string | null; telephone: string | null }[];
  adresse: string[];
  siteUrl: string | null;
};

const SECTIONS = {
  calendrier: "Calendrier",
  conditions: "Qui peut s’inscrire",
  demarche: "Créer son compte et s’inscrire",
  choix: "Des choix définitifs",
  options: "Langues vivantes et EPS",
  pieces: "Pièces justificatives",
  handicap: "Candidats en situation de handicap",
  informations: "Informations de l’académie",
  contacts: "Contacts",
} as const;
type SectionId = keyof typeof SECTIONS;

function Section({ id, title, children }: { id: SectionId; title?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={`titre-${id}`} className="fr-mb-6w">
      <h2 id={`titre-${id}`}>{title ?? SECTIONS[id]}</h2>
      {children}
    </section>
  );
}

function EtatCallOut({ page }: { page: SessionPage }) {
  const { ouverture, cloture } = page;
  // An exam without a catalogue yet: say where to register rather than offer an account (issue 10 §8).
  if (!page.enLigne && page.etat !== "CLOSE")
    return (
      <CallOut title="Inscription auprès du rectorat" titleAs="h2" iconId="fr-icon-information-line">
        L’inscription à cet examen ne se fait pas encore sur ce portail&nbsp;: adressez-vous au service des examens de
        l’{page.academieDansPhrase}, du {ouverture} au {cloture}.
      </CallOut>
    );
  switch (page.etat) {
    case "OUVERTE":
      return (
        <CallOut
          title="Les inscriptions sont ouvertes"
          titleAs="h2"
          iconId="fr-icon-calendar-line"
          colorVariant="green-emeraude"
          buttonProps={{ linkProps: { href: "/creer-compte" }, children: "Créer mon compte" }}
        >
          Vous pouvez vous inscrire, et modifier votre inscription, jusqu’au {cloture}. N’attendez pas les derniers
          jours&nbsp;: passé ce délai, aucune inscription ni modification n’est acceptée. Vous avez déjà un compte&nbsp;?{" "}
          <Link href="/connexion">Connectez-vous</Link>.
        </CallOut>
      );
    case "A_VENIR":
      return (
        <CallOut title="Les inscriptions ne sont pas encore ouvertes" titleAs="h2" iconId="fr-icon-calendar-line">
          Elles ouvriront le {ouverture} et fermeront le {cloture}.
        </CallOut>
      );
    case "CLOSE":
      return (
        <CallOut title="Les inscriptions sont closes" titleAs="h2" iconId="fr-icon-calendar-line" colorVariant="beige-gris-galet">
          Elles ont pris fin le {cloture}. Aucune inscription ni modification n’est plus possible pour cette session.
        </CallOut>
      );
  }
}

/** The page's content; the académie's preview draws it too (`apercu`: no breadcrumb). */
export function SessionPageVue({ page }: { page: SessionPage }) {
  const { transmission } = page;
  const sommaire = (Object.keys(SECTIONS) as SectionId[]).filter((id) =>
    id === "options" ? page.options !== null : id === "informations" ? page.informations.length > 0 : true,
  );

  return (
    <>
      {!page.apercu && <Breadcrumb homeLinkProps={{ href: "/" }} segments={[]} currentPageLabel={`${page.titre} – ${page.academie}`} />}

      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-9">
          <h1 className="fr-mb-2w">{page.titre}</h1>
          <p className="fr-text--lead fr-mb-2w">{page.academie}</p>
          <p className="fr-mb-4w">
            <EtatBadge etat={page.etat} />
          </p>

          {page.prolongations.map((annonce) => (
            <Notice key={annonce} className="fr-mb-3w" title={annonce} />
          ))}
          <EtatCallOut page={page} />

          {/* The DSFR summary's markup, without react-dsfr's generated ids on every link. */}
          <nav className="fr-summary fr-mb-6w" aria-labelledby="sommaire">
            <p className="fr-summary__title" id="sommaire">
              Sommaire
            </p>
            <ol>
              {sommaire.map((id) => (
                <li key={id}>
                  <a className="fr-summary__link" href={`#titre-${id}`}>
                    {SECTIONS[id]}
                  </a>
                </li>
              ))}
            </ol>
          </nav>

          <Section id="calendrier">
            <p>Toutes les dates et heures sont données à l’heure légale de l’académie ({page.heureLegale}).</p>
            <DataTable caption="Calendrier de la session" captionHidden rowHeaders headers={["Étape", "Dates"]} rows={page.calendrier} />
          </Section>

          <Section id="conditions" title={`${SECTIONS.conditions}${NBSP}?`}>
            <ConditionsTexte departements={page.departements} />
          </Section>

          <Section id="demarche">
            <DemarcheTexte transmission={transmission} limite={page.confirmationLimite} />
          </Section>

          <ChoixDefinitifs titre={SECTIONS.choix} />

          {page.options && (
            <Section id="options" title="Langues vivantes et éducation physique et sportive (EPS)">
              <OptionsTexte {...page.options} />
            </Section>
          )}

          <Section id="pieces">
            {page.pieces.length > 0 ? (
              <>
                <p>
                  Les pièces demandées dépendent de votre situation (âge, parcours, dispenses, EPS…)&nbsp;: la liste qui vous
                  concerne figure dans «&nbsp;Mes justificatifs&nbsp;» une fois votre candidature enregistrée.
                </p>
                {/* One way for every piece: said once, rather than on each row. */}
                {transmission === "postale" ? (
                  <p>
                    Toutes ces pièces sont à envoyer par voie postale. Aucun autre mode de réception n’est accepté (courriel,
                    par exemple)&nbsp;; le cachet de la poste fait foi.
                  </p>
                ) : transmission === "en-ligne" ? (
                  <p>Toutes ces pièces sont à déposer en ligne, dans «&nbsp;Mes justificatifs&nbsp;».</p>
                ) : null}
                <DataTable
                  caption="Pièces justificatives pouvant être demandées"
                  headers={transmission === "mixte" ? ["Pièce", "Rubrique", "Transmission"] : ["Pièce", "Rubrique"]}
                  rows={page.pieces}
                />
              </>
            ) : (
              <p>La liste des pièces justificatives de cette session n’est pas encore publiée.</p>
            )}
            {/* Notices NM, CF, NI § 7, AX21 § 3. */}
            <p className={fr.cx("fr-text--bold")}>Tout dossier incomplet à la date limite entraîne l’annulation de l’inscription.</p>
          </Section>

          {/* Notices NI § 4, AX21 § 5, CF étape 2. */}
          <Section id="handicap">
            <p>
              Si vous demandez un aménagement d’épreuves, ou si vous en bénéficiez déjà, répondez «&nbsp;Oui&nbsp;» à la
              rubrique «&nbsp;Handicap&nbsp;» lors de l’inscription. Cette réponse ne remplace pas le dossier de demande
              d’aménagement&nbsp;; une notification d’aménagement existante est à joindre à la confirmation d’inscription.
            </p>
            {page.amenagementUrl ? (
              <p>
                <a href={page.amenagementUrl}>Demander un aménagement d’épreuves auprès de l’{page.academieDansPhrase}</a>
              </p>
            ) : (
              <p>Le service des examens de l’académie vous indique comment déposer votre demande.</p>
            )}
          </Section>

          {page.informations.length > 0 && (
            <Section id="informations">
              {page.informations.map((line, index) => (
                <p key={index}>{line}</p>
              ))}
            </Section>
          )}

          <Section id="contacts" title="Contacter le service des examens">
            {page.contacts.length > 0 ? (
              <ul>
                {page.contacts.map((contact) => (
                  <li key={contact.id}>
                    {contact.libelle}
                    {contact.email && (
                      <>
                        {" "}
                        – <a href={`mailto:${contact.email}`}>{contact.email}</a>
                      </>
                    )}
                    {contact.telephone && (
                      <>
                        {" "}
                        – <a href={telHref(contact.telephone)}>{contact.telephone}</a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p>Les coordonnées du service des examens sont publiées sur le site de l’académie.</p>
            )}
            {page.adresse.length > 0 && (
              <>
                <h3 className="fr-h6 fr-mb-1w">Adresse postale</h3>
                <address className="fr-mb-3w">
                  {page.adresse.map((line, index) => (
                    <span key={index}>
                      {line}
                      {index < page.adresse.length - 1 && <br />}
                    </span>
                  ))}
                </address>
              </>
            )}
            {page.siteUrl && (
              <p>
                <a href={page.siteUrl}>Site de l’{page.academieDansPhrase}</a>
              </p>
            )}
          </Section>
        </div>
      </div>
    </>
  );
}
