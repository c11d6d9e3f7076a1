import "server-only";
import type { Db } from "@/lib/db";
import { differences, ouNull, type Contact } from "@/lib/domain/gestion/academies";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { academieDansPerimetre } from "./perimetre";
import type { ResultatAcademie } from "./modifier-identite-academie";

/**
 * Adds a contact to the académie (`contactId` null) or changes one of its contacts, by the national
 * admin or the académie's own admin, with its audit event. A contact id of another académie is
 * unknown here (WHERE academieId), as a deleted one.
 */
export async function enregistrerContactAcademie(
  db: Db,
  { actor, code, contactId, input }: { actor: AuditActor; code: string; contactId: string | null; input: Contact },
  { now, ip }: { now: Date; ip?: string | null },
): Promise<ResultatAcademie> {
  return db.$transaction(async (tx): Promise<ResultatAcademie> => {
    const atteinte = await academieDansPerimetre(tx, actor, code);
    if (!atteinte) return { ok: false, refus: { code: "hors-perimetre" } };
    const apres = { libelle: input.libelle, email: ouNull(input.email), telephone: ouNull(input.telephone), ordre: input.ordre };
    if (contactId === null) {
      const cree = await tx.academieContact.create({ data: { academieId: atteinte.id, ...apres }, select: { id: true } });
      await recordAuditEvent(tx, { actor, action: "academie.contact_ajoute", entityType: "AcademieContact", entityId: cree.id, academieId: atteinte.id, after: apres, ip, at: now });
      return { ok: true, modifiee: true };
    }
    const avant = await tx.academieContact.findFirst({ where: { id: contactId, academieId: atteinte.id }, select: { libelle: true, email: true, telephone: true, ordre: true } });
    if (!avant) return { ok: false, refus: { code: "contact-inconnu" } };
    const diff = differences(avant, apres);
    if (!diff) return { ok: true, modifiee: false };
    await tx.academieContact.update({ where: { id: contactId }, data: apres });
    await recordAuditEvent(tx, { actor, action: "academie.contact_modifie", entityType: "AcademieContact", entityId: contactId, academieId: atteinte.id, before: diff.before, after: diff.after, ip, at: now });
    return { ok: true, modifiee: true };
  });
}
