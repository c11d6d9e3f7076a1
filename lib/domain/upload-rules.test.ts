import { describe, expect, it } from "vitest";
import { hasPdfEnd, looksPolyglot, sanitizeFileName, typeFromName } from "./upload-rules";

describe("sanitizeFileName", () => {
  it.each([
    ["../../etc/passwd.pdf", "application/pdf", "passwd.pdf"],
    ["..\\..\\windows\\win.ini", "application/pdf", "win.pdf"],
    ["  .cache caché\u0000\u0007.jpeg ", "image/jpeg", "cache caché.jpg"],
    ["Relevé de notes — Łukasz Øyvind.PDF", "application/pdf", "Relevé de notes — Łukasz Øyvind.pdf"],
    ["", "image/jpeg", "document.jpg"],
    ["....", "application/pdf", "document.pdf"],
    [`${"a".repeat(300)}.pdf`, "application/pdf", `${"a".repeat(90)}.pdf`],
    ["e\u0301te\u0301.jpg", "image/jpeg", "été.jpg"],
  ] as const)("%j as %s → %j", (name, mime, expected) => {
    expect(sanitizeFileName(name, mime)).toBe(expected);
  });
});

describe("typeFromName", () => {
  it("reads .pdf, .jpg and .jpeg in any case, nothing else", () => {
    expect(["a.pdf", "a.PDF", "a.jpg", "a.JPEG", "a.png", "a", "a.pdf.exe"].map(typeFromName)).toEqual([
      "application/pdf",
      "application/pdf",
      "image/jpeg",
      "image/jpeg",
      null,
      null,
      null,
    ]);
  });
});

describe("looksPolyglot and hasPdfEnd", () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
  it("find another format's marker, or a PDF header away from the first byte", () => {
    expect(looksPolyglot(bytes("\xff\xd8\xff\xe0 ... \xff\xd9"), "image/jpeg")).toBe(false);
    expect(looksPolyglot(bytes("\xff\xd8\xff\xe0 ... \xff\xd9 motion-photo-video"), "image/jpeg")).toBe(false);
    expect(looksPolyglot(bytes("\xff\xd8 %PDF-1.4 ..."), "image/jpeg")).toBe(true);
    expect(looksPolyglot(bytes("\xff\xd8 <SCRIPT>"), "image/jpeg")).toBe(true);
    expect(looksPolyglot(bytes("%PDF-1.7 ... %%EOF"), "application/pdf")).toBe(false);
    expect(looksPolyglot(bytes("x%PDF-1.7 ... %%EOF"), "application/pdf")).toBe(true);
    expect(looksPolyglot(bytes("%PDF-1.7 <html> %%EOF"), "application/pdf")).toBe(true);
    expect(hasPdfEnd(bytes("%PDF-1.7 ... %%EOF\r\n"))).toBe(true);
    expect(hasPdfEnd(bytes("%PDF-1.7 ... 1 0 obj"))).toBe(false);
  });
});
