import { describe, expect, it } from "vitest";
import { ACADEMIES } from "../data/academies";
import {
  accesAcademie,
  ContactSchema,
  CoordonneesAcademieSchema,
  conflitsDepartements,
  differences,
  IdentiteAcademieSchema,
  lireDepartements,
  messageConflits,
  messageRefusAcademie,
  refusChangementFuseau,
  sessionsNonTerminees,
  telephoneAffiche,
  type SessionEcheances,
} from "./academies";

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");

describe("who may edit an académie", () => {
  it("the national admin every académie in full, its own admin only its coordinates, nobody else anything", () => {
    expect(accesAcademie({ role: "ADMIN_NATIONAL", academieId: null }, "a1")).toBe("complet");
    expect(accesAcademie({ role: "ADMIN_ACADEMIE", academieId: "a1" }, "a1")).toBe("coordonnees");
    expect(accesAcademie({ role: "ADMIN_ACADEMIE", academieId: "a2" }, "a1")).toBeNull();
    expect(accesAcademie({ role: "GESTIONNAIRE", academieId: "a1" }, "a1")).toBeNull();
    expect(accesAcademie({ role: "CANDIDAT", academieId: null }, "a1")).toBeNull();
  });
});

describe("départements", () => {
  it.each([
    ["54 55 57 88", ["54", "55", "57", "88"]],
    ["88, 54;57\n55", ["54", "55", "57", "88"]],
    ["2b 2A 19 21", ["19", "2A", "2B", "21"]],
    ["974", ["974"]],
    ["06 06 83", ["06", "83"]],
    ["988 987 986 01 95 978", ["01", "95", "978", "986", "987", "988"]],
  ])("reads %j, sorted and each once", (texte, attendu) => {
    expect(lireDepartements(texte)).toEqual({ ok: true, departements: attendu });
  });

  it.each(["20", "00", "96", "979", "985", "989", "2C", "5", "054", "Nancy"])("refuses %j with the code in the message", (code) => {
    const lu = lireDepartements(`54 ${code}`);
    expect(lu.ok).toBe(false);
    if (!lu.ok) expect(plain(lu.message)).toContain(`« ${code.toUpperCase()} » n'est pas un code de département`);
  });

  it("refuses an empty list", () => {
    expect(lireDepartements("  , ")).toMatchObject({ ok: false, message: expect.stringContaining("au moins un département") });
  });

  it("names the other académie holding a département (one académie per département)", () => {
    const conflits = conflitsDepartements("06", ["63", "54", "2A", "974"], ACADEMIES);
    expect(conflits).toEqual([
      { departement: "54", academie: "Nancy-Metz" },
      { departement: "2A", academie: "Corse" },
      { departement: "974", academie: "La Réunion" },
    ]);
    expect(plain(messageConflits(conflits))).toBe(
      "Le département 54 appartient déjà à l'académie de Nancy-Metz ; le département 2A appartient déjà à l'académie de Corse ; le département 974 appartient déjà à l'académie de La Réunion. Un département ne relève que d'une académie : retirez-le d'abord de l'autre académie.",
    );
    expect(plain(messageConflits(conflitsDepartements("06", ["04", "13"], ACADEMIES)))).toMatch(/^Les départements 04 et 13 appartiennent déjà à l'académie d'Aix-Marseille\./);
  });

  it("an académie keeps its own départements, and the seed's académies share none", () => {
    expect(conflitsDepartements("12", ["54", "55", "57", "88"], ACADEMIES)).toEqual([]);
    for (const a of ACADEMIES) expect(conflitsDepartements(a.code, a.departements, ACADEMIES), a.nom).toEqual([]);
  });
});

describe("the zone of an académie with sessions", () => {
  const NOW = new Date("2026-11-22T12:00:00Z");
  const session = (libelle: string, cloture: string, extra: Partial<SessionEcheances> = {}): SessionEcheances => ({
    libelle,
    examen: "Baccalauréat professionnel",
    inscriptionCloture: new Date(cloture),
    depotCloture: null,
    confirmationLimite: null,
    epsDate: null,
    ...extra,
  });

  it("changes freely without sessions, or when every session has ended", () => {
    expect(refusChangementFuseau("Europe/Paris", "Indian/Reunion", [], NOW)).toBeNull();
    expect(refusChangementFuseau("Europe/Paris", "Indian/Reunion", [session("Session 2024", "2023-12-06T21:00:00Z")], NOW)).toBeNull();
  });

  it("is never refused when the zone stays the same", () => {
    expect(refusChangementFuseau("Europe/Paris", "Europe/Paris", [session("Session 2028", "2026-12-22T16:00:00Z")], NOW)).toBeNull();
  });

  it("is refused while a session's last deadline (deposit, confirmation, EPS date) has not passed, saying why", () => {
    const ouverte = session("Session 2028 (démonstration)", "2026-12-22T16:00:00Z");
    // Registration closed, but the EPS date is still to come: its day would read differently.
    const eps = session("Session 2027", "2026-10-01T16:00:00Z", { epsDate: new Date("2027-05-06T22:00:00Z") });
    const finie = session("Session 2024", "2023-12-06T21:00:00Z", { confirmationLimite: new Date("2023-12-09T22:59:00Z") });
    expect(sessionsNonTerminees([finie, eps, ouverte], NOW)).toEqual([ouverte, eps]);
    const message = plain(refusChangementFuseau("Europe/Paris", "Indian/Reunion", [finie, eps, ouverte], NOW) ?? "");
    expect(message).toContain("Le fuseau horaire ne peut pas être changé tant que l'académie a des sessions en cours ou à venir");
    expect(message).toContain("Baccalauréat professionnel – Session 2028 (démonstration) jusqu'au mardi 22 décembre 2026 à 17 h 00, Baccalauréat professionnel – Session 2027 jusqu'au vendredi 7 mai 2027 à 0 h 00. Leurs");
    expect(message).toContain("saisies et annoncées aux candidats en heure de Paris");
    expect(message).not.toContain("Session 2024");
  });

  it("a deadline at exactly now has passed (deadlines are exclusive)", () => {
    expect(refusChangementFuseau("Europe/Paris", "Indian/Reunion", [session("S", NOW.toISOString())], NOW)).toBeNull();
  });
});

describe("the identity form (national admin)", () => {
  const base = { nom: " La Réunion ", timeZone: "Indian/Reunion", departements: "974", siteUrl: "" };

  it("reads what was typed", () => {
    expect(IdentiteAcademieSchema.parse(base)).toEqual({ nom: "La Réunion", timeZone: "Indian/Reunion", departements: ["974"], siteUrl: undefined });
  });

  it("refuses a zone not in the list, a bad département and an address that is no https page, each beside its field", () => {
    const r = IdentiteAcademieSchema.safeParse({ nom: "", timeZone: "Europe/London", departements: "974 20", siteUrl: "javascript:alert(1)" });
    expect(r.success).toBe(false);
    const champs = Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), plain(i.message)]));
    expect(champs).toEqual({
      nom: expect.stringContaining("Indiquez le nom de l'académie"),
      timeZone: "Choisissez un des fuseaux horaires de la liste.",
      departements: expect.stringContaining("« 20 » n'est pas un code de département"),
      siteUrl: expect.stringContaining("https://"),
    });
    for (const url of ["http://www.ac-exemple.fr", "https://localhost", "https://user:pw@www.ac-exemple.fr", "https://www.ac exemple.fr"])
      expect(IdentiteAcademieSchema.safeParse({ ...base, siteUrl: url }).success, url).toBe(false);
    expect(IdentiteAcademieSchema.parse({ ...base, siteUrl: "https://www.ac-reunion.fr/examens" }).siteUrl).toBe("https://www.ac-reunion.fr/examens");
  });

  it("refuses a forged post (a list, a number) in French", () => {
    const r = IdentiteAcademieSchema.safeParse({ nom: ["a", "b"], timeZone: 3, departements: 974 });
    expect(r.success).toBe(false);
    for (const issue of r.error?.issues ?? []) expect(issue.message).toMatch(/[a-zé]/);
  });
});

describe("the coordinates form (national admin and the académie's admin)", () => {
  it("keeps a multi-line postal address, each line trimmed, blank lines dropped", () => {
    expect(CoordonneesAcademieSchema.parse({ adressePostale: " Rectorat \r\n\r\n Division des examens\n 1 rue de l'Exemple \n", amenagementUrl: "" })).toEqual({
      adressePostale: "Rectorat\nDivision des examens\n1 rue de l'Exemple",
      amenagementUrl: undefined,
    });
    expect(CoordonneesAcademieSchema.parse({ adressePostale: " \n ", amenagementUrl: " " })).toEqual({ adressePostale: undefined, amenagementUrl: undefined });
  });

  it("refuses too many lines, a control character and a link that is no https page", () => {
    expect(CoordonneesAcademieSchema.safeParse({ adressePostale: Array.from({ length: 9 }, (_, i) => `Ligne ${i}`).join("\n") }).success).toBe(false);
    expect(CoordonneesAcademieSchema.safeParse({ adressePostale: "Rectorat\u0000" }).success).toBe(false);
    expect(CoordonneesAcademieSchema.safeParse({ amenagementUrl: "ftp://ac-exemple.fr" }).success).toBe(false);
  });
});

describe("a contact", () => {
  it("needs a label and a way to reach it; the telephone is written in pairs", () => {
    expect(ContactSchema.parse({ libelle: "Bureau DEC 3", email: "", telephone: "0262000000", ordre: "" })).toEqual({
      libelle: "Bureau DEC 3",
      email: undefined,
      telephone: "02 62 00 00 00",
      ordre: 0,
    });
    expect(ContactSchema.parse({ libelle: "Accueil", email: " examens@ac-exemple.invalid ", telephone: "+262 262 00 00 01", ordre: "2" })).toMatchObject({
      email: "examens@ac-exemple.invalid",
      telephone: "02 62 00 00 01",
      ordre: 2,
    });
    expect(ContactSchema.parse({ libelle: "SPM", telephone: "+508 41 00 00", ordre: "0" }).telephone).toBe("+508410000");
  });

  it("refuses each wrong field beside it, and a contact nobody can reach", () => {
    const champs = (input: Record<string, unknown>) =>
      Object.fromEntries((ContactSchema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), plain(i.message)]));
    expect(champs({ libelle: " ", email: "pas une adresse", telephone: "12", ordre: "1,5" })).toEqual({
      libelle: expect.stringContaining("Indiquez le libellé du contact"),
      email: expect.stringContaining("L'adresse mail n'est pas valide"),
      telephone: expect.stringContaining("Indiquez un numéro de téléphone français"),
      ordre: "Indiquez un rang entier entre 0 et 999.",
    });
    expect(champs({ libelle: "Accueil", email: "", telephone: "", ordre: "0" })).toEqual({ email: expect.stringContaining("adresse mail ou un numéro de téléphone") });
    expect(champs({ libelle: "Accueil", email: "a@b.fr", ordre: "1000" })).toEqual({ ordre: "Indiquez un rang entier entre 0 et 999." });
  });

  it("writes national numbers in pairs and leaves international ones", () => {
    expect(telephoneAffiche("0199000601")).toBe("01 99 00 06 01");
    expect(telephoneAffiche("+687123456")).toBe("+687123456");
  });
});

describe("audit before/after", () => {
  it("keeps only the fields that changed, and says when nothing did", () => {
    const avant: { nom: string; departements: string[]; siteUrl: string | null } = { nom: "Nice", departements: ["06", "83"], siteUrl: null };
    expect(differences(avant, { nom: "Nice", departements: ["06", "83"], siteUrl: null })).toBeNull();
    expect(differences(avant, { nom: "Nice", departements: ["06"], siteUrl: "https://www.ac-nice.fr" })).toEqual({
      before: { departements: ["06", "83"], siteUrl: null },
      after: { departements: ["06"], siteUrl: "https://www.ac-nice.fr" },
    });
  });
});

describe("refusals in French", () => {
  it("puts each refusal beside its field, or above the form", () => {
    expect(messageRefusAcademie({ code: "hors-perimetre" })).toEqual({ message: expect.stringContaining("pas dans votre périmètre") });
    expect(messageRefusAcademie({ code: "departements-pris", conflits: [{ departement: "54", academie: "Nancy-Metz" }] }).champ).toBe("departements");
    expect(messageRefusAcademie({ code: "fuseau-bloque", message: "…" })).toEqual({ champ: "timeZone", message: "…" });
  });
});
