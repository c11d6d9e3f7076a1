// The verification code printed on a confirmation d'inscription and carried by its QR code: 12
// characters of Crockford's base32 (no I, L, O, U: nothing to confuse when read aloud or typed
// from paper), shown in three groups, "7KQ2-M9XD-4HTV". 60 random bits: a code cannot be guessed,
// and the public page that reads it is rate-limited per address.

export const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 12;
const GROUP = 4;

/** 8 random bytes (or more; the first 60 bits are used) → "7KQ2-M9XD-4HTV". */
export function formatCodeVerification(random: Uint8Array): string {
  if (random.length < 8) throw new RangeError("Il faut au moins 8 octets aléatoires.");
  let bits = 0n;
  for (const byte of random.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  let chars = "";
  for (let i = 0; i < LENGTH; i += 1) chars += ALPHABET[Number((bits >> BigInt(64 - 5 * (i + 1))) & 31n)];
  return groupes(chars);
}

function groupes(chars: string): string {
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP) parts.push(chars.slice(i, i + GROUP));
  return parts.join("-");
}

/**
 * What someone typed or scanned, as the stored form, or null when it cannot be a code: case,
 * spaces and dashes do not matter, and the letters Crockford reads as digits are read so
 * (O → 0, I and L → 1).
 */
export function normaliserCodeVerification(input: string): string | null {
  const chars = input
    .toUpperCase()
    .replace(/[\s\-‐‑–—]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (chars.length !== LENGTH || ![...chars].every((c) => ALPHABET.includes(c))) return null;
  return groupes(chars);
}

/** True for a code in its stored form ("7KQ2-M9XD-4HTV"). */
export function estCodeVerification(value: string): boolean {
  return normaliserCodeVerification(value) === value;
}
