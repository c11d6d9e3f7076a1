import path from "node:path";

// The first page of a deposited PDF as a PNG, so that a manager checks a piece beside the decision
// without opening it [issue 9 §5]. pdf.js (legacy build, the one that runs on Node 20) draws on
// @napi-rs/canvas, which pdfjs-dist installs. The PDF is a candidate's: no eval, no system fonts;
// the file was already parsed once by pdf.js when it was accepted (lib/uploads/inspect-upload.ts).

/** Wide enough to read an identity document on screen, small enough to send quickly. */
const LARGEUR_PX = 900;

export async function apercuPremierePage(bytes: Uint8Array): Promise<Buffer> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const standardFontDataUrl = `${path.join(process.cwd(), "node_modules", "pdfjs-dist", "standard_fonts")}/`;
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, standardFontDataUrl, verbosity: 0 });
  try {
    const pdf = await task.promise;
    const page = await pdf.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: Math.min(3, LARGEUR_PX / base.width) });
    const fabrique = pdf.canvasFactory as { create(width: number, height: number): unknown };
    const { canvas, context } = fabrique.create(Math.ceil(viewport.width), Math.ceil(viewport.height)) as {
      canvas: { toBuffer(type: "image/png"): Buffer };
      context: CanvasRenderingContext2D;
    };
    await page.render({ canvasContext: context, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
    return canvas.toBuffer("image/png");
  } finally {
    await task.destroy();
  }
}
