import "server-only";
import type { Db } from "@/lib/db";
import { differences, ouNull, type CoordonneesAcademie } from "@/lib/domain/gestion/academies";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { academieDansPerimetre } from "./perimetre";
import type { ResultatAcademie } from "./modifier-identite-academie";

/**
 * The postal address and the aménagement link candidates read on the session page, changed by the
 * national admin or the académie's own admin, in one transaction with its audit event.
 */
export async function modifierCoordonneesAcademie(
  db: Db,
  { actor, code, input }: { actor: AuditActor; code: string; input: CoordonneesAcademie },
  { now, ip }: { now: Date; ip?: string | null },
): Promise<ResultatAcademie> {
  return db.$transaction(async (tx): Promise<ResultatAcademie> => {
    const atteinte = await academieDansPerimetre(tx, actor, code);
    if (!atteinte) return { ok: false, refus: { code: "hors-perimetre" } };
    const avant = await tx.academie.findUniqueOrThrow({ where: { id: atteinte.id }, select: { adressePostale: true, amenagementUrl: true } });
    const apres = { adressePostale: ouNull(input.adressePostale), amenagementUrl: ouNull(input.amenagementUrl) };
    const diff = differences(avant, apres);
    if (!diff) return { ok: true, modifiee: false };
    await tx.academie.update({ where: { id: atteinte.id }, data: apres });
    await recordAuditEvent(tx, { actor, action: "academie.coordonnees_modifiees", entityType: "Academie", entityId: atteinte.id, academieId: atteinte.id, before: diff.before, after: diff.after, ip, at: now });
    return { ok: true, modifiee: true };
  });
}
