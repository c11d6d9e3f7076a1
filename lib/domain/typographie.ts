// French typography for messages written naturally in the source:
// fr`Indiquez « Oui » : c'est requis.` → "Indiquez «\u00a0Oui\u00a0»\u00a0: c’est requis."
// Only literal parts change; interpolated values (what a person typed, a name) stay as they are.
export const NBSP = "\u00a0";

export function fr(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce((out, part, i) => out + typographie(part) + (i < values.length ? String(values[i]) : ""), "");
}

function typographie(text: string): string {
  return text
    .replace(/'/g, "’")
    .replace(/ ([:;!?»])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`);
}

/**
 * French typography for free text typed by an académie (informations, libellés): the typographic
 * apostrophe, and a non-breaking space before « : ; ! ? » and inside guillemets where an ordinary
 * space or none was typed.
 */
export function typographieFr(text: string): string {
  return text
    .replace(/(?<=\p{L})'(?=\p{L})/gu, "’")
    .replace(/[ \t\u202F]+([:;!?»])/g, `${NBSP}$1`)
    .replace(/«[ \t\u202F\u00A0]*/g, `«${NBSP}`)
    .replace(/([^\s\u00A0])»/g, `$1${NBSP}»`);
}

/** Elision before a vowel: deNom("Nice") → "de Nice", deNom("Aix-Marseille") → "d’Aix-Marseille". */
export function deNom(nom: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüœ]/i.test(nom) ? `d’${nom}` : `de ${nom}`;
}
