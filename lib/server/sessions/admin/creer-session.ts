import "server-only";
import type { ExamenCode } from "@prisma/client";
import type { Db } from "@/lib/db";
import { validerCalendrier, type CalendrierSaisi, type ChampCalendrier } from "@/lib/domain/session/calendrier";
import { fr } from "@/lib/domain/typographie";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import type { Scope } from "@/lib/server/gestion/scope";
import { isUniqueViolation } from "@/lib/server/unique-violation";
import { colonnesCalendrier } from "./colonnes-calendrier";
import { configurationDe, CONFIGURATION_SELECT, enregistrerVersion } from "./configuration-session";

export type ChampCreation = ChampCalendrier | "examen" | "annee" | "libelle";
export type SaisieCreation = { examen: ExamenCode; annee: number; libelle: string; calendrier: Partial<CalendrierSaisi> };
export type ResultatCreation = { ok: true; sessionId: string } | { ok: false; fieldErrors: Partial<Record<ChampCreation, string>>; formError?: string };

/**
 * A new session of the caller's académie [issue 10 §1], unpublished: its calendar typed in the
 * académie's zone; what candidates choose from copied from the académie's latest session of the same
 * exam (or of any exam), to be reviewed before publishing.
 */
export async function creerSession(db: Db, saisie: SaisieCreation, ctx: { scope: Scope; acteur: AuditActor; now: Date; ip?: string | null }): Promise<ResultatCreation> {
  const [academie, examen] = await Promise.all([
    db.academie.findUniqueOrThrow({ where: { id: ctx.scope.academieId }, select: { id: true, timeZone: true } }),
    db.examen.findUnique({ where: { code: saisie.examen }, select: { id: true, libelle: true } }),
  ]);
  if (!examen) return { ok: false, fieldErrors: { examen: "Choisissez un examen de la liste." } };
  const calendrier = validerCalendrier(saisie.calendrier, academie.timeZone);
  if (!calendrier.ok) return { ok: false, fieldErrors: calendrier.fieldErrors };

  const modele =
    (await db.session.findFirst({ where: { academieId: academie.id, examenId: examen.id }, orderBy: { annee: "desc" }, select: CONFIGURATION_SELECT })) ??
    (await db.session.findFirst({ where: { academieId: academie.id }, orderBy: { annee: "desc" }, select: CONFIGURATION_SELECT }));
  const pieces = modele ? modele.pieces : (await db.pieceType.findMany({ select: { code: true } })).map((p) => ({ pieceCode: p.code, mode: "UPLOAD" as const }));
  const configuration = modele ? configurationDe(modele) : null;

  try {
    const sessionId = await db.$transaction(async (tx) => {
      const session = await tx.session.create({
        data: {
          academieId: academie.id,
          examenId: examen.id,
          annee: saisie.annee,
          libelle: saisie.libelle,
          publiee: false,
          ...colonnesCalendrier(calendrier.instants, saisie.calendrier),
          languesLva: [...(configuration?.languesLva ?? [])],
          languesLvb: [...(configuration?.languesLvb ?? [])],
          languesLvf: [...(configuration?.languesLvf ?? [])],
          activitesEps: [...(configuration?.activitesEps ?? [])],
          activitesEpsAdaptees: [...(configuration?.activitesEpsAdaptees ?? [])],
          pieces: { create: pieces.map((p) => ({ pieceCode: p.pieceCode, mode: p.mode })) },
        },
        select: CONFIGURATION_SELECT,
      });
      await enregistrerVersion(tx, session.id, session.configVersion, configurationDe(session), ctx.acteur.id);
      await recordAuditEvent(tx, {
        actor: ctx.acteur,
        action: "session.creee",
        entityType: "Session",
        entityId: session.id,
        academieId: academie.id,
        after: { examen: saisie.examen, annee: saisie.annee, libelle: saisie.libelle, calendrier: saisie.calendrier },
        ip: ctx.ip ?? null,
        at: ctx.now,
      });
      return session.id;
    });
    return { ok: true, sessionId };
  } catch (error) {
    if (isUniqueViolation(error))
      return { ok: false, fieldErrors: { annee: fr`Votre académie a déjà une session ${saisie.annee} de cet examen : modifiez-la plutôt.` } };
    throw error;
  }
}
