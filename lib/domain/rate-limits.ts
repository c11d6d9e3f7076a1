// Rate limits of the public and password-checking forms [issue 7 §2]: one table, each number with
// its reason. Per-IP limits are generous because a lycée, a GRETA or a mission locale puts dozens
// of candidates behind one address (NAT) on the same evening; per-address and per-account limits
// are strict because they protect one person's mailbox or password. Sign-in keeps its own
// failure-counting rules (lib/domain/account/throttle.ts), listed here for the record.
import { zonedParts } from "./calendar";
import { fr, NBSP } from "./typographie";

export type RateLimitRule = {
  /** Requests allowed per window. */
  points: number;
  durationSeconds: number;
  why: string;
};

const MINUTE = 60;
const HOUR = 3600;

export const RATE_LIMITS = {
  "creation-compte:ip": {
    points: 100,
    durationSeconds: HOUR,
    why: "une classe entière (35 élèves) crée ses comptes depuis la même adresse en une heure, deux fois ; chaque essai coûte un hachage argon2",
  },
  "creation-compte:adresse": {
    points: 5,
    durationSeconds: HOUR,
    why: "une personne corrige au plus quelques fautes de frappe ; au-delà, quelqu'un inonde la boîte d'un tiers",
  },
  "lien-activation:ip": { points: 60, durationSeconds: HOUR, why: "un établissement où beaucoup attendent leur lien ; rien ne coûte cher, mais chaque demande envoie un courriel" },
  "lien-activation:adresse": { points: 3, durationSeconds: HOUR, why: "un nouveau lien suffit ; trois couvrent un courriel parti en indésirables" },
  "mot-de-passe-oublie:ip": { points: 60, durationSeconds: HOUR, why: "même raison que les liens d'activation : une adresse IP partagée par un établissement" },
  "mot-de-passe-oublie:adresse": { points: 3, durationSeconds: HOUR, why: "chaque lien annule le précédent ; trois par heure suffisent à une personne et protègent sa boîte" },
  "lien-jeton:ip": {
    points: 30,
    durationSeconds: 15 * MINUTE,
    why: "formulaires ouverts par un lien (nouveau mot de passe, invitation, activation, confirmation d'adresse) : un jeton de 256 bits ne se devine pas, 30 essais en 15 minutes suffisent à un établissement",
  },
  "changement-mot-de-passe:compte": { points: 5, durationSeconds: 15 * MINUTE, why: "vérifie le mot de passe actuel : cinq erreurs de frappe, pas une recherche du mot de passe d'une session restée ouverte" },
  "changement-mot-de-passe:ip": { points: 100, durationSeconds: 15 * MINUTE, why: "adresse IP partagée ; la limite stricte est celle du compte" },
  "changement-adresse:compte": { points: 5, durationSeconds: 15 * MINUTE, why: "vérifie le mot de passe actuel, comme le changement de mot de passe" },
  "changement-adresse:ip": { points: 100, durationSeconds: 15 * MINUTE, why: "adresse IP partagée ; la limite stricte est celle du compte" },
  "verification-document:ip": {
    points: 120,
    durationSeconds: 15 * MINUTE,
    why: "page publique /verifier : un code de 60 bits ne se devine pas, la limite empêche seulement d'essayer des codes en masse, tout en laissant un bureau des examens vérifier une pile de confirmations depuis une même adresse",
  },
  "verification-copie:ip": {
    points: 30,
    durationSeconds: 15 * MINUTE,
    why: "contrôle d'un fichier PDF déposé sur /verifier : chaque essai lit et hache jusqu'à 1 Mo, trente par quart d'heure suffisent à un bureau",
  },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** The sign-in rules, kept with their own failure counting (LoginAttempt rows). */
export const SIGN_IN_LIMITS = {
  compte: { failures: 10, windowMinutes: 15, lockMinutes: 15, why: "dix erreurs de frappe sont déjà beaucoup ; au-delà, on devine un mot de passe" },
  ip: { failures: 100, windowMinutes: 15, lockMinutes: 15, why: "un lycée derrière une seule adresse IP : un élève qui s'acharne ne bloque pas toute la classe" },
} as const;

/** "Réessayez dans 12 minutes, à partir de 14 h 32 (heure de Paris)." */
export function rateLimitMessage(retryAt: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  const p = zonedParts(retryAt, "Europe/Paris");
  const heure = `${p.hour}${NBSP}h${NBSP}${String(p.minute).padStart(2, "0")}`;
  const delai = minutes >= 120 ? `${Math.round(minutes / 60)} heures` : minutes === 1 ? "1 minute" : `${minutes} minutes`;
  return fr`Trop de demandes ont été faites en peu de temps. Par sécurité, réessayez dans ${delai}, à partir de ${heure} (heure de Paris). Rien n'a été enregistré.`;
}
