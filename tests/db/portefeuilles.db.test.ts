import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listerCandidatures } from "@/lib/server/gestion/lister-candidatures";
import { listerPortefeuilles, modifierPortefeuille, specialitesAssignables } from "@/lib/server/gestion/portefeuilles";
import type { Scope } from "@/lib/server/gestion/scope";
import { seed } from "@/prisma/seed";
import { creerPersonnel, insererDossiers } from "../fixtures/back-office";

// Issue 9 §8: an admin d'académie sets the portfolios of its own gestionnaires only; the list's
// "mes spécialités" then shows the dossiers of those spécialités.
const TODAY = new Date("2026-11-22T12:00:00Z");
let db: PrismaClient;

type Personnel = Awaited<ReturnType<typeof creerPersonnel>>;
const scopeDe = (p: Personnel): Scope => ({ academieId: p.academieId!, accountId: p.id });
const acteur = (p: Personnel) => ({ id: p.id, role: p.role, academieId: p.academieId });

let admin: Personnel;
let gestionnaire: Personnel;
let gestionnaireNice: Personnel;
let adminNice: Personnel;

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  [admin, gestionnaire, gestionnaireNice, adminNice] = await Promise.all([
    creerPersonnel(db, "06", "ADMIN_ACADEMIE"),
    creerPersonnel(db, "06"),
    creerPersonnel(db, "23"),
    creerPersonnel(db, "23", "ADMIN_ACADEMIE"),
  ]);
}, 120_000);

async function deuxSpecialites(scope: Scope) {
  const examens = await specialitesAssignables(db, scope);
  const bacPro = examens.find((e) => e.code === "BAC_PRO")!;
  return bacPro.specialites.slice(0, 2);
}

describe("modifierPortefeuille", () => {
  it("replaces the gestionnaire's spécialités and records before and after as codes", async () => {
    const [a, b] = await deuxSpecialites(scopeDe(admin));
    const premier = await modifierPortefeuille(db, { actor: acteur(admin), scope: scopeDe(admin), accountId: gestionnaire.id, specialiteIds: [a!.id] }, { now: TODAY });
    expect(premier).toEqual({ ok: true, avant: [], apres: [a!.code] });
    const second = await modifierPortefeuille(db, { actor: acteur(admin), scope: scopeDe(admin), accountId: gestionnaire.id, specialiteIds: [b!.id, b!.id] }, { now: TODAY });
    expect(second).toEqual({ ok: true, avant: [a!.code], apres: [b!.code] });

    const liste = await listerPortefeuilles(db, scopeDe(admin));
    expect(liste.find((g) => g.id === gestionnaire.id)?.specialites.map((s) => s.code)).toEqual([b!.code]);
    // Only the académie's gestionnaires: neither its admin nor Nice's staff.
    expect(liste.map((g) => g.id)).toContain(gestionnaire.id);
    expect(liste.map((g) => g.id)).not.toContain(admin.id);
    expect(liste.map((g) => g.id)).not.toContain(gestionnaireNice.id);

    const events = await db.auditEvent.findMany({ where: { action: "portefeuille.modifie", entityId: gestionnaire.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.actorId, e.academieId, e.before, e.after])).toEqual([
      [admin.id, admin.academieId, { specialites: [] }, { specialites: [a!.code] }],
      [admin.id, admin.academieId, { specialites: [a!.code] }, { specialites: [b!.code] }],
    ]);
  });

  it("refuses another académie's gestionnaire, and an admin's own account: nothing changes, nothing is recorded", async () => {
    const [a] = await deuxSpecialites(scopeDe(adminNice));
    await modifierPortefeuille(db, { actor: acteur(adminNice), scope: scopeDe(adminNice), accountId: gestionnaireNice.id, specialiteIds: [a!.id] }, { now: TODAY });
    const avant = await db.portefeuilleSpecialite.findMany({ where: { accountId: gestionnaireNice.id } });
    const evenements = await db.auditEvent.count({ where: { action: "portefeuille.modifie" } });

    for (const accountId of [gestionnaireNice.id, adminNice.id, admin.id, "inconnu"]) {
      const r = await modifierPortefeuille(db, { actor: acteur(admin), scope: scopeDe(admin), accountId, specialiteIds: [] }, { now: TODAY });
      expect(r, accountId).toEqual({ ok: false, code: "hors-academie" });
    }
    expect(await db.portefeuilleSpecialite.findMany({ where: { accountId: gestionnaireNice.id } })).toEqual(avant);
    expect(await db.auditEvent.count({ where: { action: "portefeuille.modifie" } })).toBe(evenements);
    // Nice's list of portfolios does not show Clermont's gestionnaire either.
    expect((await listerPortefeuilles(db, scopeDe(adminNice))).map((g) => g.id)).not.toContain(gestionnaire.id);
  });

  it("refuses a spécialité the académie does not offer, keeping the portfolio as it was", async () => {
    const assignables = new Set((await specialitesAssignables(db, scopeDe(admin))).flatMap((e) => e.specialites.map((s) => s.id)));
    const horsAcademie = await db.specialite.findFirst({ where: { id: { notIn: [...assignables] } }, select: { id: true } });
    const avant = await db.portefeuilleSpecialite.findMany({ where: { accountId: gestionnaire.id } });
    for (const ids of [["n-existe-pas"], ...(horsAcademie ? [[horsAcademie.id]] : [])]) {
      const r = await modifierPortefeuille(db, { actor: acteur(admin), scope: scopeDe(admin), accountId: gestionnaire.id, specialiteIds: ids }, { now: TODAY });
      expect(r).toEqual({ ok: false, code: "specialite-inconnue" });
    }
    expect(await db.portefeuilleSpecialite.findMany({ where: { accountId: gestionnaire.id } })).toEqual(avant);
  });

  it("gives the gestionnaire's « mes spécialités » list exactly the dossiers of the portfolio", async () => {
    const [a, b] = await deuxSpecialites(scopeDe(admin));
    const [dansPortefeuille] = await insererDossiers(db, "06", [{ specialiteCode: a!.code }]);
    const [horsPortefeuille] = await insererDossiers(db, "06", [{ specialiteCode: b!.code }]);
    await modifierPortefeuille(db, { actor: acteur(admin), scope: scopeDe(admin), accountId: gestionnaire.id, specialiteIds: [a!.id] }, { now: TODAY });
    const page = await listerCandidatures(db, scopeDe(gestionnaire), { portefeuille: "1" });
    expect(page.lignes.map((l) => l.id)).toContain(dansPortefeuille);
    expect(page.lignes.map((l) => l.id)).not.toContain(horsPortefeuille);
    expect(page.lignes.every((l) => l.specialiteCode === a!.code)).toBe(true);
  });
});
