import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { estIdentifiant } from "./identifiant";

describe("estIdentifiant", () => {
  it.each(["cmih2k3x40000abcd1234efgh", "abc", "a_b-c", "0".repeat(64)])("accepts %s", (id) => expect(estIdentifiant(id)).toBe(true));

  it.each(["", " ", "a b", "a\u0000b", "x\udfffy", "é", "../x", "a/b", "0".repeat(65), "%00"])("refuses %j", (id) => expect(estIdentifiant(id)).toBe(false));

  it.each([null, undefined, 12, ["abc"], { id: "abc" }])("refuses a non-string %j", (value) => expect(estIdentifiant(value)).toBe(false));

  test.prop([fc.string({ unit: "binary", maxLength: 80 })], { numRuns: 200 })("whatever it accepts is plain ASCII that PostgreSQL stores", (text) => {
    if (estIdentifiant(text)) expect(text).toMatch(/^[\x21-\x7e]+$/);
  });
});
