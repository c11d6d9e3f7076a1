import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { FormatExport } from "@/lib/domain/gestion/export-colonnes";
import type { Filtres } from "@/lib/domain/gestion/filtres";
import { exporterCandidatures } from "@/lib/server/gestion/exporter-candidatures";
import { idsCandidatures } from "@/lib/server/gestion/lister-candidatures";
import { acteurOf, type Scope } from "@/lib/server/gestion/scope";
import { seed } from "@/prisma/seed";
import { creerPersonnel, insererDossiers } from "../fixtures/back-office";
import { lireCsv, lireXlsx } from "../fixtures/exports";

// Issue 9 §3: the exports of the back office's filtered list, streamed; an académie's export never
// holds another académie's rows, and holds exactly the rows the list shows with the same filters.
const TODAY = new Date("2026-11-22T12:00:00Z");
let db: PrismaClient;
let gestionnaire06: Awaited<ReturnType<typeof creerPersonnel>>;
let gestionnaire23: Awaited<ReturnType<typeof creerPersonnel>>;
const scopeDe = (g: typeof gestionnaire06): Scope => ({ academieId: g.academieId!, accountId: g.id });

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  [gestionnaire06, gestionnaire23] = [await creerPersonnel(db, "06"), await creerPersonnel(db, "23")];
  await insererDossiers(db, "06", [
    // 1 March 2026 at 23:30 UTC is 2 March 00:30 in Paris (winter); 1 July 09:01 UTC is 11:01 (summer).
    { nomNaissance: "Lefèvre", prenoms: "Éloïse", createdAt: new Date("2026-03-01T23:30:00Z"), pieces: [{ code: "CINSIG01", statut: "DEPOSE" }] },
    { nomNaissance: "Martin", nomUsage: "Dupont", prenoms: "Zoé", createdAt: new Date("2026-07-01T09:01:00Z"), pieces: [{ code: "CINSIG01", statut: "NON_CONFORME" }] },
    { nomNaissance: "=Formule", prenoms: "Anaïs; \"Nini\"", pieces: [{ code: "CINSIG01", statut: "CONFORME" }] },
    { nomNaissance: "Brouillon", prenoms: "Jean", statut: "BROUILLON" },
    { nomNaissance: "Annulé", prenoms: "Paul", statut: "ANNULEE" },
  ]);
  await insererDossiers(db, "23", [
    { nomNaissance: "Lefèvre", prenoms: "Nicolas", pieces: [{ code: "CINSIG01", statut: "DEPOSE" }] },
    { nomNaissance: "Intrus", prenoms: "Nice" },
  ]);
}, 120_000);

async function exporter(g: typeof gestionnaire06, format: FormatExport, filtres: Filtres) {
  const fichier = await exporterCandidatures(db, format, filtres, { scope: scopeDe(g), acteur: acteurOf(g), now: TODAY });
  return { ...fichier, octets: new Uint8Array(await new Response(fichier.body).arrayBuffer()) };
}

/** The numéros (or names, for drafts) the list shows with these filters. */
async function attendus(g: typeof gestionnaire06, filtres: Filtres): Promise<string[]> {
  const ids = await idsCandidatures(db, scopeDe(g), filtres, { max: 1000 });
  const rows = await db.candidature.findMany({ where: { id: { in: ids } }, select: { id: true, account: { select: { nomNaissance: true } } } });
  const nom = new Map(rows.map((r) => [r.id, r.account.nomNaissance]));
  return ids.map((id) => nom.get(id)!);
}

const FILTRES: Filtres[] = [{}, { statut: "ENREGISTREE" }, { q: "lefevre" }, { pieces: "a-controler" }, { q: "eloise", statut: "BROUILLON" }, { tri: "recentes" }];

describe("the back office's exports", () => {
  it.each(FILTRES)("CSV: exactly the list's rows of the caller's académie, in its order (%o)", async (filtres) => {
    const csv = lireCsv((await exporter(gestionnaire06, "csv", filtres)).octets);
    // "=Formule" comes back with the apostrophe that keeps a spreadsheet from running it.
    expect(csv.lignes.map((l) => l["Nom de naissance"]!.replace(/^'/, ""))).toEqual(await attendus(gestionnaire06, filtres));
    expect(csv.lignes.map((l) => l["Prénoms"])).not.toContain("Nicolas");
    expect(csv.lignes.map((l) => l["Nom de naissance"])).not.toContain("Intrus");
  });

  it.each(FILTRES)("XLSX: exactly the list's rows of the caller's académie, in its order (%o)", async (filtres) => {
    const xlsx = await lireXlsx((await exporter(gestionnaire06, "xlsx", filtres)).octets);
    expect(xlsx.lignes.map((l) => l["Nom de naissance"])).toEqual(await attendus(gestionnaire06, filtres));
    expect(xlsx.lignes.map((l) => l["Prénoms"])).not.toContain("Nicolas");
  });

  it("gives Nice's manager Nice's rows only, whatever the filters name", async () => {
    const session06 = await db.session.findFirstOrThrow({ where: { demo: true, academie: { code: "06" }, examen: { code: "BAC_PRO" } }, select: { id: true } });
    expect(lireCsv((await exporter(gestionnaire23, "csv", { session: session06.id })).octets).lignes).toEqual([]);
    const noms = lireCsv((await exporter(gestionnaire23, "csv", {})).octets).lignes.map((l) => `${l["Nom de naissance"]} ${l["Prénoms"]}`);
    expect(noms.sort()).toEqual(["Intrus Nice", "Lefèvre Nicolas"]);
  });

  it("writes the CSV's cells as a French spreadsheet reads them", async () => {
    const { octets, nom, contentType } = await exporter(gestionnaire06, "csv", { q: "lefevre eloise" });
    expect(nom).toBe("candidatures-clermont-20261122-1300.csv");
    expect(contentType).toBe("text/csv; charset=utf-8");
    const texte = Buffer.from(octets).toString("utf8");
    expect(texte.startsWith("\uFEFFNuméro d’inscription;")).toBe(true);
    const [ligne] = lireCsv(octets).lignes;
    expect(ligne).toMatchObject({ "Nom de naissance": "Lefèvre", Prénoms: "Éloïse", Statut: "Enregistrée", "Créée le": "02/03/2026 00:30", "Date de naissance": "01/01/2000", "Pièces à contrôler": "1" });
    expect(ligne!["Numéro d’inscription"]).toMatch(/^\d{4}-06-BACPRO-\d{6}$/);
    expect(ligne!["Code spécialité"]).toMatch(/^\d{8}$/);
    const [formule] = lireCsv((await exporter(gestionnaire06, "csv", { q: "formule" })).octets).lignes;
    expect(formule).toMatchObject({ "Nom de naissance": "'=Formule", Prénoms: 'Anaïs; "Nini"' });
  });

  it("writes the XLSX's dates as the académie's wall-clock time, with date formats, and codes as text", async () => {
    const { octets, nom } = await exporter(gestionnaire06, "xlsx", { q: "dupont" });
    expect(nom).toBe("candidatures-clermont-20261122-1300.xlsx");
    const xlsx = await lireXlsx(octets);
    const [ligne] = xlsx.lignes;
    expect(ligne!["Créée le"]).toEqual(new Date("2026-07-01T11:01:00Z"));
    expect(ligne!["Date de naissance"]).toEqual(new Date("2000-01-01T00:00:00Z"));
    expect(ligne!["Nom d’usage"]).toBe("Dupont");
    expect(ligne!["Pièces non conformes"]).toBe(1);
    expect(typeof ligne!["Code spécialité"]).toBe("string");
    expect(xlsx.formats).toMatchObject({ "Créée le": "dd/mm/yyyy hh:mm", "Date de naissance": "dd/mm/yyyy" });
  });

  it("records who exported what, with the filters and the number of rows", async () => {
    const gestionnaire = await creerPersonnel(db, "06");
    const filtres: Filtres = { statut: "ENREGISTREE", q: "lefevre" };
    await exporter(gestionnaire, "xlsx", filtres);
    const events = await db.auditEvent.findMany({ where: { action: "candidatures.exportees", actorId: gestionnaire.id }, select: { entityType: true, academieId: true, after: true, at: true } });
    expect(events).toEqual([{ entityType: "Export", academieId: gestionnaire.academieId, after: { format: "xlsx", filtres, lignes: 1, complet: true }, at: TODAY }]);
  });

  it("records an export the client stopped reading, as incomplete", async () => {
    const gestionnaire = await creerPersonnel(db, "12");
    // Enough rows for the stream to stop and wait for its reader.
    await insererDossiers(db, "12", Array.from({ length: 250 }, (_, i) => ({ nomNaissance: `Longuenom-${"x".repeat(200)}`, prenoms: `Essai ${i}` })));
    const fichier = await exporterCandidatures(db, "csv", {}, { scope: scopeDe(gestionnaire), acteur: acteurOf(gestionnaire), now: TODAY });
    const lecteur = fichier.body.getReader();
    await lecteur.read();
    await lecteur.cancel();
    await expect
      .poll(async () => (await db.auditEvent.findFirst({ where: { action: "candidatures.exportees", actorId: gestionnaire.id }, select: { after: true } }))?.after)
      .toMatchObject({ format: "csv", complet: false });
  }, 60_000);
});
