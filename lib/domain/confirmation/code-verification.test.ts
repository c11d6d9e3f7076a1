import { describe, expect, it } from "vitest";
import { ALPHABET, estCodeVerification, formatCodeVerification, normaliserCodeVerification } from "./code-verification";

describe("formatCodeVerification", () => {
  it("writes 60 random bits as three groups of four Crockford base32 characters", () => {
    expect(formatCodeVerification(new Uint8Array(8))).toBe("0000-0000-0000");
    expect(formatCodeVerification(new Uint8Array(8).fill(255))).toBe("ZZZZ-ZZZZ-ZZZZ");
    // 0x01 23 45 67 89 AB CD EF: 00000 00100 10001 10100 01010 11001 11100 01001 10101 01111 00110 11110 (1111)
    expect(formatCodeVerification(Uint8Array.from([0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef]))).toBe("04HM-ASW9-NF6Y");
  });

  it("never uses a letter that reads as another character (I, L, O, U)", () => {
    expect(ALPHABET).toHaveLength(32);
    expect(ALPHABET).not.toMatch(/[ILOU]/);
    for (let i = 0; i < 200; i += 1) {
      const code = formatCodeVerification(crypto.getRandomValues(new Uint8Array(8)));
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(estCodeVerification(code)).toBe(true);
    }
  });

  it("needs eight bytes", () => {
    expect(() => formatCodeVerification(new Uint8Array(7))).toThrow(RangeError);
  });
});

describe("normaliserCodeVerification", () => {
  it("reads a code as typed from paper: any case, spaces or dashes, O for 0, I and L for 1", () => {
    expect(normaliserCodeVerification("7kq2 m9xd 4htv")).toBe("7KQ2-M9XD-4HTV");
    expect(normaliserCodeVerification("7KQ2M9XD4HTV")).toBe("7KQ2-M9XD-4HTV");
    expect(normaliserCodeVerification(" 7KQ2–M9XD–4HTV ")).toBe("7KQ2-M9XD-4HTV");
    expect(normaliserCodeVerification("O1IL-0000-0000")).toBe("0111-0000-0000");
  });

  it("refuses what cannot be a code", () => {
    for (const bad of ["", "7KQ2-M9XD-4HT", "7KQ2-M9XD-4HTVX", "7KQ2-M9XD-4HTU", "../../etc/passwd", "7KQ2-M9XD-4HT%"]) expect(normaliserCodeVerification(bad), bad).toBeNull();
    expect(estCodeVerification("7kq2-m9xd-4htv")).toBe(false);
  });
});
