import "server-only";
import type { Db } from "@/lib/db";
import type { Examen } from "@/lib/domain/candidature/types";
import type { SpecialiteForm } from "@/lib/domain/catalogue/formulaires";
import type { Refus } from "@/lib/domain/catalogue/refus";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { oublierCatalogueEnCache } from "@/lib/server/candidatures/load-validation-context";
import { isUniqueViolation } from "@/lib/server/unique-violation";
import { estAdminNational } from "./acces";
import { SPECIALITE_SELECT } from "./lister-catalogue";

export type ResultatSpecialite = { ok: true; codeDiplome: string; modifiee: boolean } | Refus;

const CHAMPS = ["codeDiplome", "libelle", "sigle", "secteur", "nbLanguesObligatoires", "travailEnHauteur", "active"] as const;

function valeurs(input: SpecialiteForm) {
  return {
    codeDiplome: input.codeDiplome,
    libelle: input.libelle,
    sigle: input.sigle ?? null,
    secteur: input.secteur,
    nbLanguesObligatoires: input.nbLanguesObligatoires,
    travailEnHauteur: input.travailEnHauteur,
    active: input.active,
  };
}

/**
 * Adds a spécialité to an exam (`id` null) or changes one, by the national admin only, in one
 * transaction with its audit event. The code diplôme of a spécialité that saved candidatures name
 * cannot change (their data refer to it).
 */
export async function enregistrerSpecialite(
  db: Db,
  { actor, examen, id, input }: { actor: AuditActor; examen: Examen; id: string | null; input: SpecialiteForm },
  { now, ip = null }: { now: Date; ip?: string | null },
): Promise<ResultatSpecialite> {
  if (!estAdminNational(actor)) return { ok: false, code: "interdit" };
  if (id !== null && !estIdentifiant(id)) return { ok: false, code: "specialite-inconnue" };
  try {
    const resultat = await db.$transaction(async (tx): Promise<ResultatSpecialite> => {
      const examenRow = await tx.examen.findUnique({ where: { code: examen }, select: { id: true } });
      if (!examenRow) return { ok: false, code: "examen-inconnu" };
      const apres = valeurs(input);
      const pris = await tx.specialite.findFirst({ where: { codeDiplome: apres.codeDiplome, ...(id ? { NOT: { id } } : {}) }, select: { id: true } });
      if (pris) return { ok: false, code: "code-diplome-pris" };

      if (id === null) {
        const cree = await tx.specialite.create({ data: { ...apres, examenId: examenRow.id }, select: { id: true } });
        await recordAuditEvent(tx, { actor, action: "catalogue.specialite_creee", entityType: "Specialite", entityId: cree.id, after: { examen, ...apres }, ip, at: now });
        return { ok: true, codeDiplome: apres.codeDiplome, modifiee: true };
      }

      const avant = await tx.specialite.findFirst({
        where: { id, examenId: examenRow.id },
        select: { ...SPECIALITE_SELECT, _count: { select: { candidatures: { where: { numero: { not: null } } } } } },
      });
      if (!avant) return { ok: false, code: "specialite-inconnue" };
      const { _count, ...lu } = avant;
      if (lu.codeDiplome !== apres.codeDiplome && _count.candidatures > 0) return { ok: false, code: "code-diplome-fige" };
      const changes = CHAMPS.filter((c) => lu[c] !== apres[c]);
      if (changes.length === 0) return { ok: true, codeDiplome: apres.codeDiplome, modifiee: false };
      await tx.specialite.update({ where: { id }, data: apres });
      await recordAuditEvent(tx, {
        actor,
        action: "catalogue.specialite_modifiee",
        entityType: "Specialite",
        entityId: id,
        before: Object.fromEntries(changes.map((c) => [c, lu[c]])),
        after: Object.fromEntries(changes.map((c) => [c, apres[c]])),
        ip,
        at: now,
      });
      return { ok: true, codeDiplome: apres.codeDiplome, modifiee: true };
    });
    if (resultat.ok && resultat.modifiee) oublierCatalogueEnCache();
    return resultat;
  } catch (error) {
    // Two admins giving the same code at once: the unique index keeps one.
    if (isUniqueViolation(error)) return { ok: false, code: "code-diplome-pris" };
    throw error;
  }
}
