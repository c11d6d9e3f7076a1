import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { parseFiltres, type Filtres } from "@/lib/domain/gestion/filtres";
import { idsCandidatures, listerCandidatures, parcourirCandidatures } from "@/lib/server/gestion/lister-candidatures";
import type { Scope } from "@/lib/server/gestion/scope";
import { seed } from "@/prisma/seed";
import { creerPersonnel, insererDossiers } from "../fixtures/back-office";

// Issue 9 §2: the back office's list, scoped to the manager's académie in the query, with its
// filters, accent-blind search and keyset pages.
const TODAY = new Date("2026-11-22T12:00:00Z");
let db: PrismaClient;
let clermont: Scope;
let nice: Scope;
const ids: Record<string, string | undefined> = {};

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  const [g06, g23] = [await creerPersonnel(db, "06"), await creerPersonnel(db, "23")];
  clermont = { academieId: g06.academieId!, accountId: g06.id };
  nice = { academieId: g23.academieId!, accountId: g23.id };
  const cf = await insererDossiers(db, "06", [
    { nomNaissance: "Lefèvre", prenoms: "Éloïse", pieces: [{ code: "CINSIG01", statut: "DEPOSE" }] },
    { nomNaissance: "Martin", nomUsage: "Dupont", prenoms: "Zoé", pieces: [{ code: "CINSIG01", statut: "NON_CONFORME" }] },
    { nomNaissance: "Œuvray", prenoms: "Anaïs", pieces: [{ code: "CINSIG01", statut: "CONFORME" }] },
    { nomNaissance: "Brouillon", prenoms: "Jean", statut: "BROUILLON" },
    { nomNaissance: "Attente", prenoms: "Paul", pieces: [{ code: "CINSIG01", statut: "ATTENDU" }, { code: "JDCREC01", statut: "CONFORME" }] },
  ]);
  [ids.lefevre, ids.dupont, ids.oeuvray, ids.brouillon, ids.attente] = cf;
  const ni = await insererDossiers(db, "23", [{ nomNaissance: "Lefèvre", prenoms: "Nicolas", pieces: [{ code: "CINSIG01", statut: "DEPOSE" }] }]);
  [ids.nice] = ni;
}, 120_000);

const noms = async (scope: Scope, filtres: Filtres) => (await listerCandidatures(db, scope, filtres)).lignes.map((l) => l.nomTri);

describe("the back office's list", () => {
  it("never shows another académie's candidatures, whatever the filters say", async () => {
    const page = await listerCandidatures(db, clermont, {});
    expect(page.lignes.map((l) => l.id)).not.toContain(ids.nice);
    expect(page.lignes.map((l) => l.id)).toEqual(expect.arrayContaining([ids.lefevre, ids.dupont]));
    const niceSession = await db.candidature.findUniqueOrThrow({ where: { id: ids.nice! }, select: { sessionId: true } });
    expect((await listerCandidatures(db, clermont, { session: niceSession.sessionId })).total).toBe(0);
    expect((await listerCandidatures(db, nice, { q: "lefevre nicolas" })).lignes.map((l) => l.id)).toEqual([ids.nice]);
    const all: string[] = [];
    // Other files may share this database: whatever Nice holds, none of it is Clermont's.
    for await (const l of parcourirCandidatures(db, nice, {}, { lot: 2 })) all.push(l.id);
    expect(all).toContain(ids.nice);
    expect(all.filter((id) => [ids.lefevre, ids.dupont, ids.oeuvray, ids.brouillon, ids.attente].includes(id))).toEqual([]);
    expect(await idsCandidatures(db, nice, { q: "lefevre nicolas" }, { max: 100 })).toEqual([ids.nice]);
  });

  it("finds a name whatever its accents and case, a usage name, a numéro and an address", async () => {
    expect(await noms(clermont, { q: "LEFEVRE eloise" })).toEqual(["lefevre eloise"]);
    expect(await noms(clermont, { q: "oeuvr" })).toEqual(["oeuvray anais"]);
    expect(await noms(clermont, { q: "Œuvray" })).toEqual(["oeuvray anais"]);
    expect(await noms(clermont, { q: "martin" })).toEqual(["dupont zoe"]);
    expect(await noms(clermont, { q: "100%_" })).toEqual([]);
    const { numero, account } = await db.candidature.findUniqueOrThrow({ where: { id: ids.dupont! }, select: { numero: true, account: { select: { email: true } } } });
    expect(await noms(clermont, { q: numero!.toLowerCase() })).toEqual(["dupont zoe"]);
    expect(await noms(clermont, { q: account.email.toUpperCase() })).toEqual(["dupont zoe"]);
  });

  it("filters on the statut and on the state of the pieces", async () => {
    expect(await noms(clermont, { statut: "BROUILLON", q: "brouillon" })).toEqual(["brouillon jean"]);
    const mine = [ids.lefevre, ids.dupont, ids.oeuvray, ids.attente];
    const filtre = async (pieces: Filtres["pieces"]) => (await listerCandidatures(db, clermont, { pieces })).lignes.map((l) => l.id).filter((id) => mine.includes(id));
    expect(await filtre("a-controler")).toEqual([ids.lefevre]);
    expect(await filtre("non-conformes")).toEqual([ids.dupont]);
    expect((await filtre("manquantes")).sort()).toEqual([ids.dupont, ids.attente].sort());
    expect(await filtre("completes")).toEqual([ids.oeuvray]);
    const attente = (await listerCandidatures(db, clermont, { q: "attente" })).lignes[0]!;
    expect(attente).toMatchObject({ piecesAttendues: 1, piecesConformes: 1, piecesAControler: 0 });
  });

  it("keeps each dossier's piece counts up to date, whatever writes the pieces", async () => {
    const etat = async (id: string) => db.etatPieces.findUnique({ where: { candidatureId: id } });
    expect(await etat(ids.attente!)).toMatchObject({ aControler: 0, manquantes: 1, nonConformes: 0, nonValidees: 1 });
    expect(await etat(ids.brouillon!)).toBeNull();
    await db.justificatif.updateMany({ where: { candidatureId: ids.attente!, pieceCode: "CINSIG01" }, data: { statut: "DEPOSE", deposeAt: new Date() } });
    expect(await etat(ids.attente!)).toMatchObject({ aControler: 1, manquantes: 0, nonValidees: 1 });
    await db.justificatif.updateMany({ where: { candidatureId: ids.attente!, pieceCode: "CINSIG01" }, data: { caduc: true } });
    expect(await etat(ids.attente!)).toMatchObject({ aControler: 0, manquantes: 0, nonValidees: 0 });
    expect((await listerCandidatures(db, clermont, { q: "attente", pieces: "completes" })).total).toBe(1);
    await db.justificatif.deleteMany({ where: { candidatureId: ids.attente! } });
    expect(await etat(ids.attente!)).toMatchObject({ aControler: 0, manquantes: 0, nonConformes: 0, nonValidees: 0 });
  });

  it("counts exactly up to a ceiling, then says there are more", async () => {
    expect(await listerCandidatures(db, clermont, { q: "lefevre eloise" }, { plafond: 1 })).toMatchObject({ total: 1, totalPlafonne: false });
    expect(await listerCandidatures(db, clermont, {}, { plafond: 2 })).toMatchObject({ total: 2, totalPlafonne: true });
  });

  it("keeps only the manager's spécialités when asked", async () => {
    const gestionnaire = await creerPersonnel(db, "06");
    const scope = { academieId: gestionnaire.academieId!, accountId: gestionnaire.id };
    const autre = await db.specialite.findFirstOrThrow({ where: { candidatures: { none: {} } }, select: { id: true } });
    await db.portefeuilleSpecialite.create({ data: { accountId: gestionnaire.id, specialiteId: autre.id } });
    expect((await listerCandidatures(db, scope, { portefeuille: "1" })).total).toBe(0);
    expect((await listerCandidatures(db, scope, { portefeuille: "0" })).total).toBeGreaterThan(0);
  });

  it("pages by keyset forward and back, in every sort, without losing or repeating a row", async () => {
    await insererDossiers(
      db,
      "06",
      Array.from({ length: 23 }, (_, i) => ({ nomNaissance: "Page", prenoms: `N${String(i).padStart(2, "0")}`, createdAt: new Date(Date.UTC(2026, 10, 1, 10, 0, i % 3)) })),
    );
    for (const tri of ["nom", "recentes", "anciennes"] as const) {
      const filtres: Filtres = { q: "page", tri };
      const tous: string[] = [];
      for await (const l of parcourirCandidatures(db, clermont, filtres, { lot: 1000 })) tous.push(l.id);
      expect(tous).toHaveLength(23);
      const vus: string[][] = [];
      let page = await listerCandidatures(db, clermont, filtres, { taille: 5 });
      expect(page.precedente).toBeNull();
      vus.push(page.lignes.map((l) => l.id));
      while (page.suivante) {
        page = await listerCandidatures(db, clermont, filtres, { taille: 5, apres: page.suivante });
        vus.push(page.lignes.map((l) => l.id));
      }
      expect(vus.flat()).toEqual(tous);
      expect(vus.at(-1)).toHaveLength(3);
      // Back from the last page to the first.
      const retour: string[][] = [page.lignes.map((l) => l.id)];
      while (page.precedente) {
        page = await listerCandidatures(db, clermont, filtres, { taille: 5, avant: page.precedente });
        retour.unshift(page.lignes.map((l) => l.id));
      }
      expect(retour.flat()).toEqual(tous);
    }
  });

  it("reads filters from a URL, dropping what is not one of ours", () => {
    expect(parseFiltres(new URLSearchParams("statut=ENREGISTREE&pieces=nimporte&q=%20Dupont%20&session=x'%3B--&tri=nom&autre=1"))).toEqual({ statut: "ENREGISTREE", q: "Dupont", tri: "nom" });
    expect(parseFiltres({ statut: ["ANNULEE", "BROUILLON"], q: "a".repeat(500) })).toEqual({ statut: "ANNULEE", q: "a".repeat(100) });
  });

  it("treats a forged cursor as the first page", async () => {
    const recentes = await listerCandidatures(db, clermont, { tri: "recentes" }, { taille: 3 });
    const faux = Buffer.from(JSON.stringify(["abc", recentes.lignes[0]!.id])).toString("base64url");
    expect((await listerCandidatures(db, clermont, { tri: "recentes" }, { taille: 3, apres: faux })).lignes.map((l) => l.id)).toEqual(recentes.lignes.map((l) => l.id));
    expect((await listerCandidatures(db, clermont, parseFiltres({ q: "a\u0000@b" }))).total).toBe(0);
    const first = await listerCandidatures(db, clermont, {}, { taille: 3 });
    for (const apres of ["nimporte", Buffer.from('["x","\' OR 1=1 --"]').toString("base64url"), "A".repeat(1000)]) {
      expect((await listerCandidatures(db, clermont, {}, { taille: 3, apres })).lignes.map((l) => l.id)).toEqual(first.lignes.map((l) => l.id));
    }
  });
});
