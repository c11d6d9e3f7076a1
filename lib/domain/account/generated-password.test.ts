import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GENERATED_PASSWORD_ALPHABET, generatePassword } from "./generated-password";
import { checkPassword } from "./password";

/** A source that replays `values`, then repeats the last one. */
function sequence(values: readonly number[]): (max: number) => number {
  let i = 0;
  return (max) => (values[Math.min(i++, values.length - 1)] ?? 0) % max;
}

const A = GENERATED_PASSWORD_ALPHABET.indexOf("A");
const b = GENERATED_PASSWORD_ALPHABET.indexOf("b");
const seven = GENERATED_PASSWORD_ALPHABET.indexOf("7");

describe("generatePassword", () => {
  it("passes the portal's password rule every time, with crypto's source", () => {
    const seen = new Set<string>();
    for (let n = 0; n < 2000; n++) {
      const password = generatePassword(randomInt);
      expect(checkPassword(password), password).toMatchObject({ ok: true, length: 19 });
      expect(password).toMatch(/^[A-HJ-NP-Za-km-np-z2-9]{4}(?:-[A-HJ-NP-Za-km-np-z2-9]{4}){3}$/);
      seen.add(password);
    }
    expect(seen.size).toBe(2000);
  });

  it("writes the drawn characters in four groups of four", () => {
    const draws = [A, b, seven, A, b, seven, A, b, seven, A, b, seven, A, b, seven, A];
    expect(generatePassword(sequence(draws))).toBe("Ab7A-b7Ab-7Ab7-Ab7A");
  });

  it("draws again when a candidate breaks the rule (no lower-case letter here)", () => {
    const upperOnly = Array<number>(16).fill(A);
    const valid = [b, ...Array<number>(15).fill(A)];
    expect(generatePassword(sequence([...upperOnly, ...valid]))).toBe("bAAA-AAAA-AAAA-AAAA");
  });

  it("fails loudly on a source that never yields a valid password", () => {
    expect(() => generatePassword(() => seven)).toThrowError(/random source is broken/);
  });

  it("leaves out characters that read alike", () => {
    for (const c of "0Oo1lI") expect(GENERATED_PASSWORD_ALPHABET).not.toContain(c);
    expect(new Set(GENERATED_PASSWORD_ALPHABET).size).toBe(GENERATED_PASSWORD_ALPHABET.length);
  });
});
