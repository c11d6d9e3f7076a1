import { SessionPageVue, type SessionPage } from "@/components/sessions/session-detail-vue";
import { academieLabel, textLines, typographieFr } from "@/components/sessions/session-labels";
import { formatDateFr, formatInstantFr, formatWindowFr, type Window } from "@/lib/domain/calendar";
import { annonceProlongation, type Echeance } from "@/lib/domain/session/prolongation";
import { zoneLabel } from "@/lib/domain/zones";
import type { SessionDetail } from "@/lib/server/sessions/get-session";

// A session's page as candidates read it: the public page /sessions/[id] and the académie admin's
// preview of a session not yet published draw the same component. Here, on the server, the
// session becomes its texts (dates written out in the académie's time zone, French typography);
// components/sessions/session-detail-vue.tsx lays them out.

/** "le mercredi 6 décembre 2023 à 22 h 00, heure de Paris". */
function instantText(instant: Date, zone: string): string {
  return `${formatInstantFr(instant, zone)}, ${zoneLabel(zone)}`;
}

function depotText(depot: Window | null, cloture: Date | null, zone: string): string | null {
  if (depot) return formatWindowFr(depot, zone);
  if (cloture) return `au plus tard le ${instantText(cloture, zone)}`;
  return null;
}

const INITIALE = { inscriptionCloture: "inscriptionClotureInitiale", depotCloture: "depotClotureInitiale", confirmationLimite: "confirmationLimiteInitiale" } as const;

/** A session's texts, as its page shows them. */
export function sessionPage(session: SessionDetail, apercu = false): SessionPage {
  const { academie, examen } = session;
  const zone = academie.timeZone;
  const toutPostal = session.pieces.length > 0 && session.pieces.every((p) => p.mode === "POSTAL");
  const toutEnLigne = session.pieces.length > 0 && session.pieces.every((p) => p.mode === "UPLOAD");
  const depot = depotText(session.depot, session.depotCloture, zone);
  const options = {
    languesLva: session.languesLva,
    languesLvb: session.languesLvb,
    languesLvf: session.languesLvf,
    activitesEps: session.activitesEps,
    activitesEpsAdaptees: session.activitesEpsAdaptees,
  };

  const calendrier: [string, string][] = [["Inscriptions en ligne", formatWindowFr(session.inscription, zone)]];
  if (depot) {
    calendrier.push([toutPostal ? "Envoi des pièces justificatives par voie postale" : "Dépôt des pièces justificatives", depot]);
  }
  if (session.confirmationLimite) {
    calendrier.push(["Retour de la confirmation d’inscription datée et signée", `au plus tard le ${instantText(session.confirmationLimite, zone)}`]);
  }
  if (session.epsDate) {
    calendrier.push(["Épreuves ponctuelles d’éducation physique et sportive (EPS)", `le ${formatDateFr(session.epsDate, zone)}`]);
  }

  return {
    apercu,
    titre: `${examen.libelle} – ${session.libelle}`,
    academie: academieLabel(academie.nom),
    academieDansPhrase: academieLabel(academie.nom, false),
    etat: session.etat,
    enLigne: session.enLigne,
    ouverture: instantText(session.inscription.opensAt, zone),
    cloture: instantText(session.inscription.closesAt, zone),
    // The latest extension of each deadline, announced above everything else.
    prolongations: session.prolongations
      .filter((p, i, all) => all.findIndex((q) => q.echeance === p.echeance) === i)
      .map((p) =>
        annonceProlongation({ echeance: p.echeance as Echeance, ancienne: session[INITIALE[p.echeance as Echeance]] ?? p.ancienne, nouvelle: p.nouvelle, motif: p.motif, zone }),
      ),
    heureLegale: zoneLabel(zone),
    calendrier,
    departements: academie.departements,
    transmission: toutPostal ? "postale" : toutEnLigne ? "en-ligne" : "mixte",
    confirmationLimite: session.confirmationLimite ? instantText(session.confirmationLimite, zone) : null,
    options: Object.values(options).some((list) => list.length > 0) ? options : null,
    pieces: session.pieces.map((piece) => [
      typographieFr(piece.libelle),
      typographieFr(piece.rubrique),
      ...(toutPostal || toutEnLigne ? [] : [piece.mode === "UPLOAD" ? "À déposer en ligne" : "À envoyer par voie postale"]),
    ]),
    amenagementUrl: session.amenagementUrl ?? academie.amenagementUrl,
    informations: textLines(session.informations).map(typographieFr),
    contacts: academie.contacts.map((c) => ({ id: c.id, libelle: typographieFr(c.libelle), email: c.email, telephone: c.telephone })),
    adresse: textLines(session.adressePostale ?? academie.adressePostale).map(typographieFr),
    siteUrl: academie.siteUrl,
  };
}

/** The page's content; `apercu` shows it as the académie's preview (no link to register). */
export function SessionDetailVue({ session, apercu = false }: { session: SessionDetail; apercu?: boolean }) {
  return <SessionPageVue page={sessionPage(session, apercu)} />;
}
