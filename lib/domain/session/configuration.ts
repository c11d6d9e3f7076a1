// What candidates choose from in a session, as the académie types it [issue 10 §2], and its
// versions [§3]: lists typed one item per line, the spécialités offered (none ticked: all of the
// exam), each piece's mode; a change of any of them makes a new configuration version, which the
// candidatures saved afterwards record. Pure.
import { fr } from "../typographie";
import type { ChoixOfferts } from "./impact";

export const LISTES_CHOIX = ["languesLva", "languesLvb", "languesLvf", "activitesEps", "activitesEpsAdaptees"] as const;
export type ListeChoix = (typeof LISTES_CHOIX)[number];

export const LIBELLES_LISTES: Record<ListeChoix, string> = {
  languesLva: "Langues vivantes obligatoires (LVA)",
  languesLvb: "Langues vivantes B (LVB)",
  languesLvf: "Langues vivantes facultatives",
  activitesEps: "Activités d’EPS",
  activitesEpsAdaptees: "Activités d’EPS adaptées",
};

export const MODES_PIECE = ["UPLOAD", "POSTAL", "AUCUN"] as const;
/** UPLOAD: deposited online; POSTAL: sent by post; AUCUN: not asked in this session. */
export type ModePieceSaisi = (typeof MODES_PIECE)[number];

export const ELEMENTS_MAX = 30;
export const ELEMENT_LONGUEUR_MAX = 80;
export const TEXTE_LONGUEUR_MAX = 2000;

export type Configuration = ChoixOfferts & {
  /** Codes diplôme; empty: every active spécialité of the exam. */
  specialitesOffertes: readonly string[];
  pieces: readonly { pieceCode: string; mode: "UPLOAD" | "POSTAL" }[];
};

export type ConfigurationSaisie = Record<ListeChoix, string> & {
  specialites: readonly string[];
  /** Piece code → mode as chosen. */
  pieces: Readonly<Record<string, string>>;
  adressePostale: string;
  amenagementUrl: string;
  informations: string;
};

export type ChampConfiguration = ListeChoix | "specialites" | "pieces" | "adressePostale" | "amenagementUrl" | "informations";

export type ResultatConfiguration =
  | { ok: true; configuration: Configuration; adressePostale: string | null; amenagementUrl: string | null; informations: string | null }
  | { ok: false; fieldErrors: Partial<Record<ChampConfiguration, string>> };

/** "Anglais\nEspagnol\n anglais " → ["Anglais", "Espagnol"]: one item per line, blanks and repeats (case aside) dropped. */
export function lireListe(texte: string): string[] {
  const vus = new Set<string>();
  const items: string[] = [];
  for (const ligne of texte.split(/\r?\n/)) {
    const item = ligne.replace(/\s+/g, " ").trim();
    const cle = item.toLocaleLowerCase("fr");
    if (item === "" || vus.has(cle)) continue;
    vus.add(cle);
    items.push(item);
  }
  return items;
}

const estUrl = (texte: string) => {
  try {
    const url = new URL(texte);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

/**
 * Checks what the académie typed against the exam's spécialités and the pieces catalogue, and
 * returns the configuration, or a French message beside each field.
 */
export function validerConfiguration(
  saisie: ConfigurationSaisie,
  references: { specialites: readonly string[]; pieces: readonly string[] },
): ResultatConfiguration {
  const fieldErrors: Partial<Record<ChampConfiguration, string>> = {};
  const listes = {} as Record<ListeChoix, string[]>;
  for (const champ of LISTES_CHOIX) {
    const items = lireListe(saisie[champ]);
    listes[champ] = items;
    if (items.length > ELEMENTS_MAX) fieldErrors[champ] = `Au plus ${ELEMENTS_MAX} éléments, un par ligne.`;
    else if (items.some((i) => i.length > ELEMENT_LONGUEUR_MAX)) fieldErrors[champ] = `Chaque élément compte au plus ${ELEMENT_LONGUEUR_MAX} caractères.`;
  }
  if (!fieldErrors.languesLva && listes.languesLva.length === 0) fieldErrors.languesLva = fr`Proposez au moins une langue vivante obligatoire : chaque spécialité en exige une.`;
  const inconnues = saisie.specialites.filter((s) => !references.specialites.includes(s));
  if (inconnues.length > 0) fieldErrors.specialites = fr`Spécialité inconnue pour cet examen : ${inconnues.join(", ")}. Rechargez la page et recommencez.`;

  const pieces: { pieceCode: string; mode: "UPLOAD" | "POSTAL" }[] = [];
  for (const [code, mode] of Object.entries(saisie.pieces)) {
    if (!references.pieces.includes(code) || !(MODES_PIECE as readonly string[]).includes(mode)) {
      fieldErrors.pieces = fr`Le mode d'une pièce n'est pas valide : rechargez la page et recommencez.`;
      break;
    }
    if (mode !== "AUCUN") pieces.push({ pieceCode: code, mode: mode as "UPLOAD" | "POSTAL" });
  }
  if (!fieldErrors.pieces && !pieces.some((p) => p.pieceCode === "CINSIG01"))
    fieldErrors.pieces = fr`La confirmation d'inscription datée et signée est toujours demandée : choisissez son mode (en ligne ou par voie postale).`;

  const adresse = saisie.adressePostale.trim();
  if (pieces.some((p) => p.mode === "POSTAL") && adresse === "")
    fieldErrors.adressePostale = fr`Des pièces sont envoyées par voie postale : indiquez l'adresse du service (avec la ligne de l'examen), ou laissez celle de l'académie en la recopiant ici.`;
  else if (adresse.length > 500) fieldErrors.adressePostale = "L’adresse compte au plus 500 caractères.";
  const amenagement = saisie.amenagementUrl.trim();
  if (amenagement !== "" && (!estUrl(amenagement) || amenagement.length > 500))
    fieldErrors.amenagementUrl = "Saisissez une adresse web complète, commençant par https://.";
  const informations = saisie.informations.trim();
  if (informations.length > TEXTE_LONGUEUR_MAX) fieldErrors.informations = `Le texte compte au plus ${TEXTE_LONGUEUR_MAX} caractères.`;

  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return {
    ok: true,
    configuration: { ...listes, specialitesOffertes: [...new Set(saisie.specialites)].sort(), pieces: pieces.sort((a, b) => a.pieceCode.localeCompare(b.pieceCode)) },
    adressePostale: adresse === "" ? null : adresse,
    amenagementUrl: amenagement === "" ? null : amenagement,
    informations: informations === "" ? null : informations,
  };
}

const memeListe = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether candidates would choose from something else: a new configuration version. */
export function configurationChangee(avant: Configuration, apres: Configuration): boolean {
  if (LISTES_CHOIX.some((l) => !memeListe(avant[l], apres[l]))) return true;
  if (!memeListe([...avant.specialitesOffertes].sort(), [...apres.specialitesOffertes].sort())) return true;
  const cle = (p: Configuration["pieces"]) => p.map((x) => `${x.pieceCode}:${x.mode}`).sort();
  return !memeListe(cle(avant.pieces), cle(apres.pieces));
}

/** The configuration as text for the admin's form (one item per line). */
export function listeEnTexte(items: readonly string[]): string {
  return items.join("\n");
}
