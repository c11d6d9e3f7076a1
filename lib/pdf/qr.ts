import QRCode from "qrcode";

// The QR code drawn as ONE filled vector path, built from qrcode's module matrix: qrcode's own SVG
// strokes its lines, which pdf-lib's drawSvgPath renders wrongly (the code does not scan, notes
// §4). Each run of dark modules in a row is a rectangle "M{x} {y}h{n}v1h-{n}z", in module units.

export type QrPath = { path: string; modules: number };

/** Dark modules of `text` (error correction M), row by row. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const rows: boolean[][] = [];
  for (let r = 0; r < modules.size; r += 1) {
    const row: boolean[] = [];
    for (let c = 0; c < modules.size; c += 1) row.push(modules.get(r, c) === 1);
    rows.push(row);
  }
  return rows;
}

export function matrixToPath(matrix: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  matrix.forEach((row, r) => {
    for (let c = 0; c < row.length; ) {
      if (!row[c]) {
        c += 1;
        continue;
      }
      let n = 1;
      while (row[c + n]) n += 1;
      parts.push(`M${c} ${r}h${n}v1h-${n}z`);
      c += n;
    }
  });
  return parts.join("");
}

/** The inverse of matrixToPath, for tests: which modules the path fills. */
export function pathToMatrix(path: string, size: number): boolean[][] {
  const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, c, r, n] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) for (let i = 0; i < Number(n); i += 1) matrix[Number(r)]![Number(c) + i] = true;
  return matrix;
}

export function qrPath(text: string): QrPath {
  const matrix = qrMatrix(text);
  return { path: matrixToPath(matrix), modules: matrix.length };
}
