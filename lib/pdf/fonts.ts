import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";

// DejaVu Sans (npm dejavu-fonts-ttf, Bitstream Vera licence in its LICENSE file): free, and it has
// what candidates' names and French typography need (Ł, ễ, ị, Ğ, Ø, « », U+00A0, U+202F). A user's
// machine has no Debian fonts, so the font travels with the npm package. Read from the project's
// node_modules (the portal runs from its root), once per process.

export type FontBytes = { regular: Uint8Array; bold: Uint8Array };

const FILES = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" } as const;

let loading: Promise<FontBytes> | undefined;

export function loadFonts(): Promise<FontBytes> {
  loading ??= (async () => {
    const dir = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
    try {
      const [regular, bold] = await Promise.all([readFile(path.join(dir, FILES.regular)), readFile(path.join(dir, FILES.bold))]);
      return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
    } catch (error) {
      throw new Error(`Police DejaVu Sans introuvable dans ${dir} (paquet npm dejavu-fonts-ttf) : lancez « npm ci ». ${(error as Error).message}`);
    }
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Raised instead of printing a character the font has no glyph for (it would print as an empty box). */
export class CaracteresNonImprimablesError extends Error {
  constructor(readonly caracteres: readonly string[]) {
    super(`Caractères absents de la police du document : ${caracteres.map((c) => `« ${c} » (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`).join(", ")}.`);
    this.name = "CaracteresNonImprimablesError";
  }
}

type GlyphFont = { hasGlyphForCodePoint(codePoint: number): boolean };

const checkers = new WeakMap<Uint8Array, GlyphFont>();

function checker(bytes: Uint8Array): GlyphFont {
  let font = checkers.get(bytes);
  if (!font) {
    font = fontkit.create(bytes) as unknown as GlyphFont;
    checkers.set(bytes, font);
  }
  return font;
}

// Spacing and control characters are drawn as a space or not at all.
const IGNORED = /[\n\r\t]/;

/**
 * The text as the font can print it: NFC first (one glyph for "ễ"), then, for a character the font
 * lacks, its compatibility decomposition when every part exists ("ﬁ" → "fi", a full-width "Ａ" →
 * "A"). Anything else is refused, never drawn as .notdef.
 */
export function imprimable(text: string, fonts: readonly Uint8Array[]): string {
  const glyphs = fonts.map(checker);
  const has = (c: string) => glyphs.every((f) => f.hasGlyphForCodePoint(c.codePointAt(0)!));
  let out = "";
  const missing = new Set<string>();
  for (const c of text.normalize("NFC")) {
    if (IGNORED.test(c) || has(c)) {
      out += c;
      continue;
    }
    const parts = [...c.normalize("NFKD")];
    if (parts.length > 0 && parts.join("") !== c && parts.every(has)) out += parts.join("");
    else missing.add(c);
  }
  if (missing.size > 0) throw new CaracteresNonImprimablesError([...missing]);
  return out;
}
