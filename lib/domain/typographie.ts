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
