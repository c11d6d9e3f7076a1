import { describe, expect, it } from "vitest";
import { isDecodablePath, undecodablePathResponse } from "./path";

describe("isDecodablePath", () => {
  it("accepts ordinary and accented addresses, refuses broken percent-encoding", () => {
    expect(["/", "/sessions/cmx2vt3x400b9", "/verifier/7KQ2-M9XD-4HTV", "/a%C3%A9b", "/x%20y"].every(isDecodablePath)).toBe(true);
    expect(["/sessions/%E9", "/sessions/%ED%A0%80", "/a/%", "/a/%zz"].some(isDecodablePath)).toBe(false);
  });
  it("answers a plain 404", async () => {
    const response = undecodablePathResponse();
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page introuvable");
  });
});
