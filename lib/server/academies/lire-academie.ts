import "server-only";
import type { Db } from "@/lib/db";
import { sessionsNonTerminees } from "@/lib/domain/gestion/academies";
import type { AuditActor } from "@/lib/server/audit/record-audit-event";
import { academieDansPerimetre } from "./perimetre";

/**
 * The académie `code` as its page shows it, or null when the actor may not edit it (the page
 * answers 404): its fields, contacts, admins d'académie with their state, and the sessions whose
 * calendar still runs (they hold its zone).
 */
export async function lireAcademie(db: Db, actor: AuditActor, code: string, now: Date) {
  const atteinte = await academieDansPerimetre(db, actor, code);
  if (!atteinte) return null;
  const academie = await db.academie.findUniqueOrThrow({
    where: { id: atteinte.id },
    select: {
      id: true,
      code: true,
      nom: true,
      timeZone: true,
      departements: true,
      adressePostale: true,
      amenagementUrl: true,
      siteUrl: true,
      contacts: { select: { id: true, libelle: true, email: true, telephone: true, ordre: true }, orderBy: [{ ordre: "asc" }, { libelle: "asc" }, { id: "asc" }] },
      staff: {
        where: { role: "ADMIN_ACADEMIE" },
        select: { id: true, email: true, prenoms: true, nomNaissance: true, nomUsage: true, activatedAt: true, disabledAt: true },
        orderBy: [{ nomNaissance: "asc" }, { prenoms: "asc" }, { id: "asc" }],
      },
      sessions: {
        select: { id: true, libelle: true, inscriptionCloture: true, depotCloture: true, confirmationLimite: true, epsDate: true, examen: { select: { libelle: true } } },
      },
    },
  });
  const { staff, sessions, ...reste } = academie;
  return {
    ...reste,
    acces: atteinte.acces,
    administrateurs: staff.map((s) => ({
      id: s.id,
      nom: `${s.prenoms} ${s.nomUsage ?? s.nomNaissance}`,
      email: s.email,
      etat: s.disabledAt ? ("DESACTIVE" as const) : s.activatedAt ? ("ACTIF" as const) : ("INVITE" as const),
      activatedAt: s.activatedAt,
    })),
    sessionsEnCours: sessionsNonTerminees(
      sessions.map((s) => ({ ...s, examen: s.examen.libelle })),
      now,
    ),
  };
}

export type AcademieDetail = NonNullable<Awaited<ReturnType<typeof lireAcademie>>>;
