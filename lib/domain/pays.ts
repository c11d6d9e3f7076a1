// Countries for "Pays de naissance *" (and any country list): ISO 3166-1 alpha-2 codes, named in
// French by the runtime's ICU (Intl.DisplayNames), France first, then French alphabetical order.
// The French overseas territories are not separate countries of birth or residence: someone born in
// Guadeloupe or Nouméa is born in France (INSEE codes them as French communes), so they are left out.

// ISO 3166-1 alpha-2, 249 codes (2024), plus XK (Kosovo, user-assigned code used by the EU and ICU).
const ISO_3166_1 =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
  "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
  "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
  "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
  "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

export const ISO_COUNTRY_CODES: readonly string[] = ISO_3166_1.split(" ");

/** Départements and collectivités d'outre-mer, and the TAAF: part of France. */
export const FRENCH_OVERSEAS_CODES: readonly string[] = ["BL", "GF", "GP", "MF", "MQ", "NC", "PF", "PM", "RE", "TF", "WF", "YT"];

export type Pays = { code: string; nom: string };

// ICU's names where they read oddly in a list of countries of birth.
const NOMS_USUELS: Record<string, string> = { HK: "Hong Kong", MO: "Macao" };

let cached: readonly Pays[] | undefined;

export function listPays(): readonly Pays[] {
  if (cached) return cached;
  const names = new Intl.DisplayNames(["fr"], { type: "region", fallback: "none" });
  const codes = [...ISO_COUNTRY_CODES.filter((c) => !FRENCH_OVERSEAS_CODES.includes(c)), "XK"];
  const pays = codes.map((code) => ({ code, nom: NOMS_USUELS[code] ?? names.of(code) ?? code }));
  const collator = new Intl.Collator("fr", { sensitivity: "base" });
  const france = pays.filter((p) => p.code === "FR");
  const autres = pays.filter((p) => p.code !== "FR").sort((a, b) => collator.compare(a.nom, b.nom));
  cached = [...france, ...autres];
  return cached;
}

export function isPaysCode(code: string): boolean {
  return listPays().some((p) => p.code === code);
}

/** "FR" → "France"; an unknown code is shown as it is. */
export function nomPays(code: string): string {
  return listPays().find((p) => p.code === code)?.nom ?? code;
}
