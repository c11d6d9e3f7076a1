import "server-only";
import { Prisma } from "@prisma/client";

/**
 * A unique constraint refused the write (two requests racing for one address, or one account
 * starting the same candidature twice). Prisma maps it to P2002 on PostgreSQL (adapter-pg);
 * through pglite-prisma-adapter, inside a transaction, it arrives unmapped as a DriverAdapterError
 * whose cause carries PostgreSQL's code 23505 (measured on pglite-prisma-adapter 0.6.1). Both forms
 * are recognised here, so callers never test one of them alone.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2002";
  const cause = (error as { cause?: { kind?: string; code?: string; originalCode?: string } } | null)?.cause;
  return cause?.kind === "UniqueConstraintViolation" || cause?.code === "23505" || cause?.originalCode === "23505";
}
