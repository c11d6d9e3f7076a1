import "server-only";
import type { AuditActor } from "@/lib/server/audit/record-audit-event";

/**
 * The catalogue of the four exams is national: only the national admin reads its back-office
 * pages and changes it. Every service checks it itself (a server action can be posted directly).
 */
export function estAdminNational(actor: AuditActor): boolean {
  return actor.role === "ADMIN_NATIONAL";
}
