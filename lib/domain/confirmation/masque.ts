// The name as the public verification page shows it: enough for the holder of a paper copy to see
// that it is about the person in front of them, not enough to learn who registered ("C*** E***").

const graphemes = new Intl.Segmenter("fr", { granularity: "grapheme" });

/** The first letter as one reads it (ễ is one character whatever its Unicode form), then "***". */
function initiale(mot: string): string | null {
  const texte = mot.normalize("NFC").trim();
  for (const { segment } of graphemes.segment(texte)) if (/\p{L}/u.test(segment)) return `${segment.toLocaleUpperCase("fr")}***`;
  return null;
}

/**
 * "Camille Andrée" + "Exemple" → "C*** E***": the first given name and the family name (the
 * usage name when there is one, as on the document), each reduced to its initial.
 */
export function masquerNom({ prenoms, nom }: { prenoms: string; nom: string }): string {
  const premier = prenoms.trim().split(/[\s,]+/)[0] ?? "";
  return [initiale(premier), initiale(nom)].filter((x): x is string => x !== null).join(" ") || "***";
}
