import "server-only";
import type { Db } from "@/lib/db";
import { instantToLocal } from "@/lib/domain/calendar";
import { conflitsDepartements, differences, refusChangementFuseau, type IdentiteAcademie, type RefusAcademie } from "@/lib/domain/gestion/academies";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { oublierAcademiesEnCache } from "@/lib/server/candidatures/load-validation-context";
import { academieDansPerimetre } from "./perimetre";

export type ResultatAcademie = { ok: true; modifiee: boolean } | { ok: false; refus: RefusAcademie };

/**
 * The national admin changes an académie's name, zone, départements or site [issue 10 §7], in one
 * transaction with its audit event (changed fields before/after). Refused, nothing changed: a
 * département another académie holds (under a lock, so that two admins cannot give the same one
 * to two académies at once), a name another académie bears, a zone while a session's calendar
 * still runs (refusChangementFuseau says why). When the zone changes, the sessions, all ended,
 * keep their instants and have their local strings re-expressed in the new zone, each audited.
 */
export async function modifierIdentiteAcademie(
  db: Db,
  { actor, code, input }: { actor: AuditActor; code: string; input: IdentiteAcademie },
  { now, ip }: { now: Date; ip?: string | null },
): Promise<ResultatAcademie> {
  const resultat = await db.$transaction(async (tx): Promise<ResultatAcademie> => {
    await tx.$queryRaw`SELECT 1 AS "ok" FROM (SELECT pg_advisory_xact_lock(hashtext('academies:departements'))) AS l`;
    const atteinte = await academieDansPerimetre(tx, actor, code);
    if (!atteinte || atteinte.acces !== "complet") return { ok: false, refus: { code: "hors-perimetre" } };
    const avant = await tx.academie.findUniqueOrThrow({ where: { id: atteinte.id }, select: { nom: true, timeZone: true, departements: true, siteUrl: true } });

    const autres = await tx.academie.findMany({ where: { id: { not: atteinte.id } }, select: { code: true, nom: true, departements: true } });
    const homonyme = autres.find((a) => a.nom.localeCompare(input.nom, "fr", { sensitivity: "base" }) === 0);
    if (homonyme) return { ok: false, refus: { code: "nom-pris", academie: homonyme.code } };
    const conflits = conflitsDepartements(atteinte.code, input.departements, autres);
    if (conflits.length > 0) return { ok: false, refus: { code: "departements-pris", conflits } };

    const sessions =
      avant.timeZone === input.timeZone
        ? []
        : await tx.session.findMany({
            where: { academieId: atteinte.id },
            select: {
              id: true,
              libelle: true,
              examen: { select: { libelle: true } },
              inscriptionOuverture: true,
              inscriptionOuvertureLocal: true,
              inscriptionCloture: true,
              inscriptionClotureLocal: true,
              depotOuverture: true,
              depotOuvertureLocal: true,
              depotCloture: true,
              depotClotureLocal: true,
              confirmationLimite: true,
              confirmationLimiteLocal: true,
              epsDate: true,
              epsDateLocal: true,
            },
          });
    const echeances = sessions.map((s) => ({ ...s, examen: s.examen.libelle }));
    const refus = refusChangementFuseau(avant.timeZone, input.timeZone, echeances, now);
    if (refus) return { ok: false, refus: { code: "fuseau-bloque", message: refus } };

    const apres = { nom: input.nom, timeZone: input.timeZone, departements: input.departements, siteUrl: input.siteUrl ?? null };
    const diff = differences(avant, apres);
    if (!diff) return { ok: true, modifiee: false };
    await tx.academie.update({ where: { id: atteinte.id }, data: apres });
    await recordAuditEvent(tx, { actor, action: "academie.identite_modifiee", entityType: "Academie", entityId: atteinte.id, academieId: atteinte.id, before: diff.before, after: diff.after, ip, at: now });

    const enLocal = (instant: Date | null) => (instant ? instantToLocal(instant, input.timeZone) : null);
    for (const s of sessions) {
      const avantLocaux = {
        inscriptionOuvertureLocal: s.inscriptionOuvertureLocal,
        inscriptionClotureLocal: s.inscriptionClotureLocal,
        depotOuvertureLocal: s.depotOuvertureLocal,
        depotClotureLocal: s.depotClotureLocal,
        confirmationLimiteLocal: s.confirmationLimiteLocal,
        epsDateLocal: s.epsDateLocal,
      };
      const locaux = {
        inscriptionOuvertureLocal: instantToLocal(s.inscriptionOuverture, input.timeZone),
        inscriptionClotureLocal: instantToLocal(s.inscriptionCloture, input.timeZone),
        depotOuvertureLocal: enLocal(s.depotOuverture),
        depotClotureLocal: enLocal(s.depotCloture),
        confirmationLimiteLocal: enLocal(s.confirmationLimite),
        epsDateLocal: enLocal(s.epsDate),
      };
      const change = differences(avantLocaux, locaux);
      if (!change) continue;
      await tx.session.update({ where: { id: s.id }, data: locaux });
      await recordAuditEvent(tx, {
        actor,
        action: "session.heures_locales_reexprimees",
        entityType: "Session",
        entityId: s.id,
        academieId: atteinte.id,
        before: { timeZone: avant.timeZone, ...change.before },
        after: { timeZone: input.timeZone, ...change.after },
        ip,
        at: now,
      });
    }
    return { ok: true, modifiee: true };
  });
  // The candidates' rules read the académies through a per-process cache: this process reads anew.
  if (resultat.ok && resultat.modifiee) oublierAcademiesEnCache();
  return resultat;
}
