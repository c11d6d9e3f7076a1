// French typography for user-facing messages, so they can be written naturally in the source:
// fr`Choisissez « Oui » : c'est requis.` → "Choisissez «\u00a0Oui\u00a0»\u00a0: c’est requis."
// Only the literal parts are touched; interpolated values are inserted as they are.
export function fr(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, part, i) => out + typographie(part) + (i < values.length ? String(values[i]) : ""), "");
}

function typographie(text: string): string {
  return text
    .replace(/'/g, "’")
    .replace(/ ([:;!?»])/g, "\u00a0$1")
    .replace(/« /g, "«\u00a0");
}

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
