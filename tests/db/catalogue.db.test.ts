import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { EPREUVES_BAC_PRO } from "@/lib/domain/data/epreuves-bac-pro";
import { examensInscriptibles, lireCatalogue, loadValidationContext, oublierCatalogueEnCache, SESSION_SELECT } from "@/lib/server/candidatures/load-validation-context";
import { listSessions } from "@/lib/server/sessions/list-sessions";
import { seed } from "@/prisma/seed";

// Issue 10 §8: the Specialite and Epreuve tables are the one catalogue. The seed inserts the bac
// pro's épreuves once (and never puts back one the national admin removed); the rules' context
// and the home page read them from the database.
const TODAY = new Date("2026-11-22T12:00:00Z");
let db: PrismaClient;

const examenId = async (code: "BAC_PRO" | "CAP" | "BP" | "MC") => (await db.examen.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
const epreuvesRows = () => db.epreuve.findMany({ select: { id: true, examenId: true, portee: true, code: true, secteur: true, libelle: true, disciplines: true, actif: true }, orderBy: [{ portee: "asc" }, { code: "asc" }] });

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
}, 120_000);

describe("the seed and the épreuves", () => {
  it("inserts the bac pro's épreuves once, E1 and E3 per secteur, and nothing for the CAP, BP and MC", async () => {
    const bacPro = await examenId("BAC_PRO");
    const rows = await epreuvesRows();
    expect(rows).toHaveLength(EPREUVES_BAC_PRO.length);
    expect(rows.every((e) => e.examenId === bacPro && e.actif)).toBe(true);
    expect(rows.filter((e) => e.code === "E1").map((e) => [e.portee, e.secteur, e.disciplines])).toEqual([
      ["PRODUCTION", "PRODUCTION", ["MATHS", "PHYSIQUE_CHIMIE"]],
      ["SERVICES", "SERVICES", ["ECO_DROIT", "MATHS"]],
    ]);
    expect(rows.find((e) => e.code === "E7")).toMatchObject({ portee: "EXAMEN", secteur: null, disciplines: ["EPS"] });
    for (const code of ["CAP", "BP", "MC"] as const) {
      const id = await examenId(code);
      expect(await db.specialite.count({ where: { examenId: id } })).toBe(0);
      expect(await db.epreuve.count({ where: { examenId: id } })).toBe(0);
    }
  });

  it("is idempotent, never overwrites an edited épreuve, and does not put back one that was removed", async () => {
    const avant = await epreuvesRows();
    await seed(db, { today: TODAY, demo: true });
    expect(await epreuvesRows()).toEqual(avant);

    const e6 = avant.find((e) => e.code === "E6")!;
    const e5 = avant.find((e) => e.code === "E5")!;
    await db.epreuve.update({ where: { id: e5.id }, data: { libelle: "Français et histoire (libellé revu)" } });
    await db.epreuve.delete({ where: { id: e6.id } });
    try {
      await seed(db, { today: TODAY, demo: true });
      const apres = await epreuvesRows();
      expect(apres.map((e) => e.code)).not.toContain("E6");
      expect(apres.find((e) => e.id === e5.id)?.libelle).toBe("Français et histoire (libellé revu)");
    } finally {
      await db.epreuve.update({ where: { id: e5.id }, data: { libelle: e5.libelle } });
      const { id: _id, ...remise } = e6;
      await db.epreuve.create({ data: { ...remise, id: e6.id, libelle: e6.libelle } });
    }
  });
});

describe("the rules' context", () => {
  it("reads the spécialité's épreuves from the database, once the cache is told of a change", async () => {
    const session = await db.session.findFirstOrThrow({ where: { demo: true, academie: { code: "06" }, examen: { code: "BAC_PRO" } }, select: SESSION_SELECT });
    oublierCatalogueEnCache();
    const ctx = await loadValidationContext(db, session);
    expect(ctx.specialites.length).toBeGreaterThanOrEqual(95);
    expect(ctx.epreuves.map((e) => e.code).toSorted()).toEqual(EPREUVES_BAC_PRO.map((e) => e.code).toSorted());
    expect(ctx.specialites.find((s) => s.codeDiplome === "40025520")?.sigle).toBe("MELEC");

    const e2 = await db.epreuve.findFirstOrThrow({ where: { examenId: session.examenId, code: "E2" } });
    await db.epreuve.update({ where: { id: e2.id }, data: { libelle: "Analyse et technologie (revu)", actif: true } });
    await db.epreuve.updateMany({ where: { examenId: session.examenId, code: "E6" }, data: { actif: false } });
    try {
      // Within the minute, this process still reads its copy; told of the change, the new one.
      expect((await loadValidationContext(db, session)).epreuves.find((e) => e.code === "E2")?.libelle).toBe(e2.libelle);
      oublierCatalogueEnCache();
      const lu = await loadValidationContext(db, session);
      expect(lu.epreuves.find((e) => e.code === "E2")?.libelle).toBe("Analyse et technologie (revu)");
      expect(lu.epreuves.map((e) => e.code)).not.toContain("E6");
    } finally {
      await db.epreuve.update({ where: { id: e2.id }, data: { libelle: e2.libelle } });
      await db.epreuve.updateMany({ where: { examenId: session.examenId, code: "E6" }, data: { actif: true } });
      oublierCatalogueEnCache();
    }
  });

  it("advertises an exam as open online only once a spécialité has its épreuves", async () => {
    const cap = await examenId("CAP");
    const niceCap = async () => (await listSessions(TODAY, db)).find((s) => s.demo && s.academie.nom === "Nice" && s.examen.code === "CAP");
    oublierCatalogueEnCache();
    expect(await niceCap()).toMatchObject({ etat: "OUVERTE", enLigne: false });
    expect((await examensInscriptibles(db, [cap])).has(cap)).toBe(false);

    const specialite = await db.specialite.create({ data: { codeDiplome: "50099911", libelle: "Spécialité d’essai", examenId: cap, secteur: "PRODUCTION", nbLanguesObligatoires: 0 } });
    try {
      oublierCatalogueEnCache();
      expect((await niceCap())?.enLigne).toBe(false);
      await db.epreuve.create({ data: { examenId: cap, specialiteId: specialite.id, portee: specialite.id, code: "EP1", libelle: "Réalisation", disciplines: ["PROFESSIONNEL"] } });
      oublierCatalogueEnCache();
      expect((await niceCap())?.enLigne).toBe(true);
      const catalogue = await lireCatalogue(db, cap);
      expect(catalogue.epreuves).toEqual([
        { code: "EP1", libelle: "Réalisation", nature: "OBLIGATOIRE", disciplines: ["PROFESSIONNEL"], generale: false, secteur: null, specialiteCode: "50099911", ordre: 0 },
      ]);
    } finally {
      await db.specialite.delete({ where: { id: specialite.id } });
      oublierCatalogueEnCache();
    }
  });
});
