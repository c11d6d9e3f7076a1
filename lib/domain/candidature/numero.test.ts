import { describe, expect, it } from "vitest";
import { formatNumeroInscription, parseNumeroInscription, type NumeroInscription } from "./numero";

describe("numéro d'inscription", () => {
  it.each<[NumeroInscription, string]>([
    [{ annee: 2024, academieCode: "06", examen: "BAC_PRO", sequence: 123 }, "2024-06-BACPRO-000123"],
    [{ annee: 2024, academieCode: "12", examen: "BP", sequence: 1 }, "2024-12-BP-000001"],
    [{ annee: 2025, academieCode: "23", examen: "CAP", sequence: 999_999 }, "2025-23-CAP-999999"],
    [{ annee: 2024, academieCode: "02", examen: "MC", sequence: 42 }, "2024-02-MC-000042"],
  ])("%o ⇄ %s", (numero, text) => {
    expect(formatNumeroInscription(numero)).toBe(text);
    expect(parseNumeroInscription(text)).toEqual(numero);
  });

  it("is unique per session, académie, exam and sequence", () => {
    const base: NumeroInscription = { annee: 2024, academieCode: "06", examen: "BAC_PRO", sequence: 1 };
    const variants = [base, { ...base, sequence: 2 }, { ...base, academieCode: "12" }, { ...base, examen: "CAP" as const }, { ...base, annee: 2025 }];
    expect(new Set(variants.map(formatNumeroInscription)).size).toBe(variants.length);
  });

  it.each<[Partial<NumeroInscription>]>([[{ sequence: 0 }], [{ sequence: 1_000_000 }], [{ sequence: 1.5 }], [{ academieCode: "6" }], [{ academieCode: "2A" }], [{ annee: 24 }]])(
    "refuses to format %o",
    (change) => {
      expect(() => formatNumeroInscription({ annee: 2024, academieCode: "06", examen: "BAC_PRO", sequence: 1, ...change })).toThrow(RangeError);
    },
  );

  it("reads a number typed in lower case with spaces around", () => {
    expect(parseNumeroInscription(" 2024-06-bacpro-000123 ")).toEqual({ annee: 2024, academieCode: "06", examen: "BAC_PRO", sequence: 123 });
  });

  it.each(["", "2024-06-BAC_PRO-000123", "2024-06-BACPRO-123", "24-06-BACPRO-000123", "2024-06-BTS-000123", "2024-06-BACPRO-000000"])(
    "does not read %s",
    (text) => expect(parseNumeroInscription(text)).toBeNull(),
  );
});
