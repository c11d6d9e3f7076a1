// How the back office compares names: accents, case and punctuation aside ("Éloïse D'Aubigné" is
// found by "eloise d aubigne" and by "aubign"). The same function fills Candidature.nomTri and
// .recherche and normalises what a manager types.

/** Lower case, without diacritics (œ → oe, ß → ss), every run of non-letters one space. */
export function normaliserTexte(texte: string): string {
  return texte
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type NomsCandidat = { nomNaissance: string; nomUsage?: string | null; prenoms: string };

/** The sort key: the name the candidate goes by, then the given names. */
export function nomTri({ nomNaissance, nomUsage, prenoms }: NomsCandidat): string {
  return normaliserTexte(`${nomUsage?.trim() ? nomUsage : nomNaissance} ${prenoms}`);
}

/** Every name, for a substring search. */
export function texteRecherche({ nomNaissance, nomUsage, prenoms }: NomsCandidat): string {
  return normaliserTexte(`${nomNaissance} ${nomUsage ?? ""} ${prenoms}`);
}

/** The columns a candidature keeps of its candidate's names. */
export function colonnesNoms(noms: NomsCandidat): { nomTri: string; recherche: string } {
  return { nomTri: nomTri(noms), recherche: texteRecherche(noms) };
}
