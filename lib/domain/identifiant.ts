// The identifiers the portal makes (cuid, as Prisma's @default(cuid())) and what may pass for one.
// An id read from a URL or a forged post that cannot be one reads as unknown without a query:
// PostgreSQL refuses a NUL in text, and Prisma an unpaired surrogate — each a 500 otherwise.

const IDENTIFIANT = /^[A-Za-z0-9_-]{1,64}$/;

export function estIdentifiant(value: unknown): value is string {
  return typeof value === "string" && IDENTIFIANT.test(value);
}
