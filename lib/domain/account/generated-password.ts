import { checkPassword } from "./password";

// Letters and digits a person copies from a terminal without hesitating: no 0/O/o, 1/l/I.
export const GENERATED_PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
const GROUPS = 4;
const GROUP_LENGTH = 4;
// A candidate lacks an upper- or lower-case letter about once in 4,000 draws: 100 is never reached
// with a fair source, and a broken one fails loudly instead of looping.
const MAX_DRAWS = 100;

/**
 * A password for an account nobody chose one for (the demo accounts): four groups of four random
 * characters joined by "-" ("Xk7m-Pq4r-Tz9w-Hb2n", 19 characters, about 92 bits), drawn again
 * until it passes the portal's own rule. `randomInt(n)` returns an integer in [0, n): node's
 * crypto.randomInt in use, a fixed sequence in tests.
 */
export function generatePassword(randomInt: (max: number) => number): string {
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const groups = Array.from({ length: GROUPS }, () =>
      Array.from({ length: GROUP_LENGTH }, () => GENERATED_PASSWORD_ALPHABET.charAt(randomInt(GENERATED_PASSWORD_ALPHABET.length))).join(""),
    );
    const candidate = groups.join("-");
    if (checkPassword(candidate).ok) return candidate;
  }
  throw new Error(`No password passing the rule in ${MAX_DRAWS} draws: the random source is broken.`);
}
