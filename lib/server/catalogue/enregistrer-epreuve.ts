import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Examen, Secteur } from "@/lib/domain/candidature/types";
import { checkCodeEpreuve, type EpreuveForm } from "@/lib/domain/catalogue/formulaires";
import type { Refus } from "@/lib/domain/catalogue/refus";
import { porteeEpreuve } from "@/lib/domain/catalogue/types";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { oublierCatalogueEnCache } from "@/lib/server/candidatures/load-validation-context";
import { isUniqueViolation } from "@/lib/server/unique-violation";
import { estAdminNational } from "./acces";
import { epreuveUtilisee } from "./epreuve-utilisee";

export type ResultatEpreuve = { ok: true; id: string; modifiee: boolean } | Refus;

/** Where the épreuve goes: the exam's own (`specialite` null) or a spécialité's (its code diplôme). */
export type CibleEpreuve = { examen: Examen; specialite: string | null };

async function resoudre(tx: Tx, cible: CibleEpreuve) {
  const examen = await tx.examen.findUnique({ where: { code: cible.examen }, select: { id: true } });
  if (!examen) return null;
  if (cible.specialite === null) return { examenId: examen.id, specialiteId: null };
  const specialite = await tx.specialite.findFirst({ where: { codeDiplome: cible.specialite, examenId: examen.id }, select: { id: true } });
  return specialite ? { examenId: examen.id, specialiteId: specialite.id } : undefined;
}

/**
 * Adds an épreuve to an exam or a spécialité (`id` null), or changes one, by the national admin
 * only, in one transaction with its audit event. Two épreuves that one spécialité would both sit
 * cannot share a code (checkCodeEpreuve); the code of an épreuve saved candidatures may refer to
 * (a kept note, a dispense) cannot change.
 */
export async function enregistrerEpreuve(
  db: Db,
  { actor, cible, id, input }: { actor: AuditActor; cible: CibleEpreuve; id: string | null; input: EpreuveForm },
  { now, ip = null }: { now: Date; ip?: string | null },
): Promise<ResultatEpreuve> {
  if (!estAdminNational(actor)) return { ok: false, code: "interdit" };
  if (id !== null && !estIdentifiant(id)) return { ok: false, code: "epreuve-inconnue" };
  try {
    const resultat = await db.$transaction(async (tx): Promise<ResultatEpreuve> => {
      const lieu = await resoudre(tx, cible);
      if (lieu === null) return { ok: false, code: "examen-inconnu" };
      if (lieu === undefined) return { ok: false, code: "specialite-inconnue" };
      const { examenId, specialiteId } = lieu;
      // A spécialité's own épreuve has its spécialité's secteur.
      const secteur: Secteur | null = specialiteId ? null : (input.secteur ?? null);
      const apres = {
        code: input.code,
        libelle: input.libelle,
        nature: input.nature,
        disciplines: [...input.disciplines],
        generale: input.generale,
        secteur,
        ordre: input.ordre,
        actif: id === null ? true : input.actif,
      };
      const existantes = await tx.epreuve.findMany({ where: { examenId, specialiteId }, select: { id: true, code: true, specialiteId: true, secteur: true, actif: true } });
      const conflit = checkCodeEpreuve({ code: apres.code, specialiteId, secteur }, existantes, id);
      if (conflit) return { ok: false, code: "code-epreuve-pris", field: conflit.field, message: conflit.message };
      const portee = porteeEpreuve({ specialiteId, secteur });

      if (id === null) {
        const cree = await tx.epreuve.create({ data: { ...apres, examenId, specialiteId, portee }, select: { id: true } });
        await recordAuditEvent(tx, { actor, action: "catalogue.epreuve_creee", entityType: "Epreuve", entityId: cree.id, after: { examen: cible.examen, specialite: cible.specialite, ...apres }, ip, at: now });
        return { ok: true, id: cree.id, modifiee: true };
      }

      const avant = await tx.epreuve.findFirst({
        where: { id, examenId, specialiteId },
        select: { code: true, libelle: true, nature: true, disciplines: true, generale: true, secteur: true, ordre: true, actif: true },
      });
      if (!avant) return { ok: false, code: "epreuve-inconnue" };
      if (avant.code !== apres.code && (await epreuveUtilisee(tx, { examenId, specialiteId }))) return { ok: false, code: "code-epreuve-fige" };
      const cles = Object.keys(apres) as (keyof typeof apres)[];
      const changes = cles.filter((c) => JSON.stringify(avant[c]) !== JSON.stringify(apres[c]));
      if (changes.length === 0) return { ok: true, id, modifiee: false };
      await tx.epreuve.update({ where: { id }, data: { ...apres, portee } });
      await recordAuditEvent(tx, {
        actor,
        action: "catalogue.epreuve_modifiee",
        entityType: "Epreuve",
        entityId: id,
        before: Object.fromEntries(changes.map((c) => [c, avant[c]])),
        after: Object.fromEntries(changes.map((c) => [c, apres[c]])),
        ip,
        at: now,
      });
      return { ok: true, id, modifiee: true };
    });
    if (resultat.ok && resultat.modifiee) oublierCatalogueEnCache();
    return resultat;
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: "code-epreuve-pris" };
    throw error;
  }
}
