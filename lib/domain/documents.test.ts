import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPE_LIBELLES, DOCUMENT_TYPES, tailleFr } from "./documents";

describe("documents", () => {
  it("names every document type", () => {
    for (const type of DOCUMENT_TYPES) expect(DOCUMENT_TYPE_LIBELLES[type].length).toBeGreaterThan(3);
  });
  it("writes sizes in French", () => {
    expect([512, 22_528, 1_468_006].map(tailleFr)).toEqual(["512\u00a0o", "22\u00a0Ko", "1,4\u00a0Mo"]);
  });
});
