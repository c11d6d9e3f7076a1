import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, UPLOAD_REFUSALS } from "../upload-rules";
import {
  ancrePiece,
  contentDisposition,
  estMemeOrigine,
  formatTailleFichier,
  MAX_DEPOT_REQUEST_BYTES,
  messageDepotErreur,
  parseDepotErreur,
  REFUS_AJOUT,
  REFUS_REQUETE,
  REFUS_STOCKAGE,
  urlRetourDepot,
  verifierTailleDepot,
} from "./depot-fichier";

const NB = "\u00a0";

describe("verifierTailleDepot: the body's size from its headers, before reading it", () => {
  const h = (contentLength: string | null, transferEncoding: string | null = null) => ({ contentLength, transferEncoding });
  it("lets through a 5 MB file with its multipart framing, and no body at all", () => {
    expect(verifierTailleDepot(h(String(MAX_UPLOAD_BYTES + 2_000)))).toEqual({ ok: true });
    expect(verifierTailleDepot(h(String(MAX_DEPOT_REQUEST_BYTES)))).toEqual({ ok: true });
    expect(verifierTailleDepot(h(null))).toEqual({ ok: true });
    expect(verifierTailleDepot(h("0"))).toEqual({ ok: true });
  });
  it("refuses a larger body with 413, and a body of unknown length with 411", () => {
    expect(verifierTailleDepot(h(String(MAX_DEPOT_REQUEST_BYTES + 1)))).toEqual({ ok: false, status: 413, code: "requete_trop_grosse" });
    expect(verifierTailleDepot(h("99999999999999999999"))).toEqual({ ok: false, status: 411, code: "longueur_inconnue" });
    expect(verifierTailleDepot(h(null, "chunked"))).toEqual({ ok: false, status: 411, code: "longueur_inconnue" });
    for (const bad of ["", "-1", "1e9", "12 34", "0x10"]) expect(verifierTailleDepot(h(bad)).ok, bad).toBe(false);
  });
  it("reads 5 MB as 5 × 1 048 576 bytes, with 64 kB for the framing", () => {
    expect(MAX_DEPOT_REQUEST_BYTES).toBe(5 * 1024 * 1024 + 65_536);
  });
});

describe("estMemeOrigine: a POST from the portal's own pages only", () => {
  const hosts = ["localhost:3000", "candidats.example.fr"];
  it.each([
    [{ secFetchSite: "same-origin", origin: "http://localhost:3000" }, true],
    [{ secFetchSite: "same-origin", origin: null }, true],
    [{ secFetchSite: "same-site", origin: "https://autre.example.fr" }, false],
    [{ secFetchSite: "cross-site", origin: "https://intrus.example" }, false],
    [{ secFetchSite: "none", origin: null }, false],
    // Sec-Fetch-Site decides when present, whatever Origin says.
    [{ secFetchSite: "cross-site", origin: "https://candidats.example.fr" }, false],
    // Older browsers: Origin only.
    [{ secFetchSite: null, origin: "https://candidats.example.fr" }, true],
    [{ secFetchSite: null, origin: "https://CANDIDATS.example.fr" }, true],
    [{ secFetchSite: null, origin: "http://localhost:3000" }, true],
    [{ secFetchSite: null, origin: "http://localhost:3001" }, false],
    [{ secFetchSite: null, origin: "https://candidats.example.fr.intrus.example" }, false],
    [{ secFetchSite: null, origin: "null" }, false],
    [{ secFetchSite: null, origin: "file://" }, false],
    // Neither: not a browser, so not a forged cross-site form; the session still decides.
    [{ secFetchSite: null, origin: null }, true],
    [{ secFetchSite: "", origin: "" }, true],
  ] as const)("%j → %s", (headers, expected) => {
    expect(estMemeOrigine(headers, hosts)).toBe(expected);
  });
});

describe("the codes a redirect carries back to the page", () => {
  it("are a fixed list: anything else, a message typed in the query included, reads as nothing", () => {
    for (const code of [...REFUS_REQUETE, ...REFUS_AJOUT, ...REFUS_STOCKAGE, ...Object.keys(UPLOAD_REFUSALS)]) expect(parseDepotErreur(code)).toBe(code);
    for (const other of ["", "Votre fichier est infecté, appelez le 08…", "toString", "__proto__", "constructor", "depot_clos", null, undefined, ["type"], 3])
      expect(parseDepotErreur(other), String(other)).toBeNull();
  });

  it("each have a French message; a closed deposit says since when, in the académie's zone", () => {
    for (const code of [...REFUS_REQUETE, ...REFUS_AJOUT, ...REFUS_STOCKAGE, ...Object.keys(UPLOAD_REFUSALS)]) {
      const message = messageDepotErreur(parseDepotErreur(code)!);
      expect(message, code).toMatch(/^[A-ZÀ-Ý]/);
      expect(message, code).not.toMatch(/ [:;!?»]/);
    }
    expect(messageDepotErreur("type")).toBe(UPLOAD_REFUSALS.type);
    expect(messageDepotErreur("requete_trop_grosse")).toBe(UPLOAD_REFUSALS.trop_gros);
    const fenetre = { opensAt: new Date("2023-10-19T07:00:00Z"), closesAt: new Date("2023-12-01T16:00:00Z") };
    expect(messageDepotErreur("DEPOT_CLOS", { fenetre, zone: "Europe/Paris" })).toBe(
      `Le dépôt de cette pièce est clos depuis le vendredi 1er décembre 2023 à 17${NB}h${NB}00, heure de Paris${NB}: rien n’a été enregistré. Pour toute question, contactez le service des examens.`,
    );
    expect(messageDepotErreur("DEPOT_NON_OUVERT", { fenetre, zone: "Indian/Reunion" })).toContain(`jeudi 19 octobre 2023 à 11${NB}h${NB}00, heure de La Réunion`);
  });

  it("go back to the piece's anchor, the piece code and the outcome encoded", () => {
    expect(urlRetourDepot("c1", "1NATID01", { erreur: "type" })).toBe("/mes-candidatures/c1/justificatifs?erreur=type&piece=1NATID01#piece-1NATID01");
    expect(urlRetourDepot("c1", "CINSIG01", { depot: "f9" })).toBe("/mes-candidatures/c1/justificatifs?depot=f9&piece=CINSIG01#piece-CINSIG01");
    expect(urlRetourDepot("c/1", "a&b=c", { erreur: "vide" })).toBe("/mes-candidatures/c%2F1/justificatifs?erreur=vide&piece=a%26b%3Dc#piece-abc");
    expect(ancrePiece("<x y>")).toBe("piece-xy");
  });
});

describe("formatTailleFichier", () => {
  it.each([
    [1, `1${NB}octet`],
    [820, `820${NB}octets`],
    [1024, `1${NB}ko`],
    [358_400, `350${NB}ko`],
    [1_258_291, `1,2${NB}Mo`],
    [5 * 1024 * 1024, `5${NB}Mo`],
  ])("%d → %s", (octets, texte) => {
    expect(formatTailleFichier(octets)).toBe(texte);
  });
});

describe("contentDisposition: a safe header whatever the name", () => {
  it("keeps the real name in RFC 5987 form beside an ASCII one", () => {
    expect(contentDisposition("Relevé de notes.pdf")).toBe(`inline; filename="Releve de notes.pdf"; filename*=UTF-8''Relev%C3%A9%20de%20notes.pdf`);
    expect(contentDisposition("Łukasz (recto).jpg")).toBe(`inline; filename="_ukasz (recto).jpg"; filename*=UTF-8''%C5%81ukasz%20%28recto%29.jpg`);
  });
  it("lets no quote, backslash, line break or parameter through", () => {
    const header = contentDisposition('a"; filename=evil.html\r\nSet-Cookie: x=1\\.pdf', "attachment");
    expect(header).not.toMatch(/[\r\n\\]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header.startsWith('attachment; filename="a_ filename=evil.htmlSet-Cookie: x=1.pdf"; filename*=UTF-8\'\'')).toBe(true);
    expect(contentDisposition("")).toBe(`inline; filename="document"; filename*=UTF-8''document`);
  });
});
