import "server-only";
import type { Db, Tx } from "@/lib/db";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import type { Scope } from "./scope";

// Managers' portfolios [issue 9 §8; Aix 2021 004_ lists them by filière]: the académie's admin
// assigns spécialités to each of its gestionnaires, whose list then offers "mes spécialités"
// (filter portefeuille=1 of lib/server/gestion/lister-candidatures.ts). Scoped to the admin's
// académie in each query: another académie's account is no gestionnaire of theirs.

export type SpecialiteChoix = { id: string; code: string; libelle: string };
export type ExamenChoix = { code: string; libelle: string; specialites: SpecialiteChoix[] };
export type Gestionnaire = {
  id: string;
  nom: string;
  email: string;
  actif: boolean;
  specialites: (SpecialiteChoix & { examenLibelle: string })[];
};

/**
 * The spécialités a portfolio may hold: the active ones of the exams the académie holds a session
 * of (all active ones when it has no session yet), grouped by exam.
 */
export async function specialitesAssignables(db: Db | Tx, scope: Scope): Promise<ExamenChoix[]> {
  const examens = await db.session.findMany({ where: { academieId: scope.academieId }, select: { examenId: true }, distinct: ["examenId"] });
  const rows = await db.specialite.findMany({
    where: { active: true, ...(examens.length ? { examenId: { in: examens.map((e) => e.examenId) } } : {}) },
    select: { id: true, codeDiplome: true, libelle: true, examen: { select: { code: true, libelleCourt: true, ordre: true } } },
    orderBy: [{ examen: { ordre: "asc" } }, { libelle: "asc" }],
  });
  const parExamen = new Map<string, ExamenChoix>();
  for (const r of rows) {
    const e = parExamen.get(r.examen.code) ?? { code: r.examen.code, libelle: r.examen.libelleCourt, specialites: [] };
    e.specialites.push({ id: r.id, code: r.codeDiplome, libelle: r.libelle });
    parExamen.set(r.examen.code, e);
  }
  return [...parExamen.values()];
}

/** The académie's gestionnaires and the spécialités assigned to each. */
export async function listerPortefeuilles(db: Db | Tx, scope: Scope): Promise<Gestionnaire[]> {
  const comptes = await db.account.findMany({
    where: { role: "GESTIONNAIRE", academieId: scope.academieId },
    select: {
      id: true,
      email: true,
      prenoms: true,
      nomNaissance: true,
      nomUsage: true,
      activatedAt: true,
      disabledAt: true,
      portefeuille: {
        select: { specialite: { select: { id: true, codeDiplome: true, libelle: true, examen: { select: { libelleCourt: true, ordre: true } } } } },
      },
    },
    orderBy: [{ nomNaissance: "asc" }, { prenoms: "asc" }, { id: "asc" }],
  });
  return comptes.map((c) => ({
    id: c.id,
    nom: `${c.prenoms} ${c.nomUsage ?? c.nomNaissance}`,
    email: c.email,
    actif: c.activatedAt !== null && c.disabledAt === null,
    specialites: c.portefeuille
      .map((p) => p.specialite)
      .sort((a, b) => a.examen.ordre - b.examen.ordre || a.libelle.localeCompare(b.libelle, "fr"))
      .map((s) => ({ id: s.id, code: s.codeDiplome, libelle: s.libelle, examenLibelle: s.examen.libelleCourt })),
  }));
}

export type PortefeuilleRefus = "hors-academie" | "specialite-inconnue";
export type PortefeuilleResultat = { ok: true; avant: string[]; apres: string[] } | { ok: false; code: PortefeuilleRefus };

/**
 * Replaces a gestionnaire's portfolio with `specialiteIds`, in one transaction with its audit event
 * (before/after as codes diplôme). Refused, nothing changed, when the account is not a gestionnaire
 * of the actor's académie or a spécialité is not one it may hold.
 */
export async function modifierPortefeuille(
  db: Db,
  { actor, scope, accountId, specialiteIds }: { actor: AuditActor; scope: Scope; accountId: string; specialiteIds: readonly string[] },
  { now, ip = null }: { now: Date; ip?: string | null },
): Promise<PortefeuilleResultat> {
  const voulues = [...new Set(specialiteIds)];
  return db.$transaction(async (tx) => {
    // Two admins saving the same portfolio at once: the second waits, then replaces what the first wrote.
    await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "id" = ${accountId} AND "academieId" = ${scope.academieId} FOR UPDATE`;
    const cible = await tx.account.findFirst({ where: { id: accountId, role: "GESTIONNAIRE", academieId: scope.academieId }, select: { id: true } });
    if (!cible) return { ok: false, code: "hors-academie" } as const;
    const permises = new Map((await specialitesAssignables(tx, scope)).flatMap((e) => e.specialites.map((s) => [s.id, s.code] as const)));
    if (voulues.some((id) => !permises.has(id))) return { ok: false, code: "specialite-inconnue" } as const;

    const actuelles = await tx.portefeuilleSpecialite.findMany({ where: { accountId: cible.id }, select: { specialite: { select: { codeDiplome: true } } } });
    const avant = actuelles.map((p) => p.specialite.codeDiplome).sort();
    const apres = voulues.map((id) => permises.get(id)!).sort();
    await tx.portefeuilleSpecialite.deleteMany({ where: { accountId: cible.id } });
    if (voulues.length) await tx.portefeuilleSpecialite.createMany({ data: voulues.map((specialiteId) => ({ accountId: cible.id, specialiteId, createdAt: now })) });
    await recordAuditEvent(tx, {
      actor,
      action: "portefeuille.modifie",
      entityType: "Account",
      entityId: cible.id,
      academieId: scope.academieId,
      before: { specialites: avant },
      after: { specialites: apres },
      ip,
      at: now,
    });
    return { ok: true, avant, apres } as const;
  });
}
