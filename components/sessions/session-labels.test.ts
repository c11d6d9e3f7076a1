import { describe, expect, it } from "vitest";
import { academieLabel, ETAT_DISPLAY, groupBy, groupSessionsByEtat, listeFr, telHref, textLines, typographieFr, type GroupableSession } from "./session-labels";

describe("academieLabel", () => {
  it("elides before a vowel and keeps « de » otherwise", () => {
    expect(academieLabel("Nancy-Metz")).toBe("Académie de Nancy-Metz");
    expect(academieLabel("Aix-Marseille")).toBe("Académie d’Aix-Marseille");
    expect(academieLabel("Orléans-Tours")).toBe("Académie d’Orléans-Tours");
    expect(academieLabel("Amiens")).toBe("Académie d’Amiens");
    expect(academieLabel("La Réunion")).toBe("Académie de La Réunion");
    expect(academieLabel("Besançon")).toBe("Académie de Besançon");
  });

  it("keeps a name that already says académie", () => {
    expect(academieLabel("académie de Lyon")).toBe("Académie de Lyon");
    expect(academieLabel("Académie de Lyon", false)).toBe("académie de Lyon");
  });

  it("starts in lower case inside a sentence", () => {
    expect(academieLabel("Nice", false)).toBe("académie de Nice");
    expect(academieLabel("Aix-Marseille", false)).toBe("académie d’Aix-Marseille");
  });
});

describe("ETAT_DISPLAY", () => {
  it("uses accented capitals", () => {
    expect(ETAT_DISPLAY.A_VENIR.badge).toBe("À venir");
    expect(ETAT_DISPLAY.OUVERTE.badge).toBe("Ouvertes");
    expect(ETAT_DISPLAY.CLOSE.badge).toBe("Closes");
  });
});

describe("groupSessionsByEtat", () => {
  const make = (nom: string, ordre: number, etat: GroupableSession["etat"], closes: string): GroupableSession & { id: string } => ({
    id: `${nom}-${ordre}`,
    etat,
    inscription: { opensAt: new Date("2023-10-01T00:00:00Z"), closesAt: new Date(closes) },
    academie: { nom },
    examen: { ordre },
  });

  it("orders open and upcoming sessions by académie then exam, closed ones most recent first", () => {
    const sessions = [
      make("Nice", 2, "OUVERTE", "2023-11-10T16:00:00Z"),
      make("Aix-Marseille", 1, "CLOSE", "2021-10-31T22:59:00Z"),
      make("Nice", 1, "OUVERTE", "2023-11-22T16:00:00Z"),
      make("Clermont-Ferrand", 1, "OUVERTE", "2023-12-01T16:00:00Z"),
      make("Nancy-Metz", 1, "CLOSE", "2023-12-06T21:00:00Z"),
      make("Orléans-Tours", 1, "A_VENIR", "2024-12-01T16:00:00Z"),
      make("Besançon", 1, "A_VENIR", "2024-12-01T16:00:00Z"),
    ];
    const { ouvertes, aVenir, closes } = groupSessionsByEtat(sessions);
    expect(ouvertes.map((s) => s.id)).toEqual(["Clermont-Ferrand-1", "Nice-1", "Nice-2"]);
    expect(aVenir.map((s) => s.id)).toEqual(["Besançon-1", "Orléans-Tours-1"]);
    expect(closes.map((s) => s.id)).toEqual(["Nancy-Metz-1", "Aix-Marseille-1"]);
  });

  it("does not reorder its input", () => {
    const sessions = [make("Nice", 1, "OUVERTE", "2023-11-22T16:00:00Z"), make("Aix-Marseille", 1, "OUVERTE", "2023-11-22T16:00:00Z")];
    groupSessionsByEtat(sessions);
    expect(sessions.map((s) => s.id)).toEqual(["Nice-1", "Aix-Marseille-1"]);
  });
});

describe("groupBy", () => {
  it("groups consecutive items sharing a key", () => {
    expect(groupBy(["a1", "a2", "b1", "a3"], (s) => s[0]!)).toEqual([
      { key: "a", items: ["a1", "a2"] },
      { key: "b", items: ["b1"] },
      { key: "a", items: ["a3"] },
    ]);
  });
});

describe("telHref", () => {
  it("writes French numbers in international form", () => {
    expect(telHref("01 99 00 13 01")).toBe("tel:+33199001301");
    expect(telHref("01.99.00.13.01")).toBe("tel:+33199001301");
    expect(telHref("+262 1 99 00")).toBe("tel:+26219900");
  });
});

describe("textLines", () => {
  it("splits on new lines and drops blank ones", () => {
    expect(textLines("Rectorat\n\n 1 rue de l’Exemple \r\n54000 Nancy")).toEqual(["Rectorat", "1 rue de l’Exemple", "54000 Nancy"]);
    expect(textLines(null)).toEqual([]);
  });
});

describe("listeFr", () => {
  it("joins with commas and « et »", () => {
    expect(listeFr([])).toBe("");
    expect(listeFr(["54"])).toBe("54");
    expect(listeFr(["54", "55"])).toBe("54 et 55");
    expect(listeFr(["54", "55", "57", "88"])).toBe("54, 55, 57 et 88");
  });
});

describe("typographieFr", () => {
  const nbsp = "\u00A0";
  it("puts a non-breaking space before double punctuation and inside guillemets", () => {
    expect(typographieFr("au plus tard le 9 décembre ; aucun autre mode : le courriel ! Pourquoi ?")).toBe(
      `au plus tard le 9 décembre${nbsp}; aucun autre mode${nbsp}: le courriel${nbsp}! Pourquoi${nbsp}?`,
    );
    expect(typographieFr("dans « Mes justificatifs »")).toBe(`dans «${nbsp}Mes justificatifs${nbsp}»`);
    expect(typographieFr("dans «Mes justificatifs»")).toBe(`dans «${nbsp}Mes justificatifs${nbsp}»`);
  });

  it("uses the typographic apostrophe between letters", () => {
    expect(typographieFr("L'organisation de l'examen")).toBe("L’organisation de l’examen");
    expect(typographieFr("'cité'")).toBe("'cité'");
  });

  it("leaves addresses, times and correct text alone", () => {
    for (const text of ["https://www.ac-nice.fr/examens", "de 9:00 à 17:00", `déjà juste${nbsp}: rien à faire`, `«${nbsp}Oui${nbsp}»`]) {
      expect(typographieFr(text)).toBe(text);
    }
  });
});
