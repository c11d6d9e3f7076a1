import "server-only";
import type { Db } from "@/lib/db";
import { formatInstantFr, localToInstant } from "@/lib/domain/calendar";
import { validerCalendrier, type CalendrierSaisi, type ChampCalendrier } from "@/lib/domain/session/calendrier";
import { fr } from "@/lib/domain/typographie";
import { zoneLabel } from "@/lib/domain/zones";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import type { Scope } from "@/lib/server/gestion/scope";
import { colonnesCalendrier } from "./colonnes-calendrier";

export type ResultatCalendrierSession = { ok: true } | { ok: false; fieldErrors?: Partial<Record<ChampCalendrier, string>>; formError?: string; introuvable?: true };

/** Deadlines a candidate relies on once they have a candidatures: moved later only by an extension (recorded, announced). */
const ECHEANCES_CANDIDATS = ["inscriptionCloture", "depotCloture", "confirmationLimite"] as const;
const LOCALE = { inscriptionCloture: "inscriptionClotureLocal", depotCloture: "depotClotureLocal", confirmationLimite: "confirmationLimiteLocal" } as const;

/**
 * The académie's admin changes a session's calendar [issue 10 §1], typed in the académie's zone.
 * Once candidates have a candidature, the closings they rely on are fixed here (a later one is an
 * extension, recorded and announced; an earlier one would take away time they were promised) and an
 * opening already passed stays as it was.
 */
export async function modifierCalendrier(
  db: Db,
  sessionId: string,
  saisi: Partial<CalendrierSaisi>,
  ctx: { scope: Scope; acteur: AuditActor; now: Date; ip?: string | null },
): Promise<ResultatCalendrierSession> {
  return db.$transaction(async (tx) => {
    // The row is locked so that an extension or another edit waits for this one.
    const [verrou] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Session" WHERE "id" = ${sessionId} AND "academieId" = ${ctx.scope.academieId} FOR UPDATE`;
    if (!verrou) return { ok: false, introuvable: true };
    const session = await tx.session.findUniqueOrThrow({
      where: { id: sessionId },
      include: { academie: { select: { timeZone: true } }, _count: { select: { candidatures: true } } },
    });
    const zone = session.academie.timeZone;
    const calendrier = validerCalendrier(saisi, zone);
    // What candidates rely on is checked first, on what was typed: its message is the one to read.
    const fieldErrors: Partial<Record<ChampCalendrier, string>> = {};
    if (session._count.candidatures > 0) {
      for (const champ of ECHEANCES_CANDIDATS) {
        const avant = session[champ];
        const tape = (saisi[champ] ?? "").trim();
        if (tape === (session[LOCALE[champ]] ?? "")) continue;
        const apres = tape === "" ? null : localToInstant(tape, zone);
        fieldErrors[champ] =
          avant && apres?.ok && apres.instant > avant
            ? fr`Des candidats sont déjà inscrits : pour repousser cette échéance, utilisez « Prolonger une échéance », qui l'annonce aux candidats et garde la trace de la décision.`
            : fr`Des candidats sont déjà inscrits : cette échéance ne peut plus être avancée ni retirée${avant ? fr` (elle reste au ${formatInstantFr(avant, zone)}, ${zoneLabel(zone)})` : ""}.`;
      }
      if (session.inscriptionOuverture <= ctx.now && (saisi.inscriptionOuverture ?? "").trim() !== session.inscriptionOuvertureLocal)
        fieldErrors.inscriptionOuverture = fr`Les inscriptions sont déjà ouvertes et des candidats inscrits : l'ouverture ne change plus.`;
    }
    if (!calendrier.ok) return { ok: false, fieldErrors: { ...calendrier.fieldErrors, ...fieldErrors } };
    if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
    const colonnes = colonnesCalendrier(calendrier.instants, saisi);
    await tx.session.update({ where: { id: sessionId }, data: colonnes });
    await recordAuditEvent(tx, {
      actor: ctx.acteur,
      action: "session.calendrier_modifie",
      entityType: "Session",
      entityId: sessionId,
      academieId: ctx.scope.academieId,
      before: {
        inscriptionOuverture: session.inscriptionOuvertureLocal,
        inscriptionCloture: session.inscriptionClotureLocal,
        depotOuverture: session.depotOuvertureLocal,
        depotCloture: session.depotClotureLocal,
        confirmationLimite: session.confirmationLimiteLocal,
        epsDate: session.epsDateLocal,
      },
      after: {
        inscriptionOuverture: colonnes.inscriptionOuvertureLocal,
        inscriptionCloture: colonnes.inscriptionClotureLocal,
        depotOuverture: colonnes.depotOuvertureLocal,
        depotCloture: colonnes.depotClotureLocal,
        confirmationLimite: colonnes.confirmationLimiteLocal,
        epsDate: colonnes.epsDateLocal,
        zone,
      },
      ip: ctx.ip ?? null,
      at: ctx.now,
    });
    return { ok: true };
  });
}
