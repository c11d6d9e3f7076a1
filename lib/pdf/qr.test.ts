import { describe, expect, it } from "vitest";
import { matrixToPath, pathToMatrix, qrMatrix, qrPath } from "./qr";

describe("the QR code as one filled path", () => {
  it("covers exactly the dark modules of qrcode's matrix, one rectangle per run", () => {
    const url = "https://candidats.example.fr/verifier/7KQ2-M9XD-4HTV";
    const matrix = qrMatrix(url);
    const { path, modules } = qrPath(url);
    expect(modules).toBe(matrix.length);
    expect(pathToMatrix(path, modules)).toEqual(matrix);
    // Only filled rectangles (M…h…v1h-…z): no stroke, which pdf-lib would render wrongly.
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
  });

  it("merges runs of dark modules", () => {
    expect(matrixToPath([[true, true, false, true], [false, false, false, false]])).toBe("M0 0h2v1h-2zM3 0h1v1h-1z");
  });
});
