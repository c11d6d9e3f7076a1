// Who may do what with accounts [issue 3 §6]: candidates sign up themselves; staff accounts
// (gestionnaire of one académie, admin d'académie, admin national) are only created by invitation.
import { deNom } from "../typographie";

export const ROLES = ["CANDIDAT", "GESTIONNAIRE", "ADMIN_ACADEMIE", "ADMIN_NATIONAL"] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ["GESTIONNAIRE", "ADMIN_ACADEMIE", "ADMIN_NATIONAL"] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  CANDIDAT: "Candidat",
  GESTIONNAIRE: "Gestionnaire",
  ADMIN_ACADEMIE: "Administrateur d’académie",
  ADMIN_NATIONAL: "Administrateur national",
};

export function isStaff(role: Role): role is StaffRole {
  return role !== "CANDIDAT";
}

export type Actor = { role: Role; academieId: string | null };

/** Gestionnaires and admins of that académie, and national admins. */
export function canManageAcademie(actor: Actor, academieId: string): boolean {
  if (actor.role === "ADMIN_NATIONAL") return true;
  return (actor.role === "GESTIONNAIRE" || actor.role === "ADMIN_ACADEMIE") && actor.academieId === academieId;
}

export function canInviteStaff(actor: Actor): boolean {
  return actor.role === "ADMIN_ACADEMIE" || actor.role === "ADMIN_NATIONAL";
}

/** The roles an actor may give, in display order. */
export function invitableRoles(actor: Actor): StaffRole[] {
  if (actor.role === "ADMIN_NATIONAL") return ["GESTIONNAIRE", "ADMIN_ACADEMIE", "ADMIN_NATIONAL"];
  if (actor.role === "ADMIN_ACADEMIE") return ["GESTIONNAIRE", "ADMIN_ACADEMIE"];
  return [];
}

export type InvitationTarget = { role: StaffRole; academieId: string | null };
export type InvitationRefusal = "role-interdit" | "academie-requise" | "academie-interdite" | "hors-academie";

/**
 * An admin d'académie invites gestionnaires and admins of their own académie; a national admin
 * invites anyone. Académie roles need an académie, the national role has none.
 */
export function checkInvitation(actor: Actor, target: InvitationTarget): { ok: true } | { ok: false; refusal: InvitationRefusal } {
  if (!invitableRoles(actor).includes(target.role)) return { ok: false, refusal: "role-interdit" };
  if (target.role === "ADMIN_NATIONAL") return target.academieId === null ? { ok: true } : { ok: false, refusal: "academie-interdite" };
  if (target.academieId === null) return { ok: false, refusal: "academie-requise" };
  if (actor.role === "ADMIN_ACADEMIE" && actor.academieId !== target.academieId) return { ok: false, refusal: "hors-academie" };
  return { ok: true };
}

/** Where a person lands after signing in. */
export function homeFor(role: Role): string {
  return isStaff(role) ? "/gestion" : "/mon-compte";
}

/** "Clermont-Ferrand" → "académie de Clermont-Ferrand", "Aix-Marseille" → "académie d'Aix-Marseille". */
export function academieNom(nom: string): string {
  return `académie ${deNom(nom)}`;
}
