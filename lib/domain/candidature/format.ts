export { deNom, fr } from "../typographie";

/** "12.5" → "12,5" (French decimal comma). */
export function formatNote(note: number): string {
  return String(note).replace(".", ",");
}

/** ["danse", "demi-fond"] → "danse, demi-fond". */
export function liste(items: readonly string[]): string {
  return items.join(", ");
}
