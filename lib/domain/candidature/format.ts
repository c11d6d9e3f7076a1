export { fr } from "../typographie";

/** "12.5" → "12,5" (French decimal comma). */
export function formatNote(note: number): string {
  return String(note).replace(".", ",");
}

/** "l'académie " + deNom("Nice") → "de Nice"; deNom("Aix-Marseille") → "d’Aix-Marseille". */
export function deNom(nom: string): string {
  return /^[aeiouyàâéèêîôû]/i.test(nom) ? `d’${nom}` : `de ${nom}`;
}

/** ["danse", "demi-fond"] → "danse, demi-fond". */
export function liste(items: readonly string[]): string {
  return items.join(", ");
}
