import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { apercuPremierePage } from "./apercu";

describe("the first page of a PDF as an image", () => {
  it("draws it as a PNG about 900 px wide, with its ink", async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]).drawRectangle({ x: 0, y: 421, width: 595, height: 421 });
    doc.addPage([595, 842]);
    const png = await apercuPremierePage(await doc.save());
    const { width, height, format } = await sharp(png).metadata();
    expect({ format, width }).toEqual({ format: "png", width: 900 });
    expect(height).toBeGreaterThan(1200);
    // The top half is the black rectangle, the bottom half white.
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const pixel = (y: number) => data[(y * info.width + 450) * info.channels]!;
    expect(pixel(100)).toBeLessThan(50);
    expect(pixel(info.height - 100)).toBeGreaterThan(200);
  });

  it("refuses what is not a PDF", async () => {
    await expect(apercuPremierePage(new TextEncoder().encode("pas un PDF"))).rejects.toThrow();
  });
});
