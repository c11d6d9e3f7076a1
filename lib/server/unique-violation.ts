import "server-only";
import { Prisma } from "@prisma/client";

/**
 * A unique constraint refused the write (two requests racing for one address). Prisma maps it to
 * P2002 on PostgreSQL; through pglite-prisma-adapter inside a transaction it arrives as the
 * adapter's own error with PostgreSQL's code 23505.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  const cause = (error as { cause?: { kind?: string; code?: string; originalCode?: string } } | null)?.cause;
  return cause?.kind === "UniqueConstraintViolation" || cause?.code === "23505" || cause?.originalCode === "23505";
}
