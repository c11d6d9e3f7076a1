// One address, one account, whatever the case typed [issue 3]. Same rule as prisma/seed.ts.
export const EMAIL_MAX_LENGTH = 254;

/** " Nom.Prenom@Domaine.FR " → "nom.prenom@domaine.fr": the unique key (Account.emailNormalized). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// A pragmatic shape check (local@domain.tld, no spaces, one @): the activation mail is the real proof.
const EMAIL_SHAPE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"_]+\.[^\s@<>()[\]\\,;:"_.]{2,}$/u;

export function isEmailShape(email: string): boolean {
  const trimmed = email.trim();
  return trimmed.length <= EMAIL_MAX_LENGTH && EMAIL_SHAPE.test(trimmed) && !trimmed.includes("..");
}
