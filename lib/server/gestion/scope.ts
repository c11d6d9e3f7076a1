import "server-only";
import { notFound } from "next/navigation";
import type { AuditActor } from "@/lib/server/audit/record-audit-event";

// What a back-office page or action may reach: one académie, the staff member's own. Every service
// of lib/server/gestion takes a Scope and puts its académie in the query itself.

export type Scope = { academieId: string; accountId: string };

/** The scope of a gestionnaire or admin d'académie (after requireRole): a 404 for anyone without an académie. */
export function scopeOf(account: { id: string; role: string; academieId: string | null }): Scope {
  if ((account.role !== "GESTIONNAIRE" && account.role !== "ADMIN_ACADEMIE") || !account.academieId) notFound();
  return { academieId: account.academieId, accountId: account.id };
}

/** The audit actor of a scoped staff member. */
export function acteurOf(account: { id: string; role: AuditActor["role"]; academieId: string | null }): AuditActor {
  return { id: account.id, role: account.role, academieId: account.academieId };
}
