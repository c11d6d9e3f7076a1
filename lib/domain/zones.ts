// IANA time zones used by académies, with the French words shown to candidates.
// `label` follows a date ("… à 22 h 00, heure de Paris"); `lieu` completes "le 31 mars 2024 …".
export const ZONES = {
  "Europe/Paris": { label: "heure de Paris", lieu: "à Paris" },
  "Indian/Reunion": { label: "heure de La Réunion", lieu: "à La Réunion" },
  "Indian/Mayotte": { label: "heure de Mayotte", lieu: "à Mayotte" },
  "America/Martinique": { label: "heure de la Martinique", lieu: "en Martinique" },
  "America/Guadeloupe": { label: "heure de la Guadeloupe", lieu: "en Guadeloupe" },
  "America/Cayenne": { label: "heure de Guyane", lieu: "en Guyane" },
  "America/Miquelon": { label: "heure de Saint-Pierre-et-Miquelon", lieu: "à Saint-Pierre-et-Miquelon" },
  "Pacific/Noumea": { label: "heure de Nouvelle-Calédonie", lieu: "en Nouvelle-Calédonie" },
  "Pacific/Tahiti": { label: "heure de Polynésie française", lieu: "en Polynésie française" },
  "Pacific/Wallis": { label: "heure de Wallis-et-Futuna", lieu: "à Wallis-et-Futuna" },
  "America/St_Barthelemy": { label: "heure de Saint-Barthélemy", lieu: "à Saint-Barthélemy" },
  "America/Marigot": { label: "heure de Saint-Martin", lieu: "à Saint-Martin" },
} as const satisfies Record<string, { label: string; lieu: string }>;

export type Zone = keyof typeof ZONES;

export const KNOWN_ZONES = Object.keys(ZONES) as Zone[];

export function isKnownZone(zone: string): zone is Zone {
  return Object.hasOwn(ZONES, zone);
}

export function zoneLabel(zone: string): string {
  return isKnownZone(zone) ? ZONES[zone].label : `heure locale (${zone})`;
}

export function zoneLieu(zone: string): string {
  return isKnownZone(zone) ? ZONES[zone].lieu : `dans le fuseau ${zone}`;
}
