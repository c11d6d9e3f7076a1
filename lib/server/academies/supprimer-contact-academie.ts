import "server-only";
import type { Db } from "@/lib/db";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { academieDansPerimetre } from "./perimetre";
import type { ResultatAcademie } from "./modifier-identite-academie";

/** Removes one of the académie's contacts, by the national admin or the académie's own admin, audited with what it was. */
export async function supprimerContactAcademie(
  db: Db,
  { actor, code, contactId }: { actor: AuditActor; code: string; contactId: string },
  { now, ip }: { now: Date; ip?: string | null },
): Promise<ResultatAcademie> {
  return db.$transaction(async (tx): Promise<ResultatAcademie> => {
    const atteinte = await academieDansPerimetre(tx, actor, code);
    if (!atteinte) return { ok: false, refus: { code: "hors-perimetre" } };
    const avant = await tx.academieContact.findFirst({ where: { id: contactId, academieId: atteinte.id }, select: { libelle: true, email: true, telephone: true, ordre: true } });
    if (!avant) return { ok: false, refus: { code: "contact-inconnu" } };
    await tx.academieContact.deleteMany({ where: { id: contactId, academieId: atteinte.id } });
    await recordAuditEvent(tx, { actor, action: "academie.contact_supprime", entityType: "AcademieContact", entityId: contactId, academieId: atteinte.id, before: avant, ip, at: now });
    return { ok: true, modifiee: true };
  });
}
