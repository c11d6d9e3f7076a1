import { describe, expect, it } from "vitest";
import { desinscriptionSchema, modalitesSchema } from "./demarches";
import { toFieldErrors } from "./fields";

describe("confirmations", () => {
  it("requires the Modalités box ticked and a session", () => {
    expect(modalitesSchema.safeParse({ sessionId: "abc", modalitesAcceptees: "on" }).success).toBe(true);
    const refused = modalitesSchema.safeParse({ sessionId: "" });
    expect(refused.success ? [] : toFieldErrors(refused.error.issues).map((e) => e.field)).toEqual(["sessionId", "modalitesAcceptees"]);
  });

  it("requires the désinscription confirmed", () => {
    expect(desinscriptionSchema.safeParse({ confirmation: "on" }).success).toBe(true);
    expect(desinscriptionSchema.safeParse({}).success).toBe(false);
  });
});
