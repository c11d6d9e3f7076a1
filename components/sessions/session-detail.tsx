import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { Summary } from "@codegouvfr/react-dsfr/Summary";
import { fr } from "@codegouvfr/react-dsfr";
import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable } from "@/components/data-table";
import { EtatBadge } from "@/components/sessions/etat-badge";
import { academieLabel, listeFr, NBSP, telHref, textLines, typographieFr } from "@/components/sessions/session-labels";
import { formatDateFr, formatInstantFr, formatWindowFr, type Window } from "@/lib/domain/calendar";
import { annonceProlongation, type Echeance } from "@/lib/domain/session/prolongation";
import { zoneLabel } from "@/lib/domain/zones";
import type { SessionDetail } from "@/lib/server/sessions/get-session";

// A session's page as candidates read it: the public page /sessions/[id] and the académie admin's
// preview of a session not yet published draw the same component.

const EDUSCOL_DIPLOMES_PRO = "https://eduscol.education.fr/774/les-diplomes-professionnels";

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
        L’inscription à cet examen ne se fait pas encore sur ce portail{NBSP}: adressez-vous au service des examens de
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
          les derniers jours{NBSP}: passé ce délai, aucune inscription ni modification n’est acceptée. Vous avez déjà un
          compte{NBSP}? <Link href="/connexion">Connectez-vous</Link>.
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

  const sommaire = (Object.keys(SECTIONS) as SectionId[])
    .filter((id) => (id === "options" ? aOptions : id === "informations" ? informations.length > 0 : true))
    .map((id) => ({ text: SECTIONS[id], linkProps: { href: `#titre-${id}` } }));

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

          <Summary links={sommaire} className="fr-mb-6w" />

          <Section id="calendrier">
            <p>
              Toutes les dates et heures sont données à l’heure légale de l’académie ({zoneLabel(zone)}).
            </p>
            <DataTable caption="Calendrier de la session" captionHidden rowHeaders headers={["Étape", "Dates"]} rows={calendrier} />
          </Section>

          {/* Notices CF « Conditions d'inscription » and AX21 « Qui peut s'inscrire ». */}
          <Section id="conditions" title={`${SECTIONS.conditions}${NBSP}?`}>
            <p>Pour vous inscrire en tant que candidat individuel, vous devez{NBSP}:</p>
            <ul>
              <li>
                être domicilié dans l’académie
                {academie.departements.length > 0 && (
                  <>
                    {" "}
                    ({academie.departements.length > 1 ? "départements" : "département"} {listeFr(academie.departements)})
                  </>
                )}{NBSP};
              </li>
              <li>être en règle avec l’obligation de recensement ou la journée défense et citoyenneté (JDC) si vous avez moins de 25{NBSP}ans{NBSP};</li>
              <li>
                remplir l’une des conditions suivantes{NBSP}:
                <ul>
                  <li>
                    avoir suivi une préparation complète au diplôme (voie scolaire, apprentissage, enseignement à distance ou
                    formation professionnelle continue), y compris si vous avez déjà présenté l’examen{NBSP};
                  </li>
                  <li>être inscrit dans un organisme d’enseignement à distance (CNED ou autre organisme){NBSP};</li>
                  <li>
                    justifier d’au moins trois ans d’activité professionnelle salariée dans un domaine en rapport avec le
                    diplôme postulé, sous réserve de validation par l’inspecteur de la spécialité.
                  </li>
                </ul>
              </li>
            </ul>
            <p>
              Les conditions propres à chaque diplôme sont fixées par son règlement d’examen, consultable avec le référentiel
              sur le site{NBSP}<a href={EDUSCOL_DIPLOMES_PRO}>éduscol (les diplômes professionnels)</a>. Le rectorat ne
              délivre pas d’informations pédagogiques.
            </p>
          </Section>

          {/* Notices AX21, AX22, NI § 2–3 and CF « Inscriptions ». */}
          <Section id="demarche">
            <ol>
              <li>
                <strong>Créez votre compte</strong> en renseignant votre état civil tel qu’il figure sur votre pièce
                d’identité (tous vos prénoms) et une adresse électronique valide et personnelle, qui sera votre identifiant.
                Choisissez un mot de passe de 8 à 20{NBSP}caractères comprenant au moins une majuscule, une minuscule et un
                caractère spécial, et conservez-le{NBSP}: il vous servira pendant toute la session pour accéder aux documents
                mis à votre disposition (confirmation d’inscription, convocations, relevé de notes).
              </li>
              <li>
                <strong>Activez votre compte dans les 48{NBSP}heures</strong> en cliquant sur le lien «{NBSP}Activer mon
                compte{NBSP}» reçu par courriel (pensez à vérifier vos courriers indésirables). Passé ce délai, le compte est
                supprimé et vous devez recommencer la démarche.
              </li>
              <li>
                <strong>Inscrivez-vous</strong> en suivant dans l’ordre les six étapes{NBSP}:
                <ol>
                  <li>Identification{NBSP};</li>
                  <li>Informations candidature{NBSP};</li>
                  <li>Qualification présentée{NBSP};</li>
                  <li>Acquis{NBSP};</li>
                  <li>Épreuves{NBSP};</li>
                  <li>Récapitulatif.</li>
                </ol>
                Vérifiez le récapitulatif puis cliquez sur «{NBSP}ENREGISTRER{NBSP}»{NBSP}: votre candidature est alors prise
                en compte et un numéro d’inscription vous est attribué. Jusqu’à la clôture des inscriptions, vous pouvez
                modifier votre inscription{NBSP}; chaque modification doit être enregistrée de nouveau.
              </li>
              <li>
                <strong>Éditez votre confirmation d’inscription</strong> dans «{NBSP}Mes documents{NBSP}», vérifiez-la,
                datez-la et signez-la. Par votre signature, vous vous engagez sur vos choix d’épreuves obligatoires et
                facultatives.
              </li>
              <li>
                <strong>Transmettez-la avec vos pièces justificatives</strong>{" "}
                {toutPostal ? (
                  <>par voie postale, à l’adresse du service des examens indiquée plus bas</>
                ) : toutEnLigne ? (
                  <>en les déposant en ligne dans «{NBSP}Mes justificatifs{NBSP}»</>
                ) : (
                  <>selon le mode indiqué pour chaque pièce</>
                )}
                {session.confirmationLimite && <>, au plus tard le {instantText(session.confirmationLimite, zone)}</>}.
              </li>
            </ol>
          </Section>

          {/* Notices CF (forme de passage, annexe 1) and NM (choix définitif). */}
          <CallOut title={SECTIONS.choix} titleAs="h2" iconId="fr-icon-warning-line" colorVariant="orange-terre-battue" bodyAs="div" className="fr-mb-6w" id="titre-choix">
            <ul>
              <li>
                <strong>La forme de passage est définitive</strong>{NBSP}: globale (toutes les épreuves à cette session) ou
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

          {aOptions && (
            <Section id="options" title="Langues vivantes et éducation physique et sportive (EPS)">
              {session.languesLva.length > 0 && (
                <>
                  <h3 className="fr-h6 fr-mb-1w">Langue vivante obligatoire (LVA)</h3>
                  <p>{listeFr(session.languesLva)}.</p>
                </>
              )}
              {session.languesLvb.length > 0 && (
                <>
                  <h3 className="fr-h6 fr-mb-1w">Seconde langue vivante (LVB)</h3>
                  <p>
                    {listeFr(session.languesLvb)}. Obligatoire dans certaines spécialités, elle doit être différente de la
                    LVA.
                  </p>
                </>
              )}
              {session.languesLvf.length > 0 && (
                <>
                  <h3 className="fr-h6 fr-mb-1w">Langue vivante facultative (LVF, épreuve orale)</h3>
                  <p>
                    {listeFr(session.languesLvf)}. Elle doit être différente des langues choisies pour les épreuves
                    obligatoires.
                  </p>
                </>
              )}
              {session.activitesEps.length > 0 && (
                <>
                  <h3 className="fr-h6 fr-mb-1w">Activités d’EPS (épreuve ponctuelle)</h3>
                  <p>
                    {listeFr(session.activitesEps)}. Si vous êtes apte, vous choisissez vos activités parmi cette liste. Si
                    vous êtes inapte, vous demandez une dispense et fournissez un certificat médical{NBSP}; une dispense est
                    aussi possible au titre de trois ans d’expérience professionnelle.
                  </p>
                </>
              )}
              {session.activitesEpsAdaptees.length > 0 && (
                <>
                  <h3 className="fr-h6 fr-mb-1w">Épreuves d’EPS adaptées</h3>
                  <p>
                    {listeFr(session.activitesEpsAdaptees)}. Elles sont ouvertes aux candidats en situation de handicap ou
                    partiellement inaptes, sur notification de la MDPH.
                  </p>
                </>
              )}
            </Section>
          )}

          <Section id="pieces">
            {session.pieces.length > 0 ? (
              <>
                <p>
                  Les pièces demandées dépendent de votre situation (âge, parcours, dispenses, EPS…){NBSP}: la liste qui vous
                  concerne figure dans «{NBSP}Mes justificatifs{NBSP}» une fois votre candidature enregistrée.
                </p>
                <DataTable
                  caption="Pièces justificatives pouvant être demandées"
                  headers={["Pièce", "Rubrique", "Transmission"]}
                  rows={session.pieces.map((piece) => [
                    typographieFr(piece.libelle),
                    typographieFr(piece.rubrique),
                    piece.mode === "UPLOAD" ? "À déposer en ligne" : "À envoyer par voie postale",
                  ])}
                />
                {toutPostal && (
                  <p>
                    Aucun autre mode de réception n’est accepté (courriel, par exemple){NBSP}; le cachet de la poste fait foi.
                  </p>
                )}
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
              Si vous demandez un aménagement d’épreuves, ou si vous en bénéficiez déjà, répondez «{NBSP}Oui{NBSP}» à la
              rubrique «{NBSP}Handicap{NBSP}» lors de l’inscription. Cette réponse ne remplace pas le dossier de demande
              d’aménagement{NBSP}; une notification d’aménagement existante est à joindre à la confirmation d’inscription.
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
