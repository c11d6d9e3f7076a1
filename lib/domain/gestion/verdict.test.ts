import { describe, expect, it } from "vitest";
import { VerdictSchema, verdictsPossibles } from "./verdict";

const base = { candidatureId: "cm1abc", pieceCode: "CINSIG01" };

describe("the verdict form, checked on the server", () => {
  it("requires a comment for Non conforme, cleaned of control characters", () => {
    const r = VerdictSchema.safeParse({ ...base, verdict: "NON_CONFORME", commentaire: " \u0000 " });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["commentaire"], message: expect.stringContaining("obligatoire") });
    expect(VerdictSchema.parse({ ...base, verdict: "NON_CONFORME", commentaire: " Illisible\r\n " }).commentaire).toBe("Illisible");
  });

  it("refuses an unknown verdict, a forged piece code and a malformed date", () => {
    expect(VerdictSchema.safeParse({ ...base, verdict: "SUPPRIMER" }).success).toBe(false);
    expect(VerdictSchema.safeParse({ ...base, pieceCode: "'; DROP", verdict: "RECUE" }).success).toBe(false);
    expect(VerdictSchema.safeParse({ ...base, verdict: "RECUE", dateReception: "22/11/2026" }).success).toBe(false);
    expect(VerdictSchema.parse({ ...base, verdict: "RECUE", dateReception: "2026-11-22" })).toMatchObject({ suite: "dossier", attendu: "" });
  });

  it("keeps the queue's query only when it is one", () => {
    expect(VerdictSchema.parse({ ...base, verdict: "CONFORME", suite: "file", file: "portefeuille=0&apres=WyJ4Il0" }).file).toBe("portefeuille=0&apres=WyJ4Il0");
    expect(VerdictSchema.parse({ ...base, verdict: "CONFORME", suite: "file", file: "//evil.example/x" }).file).toBe("");
  });

  it("refuses a comment longer than the limit", () => {
    expect(VerdictSchema.safeParse({ ...base, verdict: "NON_CONFORME", commentaire: "x".repeat(1001) }).success).toBe(false);
  });
});

describe("the verdicts a form offers", () => {
  it("are the state machine's manager moves, nothing else", () => {
    expect(verdictsPossibles(["AJOUTER_FICHIER", "MARQUER_RECUE", "MARQUER_CONFORME"])).toEqual(["RECUE", "CONFORME"]);
    expect(verdictsPossibles([])).toEqual([]);
  });
});
