import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { fr } from "@codegouvfr/react-dsfr";
import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable } from "@/components/data-table";
import { EtatBadge } from "@/components/sessions/etat-badge";
import { ChoixDefinitifs, ConditionsTexte, DemarcheTexte, OptionsTexte } from "@/components/sessions/session-textes";
import { academieLabel, NBSP, telHref, textLines, typographieFr } from "@/components/sessions/session-labels";
import { formatDateFr, formatInstantFr, formatWindowFr, type Window } from "@/lib/domain/calendar";
import { annonceProlongation, type Echeance } from "@/lib/domain/session/prolongation";
import { zoneLabel } from "@/lib/domain/zones";
import type { SessionDetail } from "@/lib/server/sessions/get-session";

// A session's page as candidates read it: the public page /sessions/[id] and the académie admin's
// preview of a session not yet published draw the same component.

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

/** "le mercredi 6 décembre 2023 à 22 h 00, heure de Paris". */
function instantText(instant: Date, zone: string): string {
  return `${formatInstantFr(instant, zone)}, ${zoneLabel(zone)}`;
}

function EtatCallOut({ session, zone }: { session: SessionDetail; zone: string }) {
  const { opensAt, closesAt } = session.inscription;
  // An exam without a catalogue yet: say where to register rather than offer an account (issue 10 §8).
  if (!session.enLigne && session.etat !== "CLOSE")
    return (
      <CallOut title="Inscription auprès du rectorat" titleAs="h2" iconId="fr-icon-information-line">
        L’inscription à cet examen ne se fait pas encore sur ce portail&nbsp;: adressez-vous au service des examens de
        l’{academieLabel(session.academie.nom, false)}, du {instantText(opensAt, zone)} au{" "}
        {instantText(closesAt, zone)}.
      </CallOut>
    );
  switch (session.etat) {
    case "OUVERTE":
      return (
        <CallOut
          title="Les inscriptions sont ouvertes"
          titleAs="h2"
          iconId="fr-icon-calendar-line"
          colorVariant="green-emeraude"
          buttonProps={{ linkProps: { href: "/creer-compte" }, children: "Créer mon compte" }}
        >
          Vous pouvez vous inscrire, et modifier votre inscription, jusqu’au {instantText(closesAt, zone)}. N’attendez pas
          les derniers jours&nbsp;: passé ce délai, aucune inscription ni modification n’est acceptée. Vous avez déjà un
          compte&nbsp;? <Link href="/connexion">Connectez-vous</Link>.
        </CallOut>
      );
    case "A_VENIR":
      return (
        <CallOut title="Les inscriptions ne sont pas encore ouvertes" titleAs="h2" iconId="fr-icon-calendar-line">
          Elles ouvriront le {instantText(opensAt, zone)} et fermeront le {instantText(closesAt, zone)}.
        </CallOut>
      );
    case "CLOSE":
      return (
        <CallOut title="Les inscriptions sont closes" titleAs="h2" iconId="fr-icon-calendar-line" colorVariant="beige-gris-galet">
          Elles ont pris fin le {instantText(closesAt, zone)}. Aucune inscription ni modification n’est plus possible pour
          cette session.
        </CallOut>
      );
  }
}

function depotText(depot: Window | null, cloture: Date | null, zone: string): string | null {
  if (depot) return formatWindowFr(depot, zone);
  if (cloture) return `au plus tard le ${instantText(cloture, zone)}`;
  return null;
}

const INITIALE = { inscriptionCloture: "inscriptionClotureInitiale", depotCloture: "depotClotureInitiale", confirmationLimite: "confirmationLimiteInitiale" } as const;

/** The page's content; `apercu` shows it as the académie's preview (no link to register). */
export function SessionDetailVue({ session, apercu = false }: { session: SessionDetail; apercu?: boolean }) {

  const { academie, examen } = session;
  const zone = academie.timeZone;
  const academieNom = academieLabel(academie.nom);
  const titre = `${examen.libelle} – ${session.libelle}`;
  const toutPostal = session.pieces.length > 0 && session.pieces.every((p) => p.mode === "POSTAL");
  const toutEnLigne = session.pieces.length > 0 && session.pieces.every((p) => p.mode === "UPLOAD");
  const depot = depotText(session.depot, session.depotCloture, zone);
  const informations = textLines(session.informations).map(typographieFr);
  const adresse = textLines(session.adressePostale ?? academie.adressePostale).map(typographieFr);
  const amenagementUrl = session.amenagementUrl ?? academie.amenagementUrl;
  // The latest extension of each deadline, announced above everything else.
  const prolongations = session.prolongations.filter((p, i, all) => all.findIndex((q) => q.echeance === p.echeance) === i);
  const aOptions = [session.languesLva, session.languesLvb, session.languesLvf, session.activitesEps, session.activitesEpsAdaptees].some(
    (list) => list.length > 0,
  );

  const calendrier: [ReactNode, ReactNode][] = [["Inscriptions en ligne", formatWindowFr(session.inscription, zone)]];
  if (depot) {
    calendrier.push([toutPostal ? "Envoi des pièces justificatives par voie postale" : "Dépôt des pièces justificatives", depot]);
  }
  if (session.confirmationLimite) {
    calendrier.push(["Retour de la confirmation d’inscription datée et signée", `au plus tard le ${instantText(session.confirmationLimite, zone)}`]);
  }
  if (session.epsDate) {
    calendrier.push(["Épreuves ponctuelles d’éducation physique et sportive (EPS)", `le ${formatDateFr(session.epsDate, zone)}`]);
  }

  const sommaire = (Object.keys(SECTIONS) as SectionId[]).filter((id) =>
    id === "options" ? aOptions : id === "informations" ? informations.length > 0 : true,
  );

  return (
    <>
      {!apercu && <Breadcrumb homeLinkProps={{ href: "/" }} segments={[]} currentPageLabel={`${titre} – ${academieNom}`} />}

      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-9">
          <h1 className="fr-mb-2w">{titre}</h1>
          <p className="fr-text--lead fr-mb-2w">{academieNom}</p>
          <p className="fr-mb-4w">
            <EtatBadge etat={session.etat} />
          </p>

          {prolongations.map((p) => (
            <Notice
              key={p.echeance}
              className="fr-mb-3w"
              title={annonceProlongation({ echeance: p.echeance as Echeance, ancienne: session[INITIALE[p.echeance as Echeance]] ?? p.ancienne, nouvelle: p.nouvelle, motif: p.motif, zone })}
            />
          ))}
          <EtatCallOut session={session} zone={zone} />

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
            <p>
              Toutes les dates et heures sont données à l’heure légale de l’académie ({zoneLabel(zone)}).
            </p>
            <DataTable caption="Calendrier de la session" captionHidden rowHeaders headers={["Étape", "Dates"]} rows={calendrier} />
          </Section>

          <Section id="conditions" title={`${SECTIONS.conditions}${NBSP}?`}>
            <ConditionsTexte departements={academie.departements} />
          </Section>

          <Section id="demarche">
            <DemarcheTexte
              transmission={toutPostal ? "postale" : toutEnLigne ? "en-ligne" : "mixte"}
              limite={session.confirmationLimite ? instantText(session.confirmationLimite, zone) : null}
            />
          </Section>

          <ChoixDefinitifs titre={SECTIONS.choix} />

          {aOptions && (
            <Section id="options" title="Langues vivantes et éducation physique et sportive (EPS)">
              <OptionsTexte
                languesLva={session.languesLva}
                languesLvb={session.languesLvb}
                languesLvf={session.languesLvf}
                activitesEps={session.activitesEps}
                activitesEpsAdaptees={session.activitesEpsAdaptees}
              />
            </Section>
          )}

          <Section id="pieces">
            {session.pieces.length > 0 ? (
              <>
                <p>
                  Les pièces demandées dépendent de votre situation (âge, parcours, dispenses, EPS…)&nbsp;: la liste qui vous
                  concerne figure dans «&nbsp;Mes justificatifs&nbsp;» une fois votre candidature enregistrée.
                </p>
                {/* One way for every piece: said once, rather than on each row. */}
                {toutPostal ? (
                  <p>
                    Toutes ces pièces sont à envoyer par voie postale. Aucun autre mode de réception n’est accepté (courriel,
                    par exemple)&nbsp;; le cachet de la poste fait foi.
                  </p>
                ) : toutEnLigne ? (
                  <p>Toutes ces pièces sont à déposer en ligne, dans «&nbsp;Mes justificatifs&nbsp;».</p>
                ) : null}
                <DataTable
                  caption="Pièces justificatives pouvant être demandées"
                  headers={toutPostal || toutEnLigne ? ["Pièce", "Rubrique"] : ["Pièce", "Rubrique", "Transmission"]}
                  rows={session.pieces.map((piece) => [
                    typographieFr(piece.libelle),
                    typographieFr(piece.rubrique),
                    ...(toutPostal || toutEnLigne ? [] : [piece.mode === "UPLOAD" ? "À déposer en ligne" : "À envoyer par voie postale"]),
                  ])}
                />
              </>
            ) : (
              <p>La liste des pièces justificatives de cette session n’est pas encore publiée.</p>
            )}
            {/* Notices NM, CF, NI § 7, AX21 § 3. */}
            <p className={fr.cx("fr-text--bold")}>
              Tout dossier incomplet à la date limite entraîne l’annulation de l’inscription.
            </p>
          </Section>

          {/* Notices NI § 4, AX21 § 5, CF étape 2. */}
          <Section id="handicap">
            <p>
              Si vous demandez un aménagement d’épreuves, ou si vous en bénéficiez déjà, répondez «&nbsp;Oui&nbsp;» à la
              rubrique «&nbsp;Handicap&nbsp;» lors de l’inscription. Cette réponse ne remplace pas le dossier de demande
              d’aménagement&nbsp;; une notification d’aménagement existante est à joindre à la confirmation d’inscription.
            </p>
            {amenagementUrl ? (
              <p>
                <a href={amenagementUrl}>Demander un aménagement d’épreuves auprès de l’{academieLabel(academie.nom, false)}</a>
              </p>
            ) : (
              <p>Le service des examens de l’académie vous indique comment déposer votre demande.</p>
            )}
          </Section>

          {informations.length > 0 && (
            <Section id="informations">
              {informations.map((line, index) => (
                <p key={index}>{line}</p>
              ))}
            </Section>
          )}

          <Section id="contacts" title="Contacter le service des examens">
            {academie.contacts.length > 0 ? (
              <ul>
                {academie.contacts.map((contact) => (
                  <li key={contact.id}>
                    {typographieFr(contact.libelle)}
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
            {adresse.length > 0 && (
              <>
                <h3 className="fr-h6 fr-mb-1w">Adresse postale</h3>
                <address className="fr-mb-3w">
                  {adresse.map((line, index) => (
                    <span key={index}>
                      {line}
                      {index < adresse.length - 1 && <br />}
                    </span>
                  ))}
                </address>
              </>
            )}
            {academie.siteUrl && (
              <p>
                <a href={academie.siteUrl}>Site de l’{academieLabel(academie.nom, false)}</a>
              </p>
            )}
          </Section>
        </div>
      </div>
    </>
  );
}
