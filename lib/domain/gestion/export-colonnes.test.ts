import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { zonedParts } from "../calendar";
import { COLONNES_EXPORT, ENTETES_EXPORT, formaterInstant, formaterJour, heureMurale, nomFichierExport, OPTIONS_CSV, valeursCsv, valeursXlsx, type LigneExport } from "./export-colonnes";

const PARIS = "Europe/Paris";

function ligne(overrides: Partial<LigneExport> = {}): LigneExport {
  return {
    numero: "2027-06-BACPRO-000042",
    statut: "ENREGISTREE",
    createdAt: new Date("2026-11-20T09:01:00Z"),
    premierEnregistrementAt: new Date("2026-11-20T09:30:00Z"),
    dernierEnregistrementAt: new Date("2026-11-21T10:00:00Z"),
    piecesFourniesAt: null,
    annuleeAt: null,
    civilite: "MADAME",
    nomNaissance: "D’Aubigné",
    nomUsage: null,
    prenoms: "Éloïse Nœmie",
    dateNaissance: new Date("2001-03-14T00:00:00Z"),
    email: "eloise@example.fr",
    sessionLibelle: "Session 2027 (démonstration)",
    examenLibelle: "Bac pro",
    specialiteCode: "01234567",
    specialiteLibelle: "Métiers de l’électricité",
    piecesAttendues: 1,
    piecesDeposees: 0,
    piecesAControler: 2,
    piecesNonConformes: 0,
    piecesConformes: 3,
    ...overrides,
  };
}

const cellule = (valeurs: readonly unknown[], entete: string) => valeurs[ENTETES_EXPORT.indexOf(entete)];

describe("the export's columns", () => {
  it("has French headers, one per column", () => {
    expect(ENTETES_EXPORT.slice(0, 6)).toEqual(["Numéro d’inscription", "Civilité", "Nom de naissance", "Nom d’usage", "Prénoms", "Date de naissance"]);
    expect(ENTETES_EXPORT).toContain("Enregistrée le");
    expect(ENTETES_EXPORT).toContain("Pièces à contrôler");
    expect(new Set(ENTETES_EXPORT).size).toBe(COLONNES_EXPORT.length);
  });

  it("writes the statut's label, the civilité in words, empty cells for what is missing", () => {
    const v = valeursCsv(ligne({ statut: "DESINSCRITE", nomUsage: null, piecesFourniesAt: null }), PARIS);
    expect(cellule(v, "Statut")).toBe("Désinscrite");
    expect(cellule(v, "Civilité")).toBe("Madame");
    expect(cellule(v, "Nom d’usage")).toBe("");
    expect(cellule(v, "Pièces fournies le")).toBe("");
    expect(cellule(v, "Pièces à contrôler")).toBe("2");
  });

  it("keeps accents and the leading zeros of codes", () => {
    const v = valeursCsv(ligne(), PARIS);
    expect(cellule(v, "Prénoms")).toBe("Éloïse Nœmie");
    expect(cellule(v, "Nom de naissance")).toBe("D’Aubigné");
    expect(cellule(v, "Code spécialité")).toBe("01234567");
    expect(cellule(valeursXlsx(ligne(), PARIS), "Code spécialité")).toBe("01234567");
    expect(cellule(valeursXlsx(ligne({ numero: null }), PARIS), "Numéro d’inscription")).toBeNull();
  });

  it("shows instants in the académie's local time, across both DST changes", () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST; 25 October 2026: 03:00 CEST becomes 02:00 CET.
    expect(formaterInstant(new Date("2026-03-29T00:30:00Z"), PARIS)).toBe("29/03/2026 01:30");
    expect(formaterInstant(new Date("2026-03-29T01:30:00Z"), PARIS)).toBe("29/03/2026 03:30");
    expect(formaterInstant(new Date("2026-10-25T00:30:00Z"), PARIS)).toBe("25/10/2026 02:30");
    expect(formaterInstant(new Date("2026-10-25T01:30:00Z"), PARIS)).toBe("25/10/2026 02:30");
    expect(formaterInstant(new Date("2026-10-25T23:30:00Z"), PARIS)).toBe("26/10/2026 00:30");
    // An overseas académie: no DST, its own offset.
    expect(formaterInstant(new Date("2026-11-20T21:00:00Z"), "Indian/Reunion")).toBe("21/11/2026 01:00");
    expect(cellule(valeursCsv(ligne(), PARIS), "Créée le")).toBe("20/11/2026 10:01");
  });

  it("gives the same local time as Intl for any instant (the zone's offset is kept per quarter of an hour)", () => {
    const pad = (n: number) => String(n).padStart(2, "0");
    let graine = 7;
    const hasard = () => ((graine = (graine * 16807) % 2147483647) / 2147483647);
    for (const zone of [PARIS, "Indian/Reunion", "Pacific/Noumea", "America/Cayenne", "Australia/Lord_Howe", "America/St_Johns"]) {
      const instants = Array.from({ length: 3000 }, () => new Date(Date.UTC(2026, 0, 1) + Math.floor(hasard() * 366 * 86_400_000)));
      // Around both of Paris' changes, minute by minute, too.
      for (const bascule of ["2026-03-29T01:00:00Z", "2026-10-25T01:00:00Z"]) for (let m = -90; m <= 90; m++) instants.push(new Date(Date.parse(bascule) + m * 60_000 + 30_000));
      for (const instant of instants) {
        const p = zonedParts(instant, zone);
        expect(formaterInstant(instant, zone), `${instant.toISOString()} ${zone}`).toBe(`${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`);
      }
    }
  });

  it("writes the wall-clock time into the XLSX (Excel has no zone)", () => {
    const x = valeursXlsx(ligne({ createdAt: new Date("2026-07-01T09:01:00Z") }), PARIS);
    expect(cellule(x, "Créée le")).toEqual(new Date("2026-07-01T11:01:00Z"));
    expect(heureMurale(new Date("2026-03-29T01:30:00Z"), PARIS)).toEqual(new Date("2026-03-29T03:30:00Z"));
    expect(cellule(x, "Pièces conformes")).toBe(3);
    // A birth date is a calendar day stored at UTC midnight: written as such, whatever the zone.
    expect(cellule(x, "Date de naissance")).toEqual(new Date("2001-03-14T00:00:00Z"));
  });

  it("writes a birth date as its calendar day, never shifted by a zone", () => {
    expect(formaterJour(new Date("2001-03-14T00:00:00Z"))).toBe("14/03/2001");
    expect(cellule(valeursCsv(ligne(), "America/Cayenne"), "Date de naissance")).toBe("14/03/2001");
  });

  it("names the file after the académie and the local time", () => {
    expect(nomFichierExport("clermont-ferrand", new Date("2026-11-22T09:05:00Z"), PARIS, "csv")).toBe("candidatures-clermont-ferrand-20261122-1005.csv");
    expect(nomFichierExport("nice", new Date("2026-12-31T23:30:00Z"), PARIS, "xlsx")).toBe("candidatures-nice-20270101-0030.xlsx");
    expect(nomFichierExport('a"b/c', new Date("2026-12-31T23:30:00Z"), PARIS, "csv")).toBe("candidatures-abc-20270101-0030.csv");
  });
});

describe("the CSV as French spreadsheets open it", () => {
  const csv = (lignes: LigneExport[]) => stringify([ENTETES_EXPORT as string[], ...lignes.map((l) => valeursCsv(l, PARIS))], OPTIONS_CSV);

  it("starts with a BOM, separates with ; and ends lines with CRLF", () => {
    const texte = csv([ligne()]);
    expect(texte.startsWith("\uFEFFNuméro d’inscription;Civilité;Nom de naissance;")).toBe(true);
    const lignes = texte.slice(1).split("\r\n");
    expect(lignes).toHaveLength(3);
    expect(lignes[2]).toBe("");
    expect(lignes[1]).toContain(";D’Aubigné;;Éloïse Nœmie;14/03/2001;eloise@example.fr;");
    expect(lignes[1]).toContain(";01234567;");
    // UTF-8 bytes: the BOM, then the accents as two bytes each.
    expect([...Buffer.from(texte, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("quotes a cell holding the separator, a quote or a line break", () => {
    const texte = csv([ligne({ nomNaissance: 'Du;Pont "dit" \nX' })]);
    expect(texte).toContain(';"Du;Pont ""dit"" \nX";');
  });

  it("neutralises a cell a spreadsheet would run as a formula", () => {
    const texte = csv([ligne({ nomNaissance: "=HYPERLINK(\"http://x\")", prenoms: "+33", email: "@x" })]);
    expect(texte).toContain(`;"'=HYPERLINK(""http://x"")";`);
    expect(texte).toContain(";'+33;");
    expect(texte).toContain(";'@x;");
  });
});
