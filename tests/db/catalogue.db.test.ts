import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { EPREUVES_BAC_PRO } from "@/lib/domain/data/epreuves-bac-pro";
import { lireCatalogue, loadValidationContext, oublierCatalogueEnCache, SESSION_SELECT, sessionsInscriptibles } from "@/lib/server/candidatures/load-validation-context";
import { enregistrerEpreuve } from "@/lib/server/catalogue/enregistrer-epreuve";
import { enregistrerSpecialite } from "@/lib/server/catalogue/enregistrer-specialite";
import { listerCatalogue } from "@/lib/server/catalogue/lister-catalogue";
import { lireEpreuve } from "@/lib/server/catalogue/lire-epreuve";
import { lireSpecialite } from "@/lib/server/catalogue/lire-specialite";
import { supprimerEpreuve } from "@/lib/server/catalogue/supprimer-epreuve";
import { supprimerSpecialite } from "@/lib/server/catalogue/supprimer-specialite";
import { listSessions } from "@/lib/server/sessions/list-sessions";
import type { EpreuveForm, SpecialiteForm } from "@/lib/domain/catalogue/formulaires";
import { seed } from "@/prisma/seed";
import { creerPersonnel, insererDossiers } from "../fixtures/back-office";

// Issue 10 §8: the Specialite and Epreuve tables are the one catalogue. The seed inserts the bac
// pro's épreuves once (and never puts back one the national admin removed); the rules' context
// and the home page read them from the database.
const TODAY = new Date("2026-11-22T12:00:00Z");
let db: PrismaClient;

const examenId = async (code: "BAC_PRO" | "CAP" | "BP" | "MC") => (await db.examen.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
/** Whether Nice's CAP demo session can be registered for online. */
async function niceCapEnLigne(): Promise<boolean> {
  const session = await db.session.findFirstOrThrow({ where: { demo: true, academie: { code: "23" }, examen: { code: "CAP" } }, select: { id: true, examenId: true, specialitesOffertes: true } });
  return (await sessionsInscriptibles(db, [session])).has(session.id);
}
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
    expect(await niceCapEnLigne()).toBe(false);

    const specialite = await db.specialite.create({ data: { codeDiplome: "50099911", libelle: "Spécialité d’essai", examenId: cap, secteur: "PRODUCTION", nbLanguesObligatoires: 0 } });
    try {
      oublierCatalogueEnCache();
      expect((await niceCap())?.enLigne).toBe(false);
      await db.epreuve.create({ data: { examenId: cap, specialiteId: specialite.id, portee: specialite.id, code: "EP1", libelle: "Réalisation", disciplines: ["PROFESSIONNEL"] } });
      oublierCatalogueEnCache();
      expect((await niceCap())?.enLigne).toBe(true);
      expect(await niceCapEnLigne()).toBe(true);
      // A session that offers only other spécialités is not registrable online, whatever the exam has.
      const session = await db.session.findFirstOrThrow({ where: { demo: true, academie: { code: "23" }, examen: { code: "CAP" } }, select: { id: true, examenId: true } });
      expect((await sessionsInscriptibles(db, [{ ...session, specialitesOffertes: ["50099919"] }])).has(session.id)).toBe(false);
      expect((await sessionsInscriptibles(db, [{ ...session, specialitesOffertes: ["50099911"] }])).has(session.id)).toBe(true);
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

describe("the national admin's catalogue services", () => {
  const NOW = new Date("2026-11-23T10:00:00Z");
  let national: { id: string; role: "ADMIN_NATIONAL"; academieId: null };
  const specialiteCap = (over: Partial<SpecialiteForm> = {}): SpecialiteForm => ({
    codeDiplome: "50099921",
    libelle: "Spécialité d’essai des services",
    sigle: undefined,
    secteur: "PRODUCTION",
    nbLanguesObligatoires: 1,
    travailEnHauteur: false,
    active: true,
    ...over,
  });
  const epreuve = (code: string, over: Partial<EpreuveForm> = {}): EpreuveForm => ({
    code,
    libelle: `Épreuve ${code}`,
    nature: "OBLIGATOIRE",
    disciplines: ["PROFESSIONNEL"],
    generale: false,
    secteur: undefined,
    ordre: 1,
    actif: true,
    ...over,
  });

  beforeAll(async () => {
    const cree = await db.account.create({
      data: { email: "national.catalogue@example.fr", emailNormalized: "national.catalogue@example.fr", nomNaissance: "National", prenoms: "Essai", role: "ADMIN_NATIONAL", activatedAt: NOW },
      select: { id: true },
    });
    national = { id: cree.id, role: "ADMIN_NATIONAL", academieId: null };
  });

  it("refuses anyone but the national admin, reading as writing, and changes nothing", async () => {
    const adminNice = await creerPersonnel(db, "23", "ADMIN_ACADEMIE");
    const gestionnaire = await creerPersonnel(db, "23");
    const avant = { specialites: await db.specialite.count(), epreuves: await db.epreuve.count(), audit: await db.auditEvent.count({ where: { action: { startsWith: "catalogue." } } }) };
    const melec = await db.specialite.findUniqueOrThrow({ where: { codeDiplome: "40025520" }, select: { id: true } });
    const e2 = await db.epreuve.findFirstOrThrow({ where: { code: "E2" }, select: { id: true } });
    for (const p of [adminNice, gestionnaire]) {
      const actor = { id: p.id, role: p.role, academieId: p.academieId };
      expect(await listerCatalogue(db, actor)).toBeNull();
      expect(await lireSpecialite(db, actor, "40025520")).toBeNull();
      expect(await lireEpreuve(db, actor, e2.id)).toBeNull();
      expect(await enregistrerSpecialite(db, { actor, examen: "CAP", id: null, input: specialiteCap() }, { now: NOW })).toEqual({ ok: false, code: "interdit" });
      expect(await enregistrerSpecialite(db, { actor, examen: "BAC_PRO", id: melec.id, input: specialiteCap({ codeDiplome: "40025520" }) }, { now: NOW })).toEqual({ ok: false, code: "interdit" });
      expect(await enregistrerEpreuve(db, { actor, cible: { examen: "CAP", specialite: null }, id: null, input: epreuve("EG1") }, { now: NOW })).toEqual({ ok: false, code: "interdit" });
      expect(await supprimerEpreuve(db, { actor, id: e2.id }, { now: NOW })).toEqual({ ok: false, code: "interdit" });
      expect(await supprimerSpecialite(db, { actor, id: melec.id }, { now: NOW })).toEqual({ ok: false, code: "interdit" });
    }
    expect({ specialites: await db.specialite.count(), epreuves: await db.epreuve.count(), audit: await db.auditEvent.count({ where: { action: { startsWith: "catalogue." } } }) }).toEqual(avant);
  });

  it("creates a CAP spécialité and its épreuves, audited, which makes Nice's CAP registrable online", async () => {
    const cap = await examenId("CAP");
    const creee = await enregistrerSpecialite(db, { actor: national, examen: "CAP", id: null, input: specialiteCap() }, { now: NOW });
    expect(creee).toEqual({ ok: true, codeDiplome: "50099921", modifiee: true });
    expect(await niceCapEnLigne()).toBe(false);

    const commune = await enregistrerEpreuve(db, { actor: national, cible: { examen: "CAP", specialite: null }, id: null, input: epreuve("EG1", { disciplines: ["FRANCAIS", "HISTOIRE_GEO_EMC"], generale: true, ordre: 5 }) }, { now: NOW });
    const propre = await enregistrerEpreuve(db, { actor: national, cible: { examen: "CAP", specialite: "50099921" }, id: null, input: epreuve("EP1") }, { now: NOW });
    expect([commune.ok, propre.ok]).toEqual([true, true]);
    expect(await niceCapEnLigne()).toBe(true);
    const detail = await lireSpecialite(db, national, "50099921");
    expect(detail?.epreuves.map((e) => e.code)).toEqual(["EP1", "EG1"]);
    expect(detail?.inscriptible).toBe(true);
    expect(await db.epreuve.findFirstOrThrow({ where: { code: "EP1", examenId: cap } })).toMatchObject({ portee: detail!.id, secteur: null, specialiteId: detail!.id });

    const events = await db.auditEvent.findMany({ where: { actorId: national.id }, orderBy: { at: "asc" }, select: { action: true, entityType: true, academieId: true } });
    expect(events.map((e) => [e.action, e.entityType, e.academieId])).toEqual([
      ["catalogue.specialite_creee", "Specialite", null],
      ["catalogue.epreuve_creee", "Epreuve", null],
      ["catalogue.epreuve_creee", "Epreuve", null],
    ]);
  });

  it("refuses a code diplôme or an épreuve code already taken, beside its field", async () => {
    expect(await enregistrerSpecialite(db, { actor: national, examen: "CAP", id: null, input: specialiteCap({ codeDiplome: "40025520" }) }, { now: NOW })).toEqual({ ok: false, code: "code-diplome-pris" });
    const doublon = await enregistrerEpreuve(db, { actor: national, cible: { examen: "CAP", specialite: "50099921" }, id: null, input: epreuve("EP1") }, { now: NOW });
    expect(doublon).toMatchObject({ ok: false, code: "code-epreuve-pris", field: "code" });
    // An exam épreuve of one secteur beside one of every secteur, same code: one spécialité would sit both.
    const secteur = await enregistrerEpreuve(db, { actor: national, cible: { examen: "CAP", specialite: null }, id: null, input: epreuve("EG1", { secteur: "SERVICES" }) }, { now: NOW });
    expect(secteur).toMatchObject({ ok: false, code: "code-epreuve-pris", field: "secteur" });
    // A spécialité's own épreuve may take an exam épreuve's code: it replaces it for that spécialité.
    const remplace = await enregistrerEpreuve(db, { actor: national, cible: { examen: "CAP", specialite: "50099921" }, id: null, input: epreuve("EG1", { disciplines: ["FRANCAIS"], libelle: "Français" }) }, { now: NOW });
    expect(remplace.ok).toBe(true);
    expect((await lireSpecialite(db, national, "50099921"))?.epreuves.find((e) => e.code === "EG1")?.libelle).toBe("Français");
  });

  it("deletes what no saved candidature names, and deactivates what one does", async () => {
    const detail = (await lireSpecialite(db, national, "50099921"))!;
    const [candidatureId] = await insererDossiers(db, "23", [{ specialiteCode: "50099921" }], { examen: "CAP" });
    expect(candidatureId).toBeDefined();

    const ep1 = detail.epreuvesPropres.find((e) => e.code === "EP1")!;
    // Saved candidatures of the spécialité may refer to EP1: its code stays, it is deactivated.
    expect(await enregistrerEpreuve(db, { actor: national, cible: { examen: "CAP", specialite: "50099921" }, id: ep1.id, input: epreuve("EP9") }, { now: NOW })).toEqual({ ok: false, code: "code-epreuve-fige" });
    expect(await supprimerEpreuve(db, { actor: national, id: ep1.id }, { now: NOW })).toEqual({ ok: true, mode: "desactivee", specialite: "50099921" });
    expect((await db.epreuve.findUniqueOrThrow({ where: { id: ep1.id } })).actif).toBe(false);
    expect(await supprimerEpreuve(db, { actor: national, id: ep1.id }, { now: NOW })).toEqual({ ok: false, code: "deja-desactivee" });

    expect(await enregistrerSpecialite(db, { actor: national, examen: "CAP", id: detail.id, input: specialiteCap({ codeDiplome: "50099922" }) }, { now: NOW })).toEqual({ ok: false, code: "code-diplome-fige" });
    expect(await supprimerSpecialite(db, { actor: national, id: detail.id }, { now: NOW })).toEqual({ ok: true, mode: "desactivee" });
    expect((await db.specialite.findUniqueOrThrow({ where: { id: detail.id } })).active).toBe(false);
    expect(await niceCapEnLigne()).toBe(false);

    // An unused one goes, with its own épreuves.
    await enregistrerSpecialite(db, { actor: national, examen: "CAP", id: null, input: specialiteCap({ codeDiplome: "50099923" }) }, { now: NOW });
    await enregistrerEpreuve(db, { actor: national, cible: { examen: "CAP", specialite: "50099923" }, id: null, input: epreuve("EP1") }, { now: NOW });
    const inutilisee = (await lireSpecialite(db, national, "50099923"))!;
    expect(await supprimerSpecialite(db, { actor: national, id: inutilisee.id }, { now: NOW })).toEqual({ ok: true, mode: "supprimee" });
    expect(await db.specialite.findUnique({ where: { codeDiplome: "50099923" } })).toBeNull();
    expect(await db.epreuve.count({ where: { specialiteId: inutilisee.id } })).toBe(0);
    const dernier = await db.auditEvent.findFirstOrThrow({ where: { action: "catalogue.specialite_supprimee" }, orderBy: { at: "desc" } });
    expect(dernier.before).toMatchObject({ codeDiplome: "50099923", epreuves: ["EP1"] });
  });
});
