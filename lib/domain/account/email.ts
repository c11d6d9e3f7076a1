// One address, one account, whatever the case typed [issue 3]. Same rule as prisma/seed.ts.
export const EMAIL_MAX_LENGTH = 254;

/** " Nom.Prenom@Domaine.FR " → "nom.prenom@domaine.fr": the unique key (Account.emailNormalized). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// A pragmatic shape check (local@domain.tld, no spaces, one @): the activation mail is the real proof.
// No control character (\p{Cc}) nor unpaired surrogate (\p{Cs}): PostgreSQL cannot store a NUL.
const EMAIL_SHAPE = /^[^\s\p{Cc}\p{Cs}@<>()[\]\\,;:"]+@[^\s\p{Cc}\p{Cs}@<>()[\]\\,;:"_]+\.[^\s\p{Cc}\p{Cs}@<>()[\]\\,;:"_.]{2,}$/u;

export function isEmailShape(email: string): boolean {
  const trimmed = email.trim();
  return trimmed.length <= EMAIL_MAX_LENGTH && EMAIL_SHAPE.test(trimmed) && !trimmed.includes("..");
}
