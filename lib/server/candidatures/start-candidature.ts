import "server-only";
import { colonnesNoms } from "@/lib/domain/gestion/recherche";
import { getDb, type Db } from "@/lib/db";
import { windowState } from "@/lib/domain/calendar";
import { refusFenetre } from "@/lib/domain/candidature/fenetre";
import { fr } from "@/lib/domain/candidature/format";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { isUniqueViolation } from "@/lib/server/unique-violation";
import { findCandidature } from "./find-candidature";
import { inscriptionWindow, SESSION_SELECT, sessionsInscriptibles } from "./load-validation-context";
import type { Refus } from "./refus";

export type StartResult = { ok: true; candidatureId: string; existante: boolean } | Refus;

const SESSION_INTROUVABLE: Refus = {
  ok: false,
  formError: fr`Cette session est introuvable ou n'est plus publiée : choisissez-en une autre dans « M'inscrire ».`,
};

const HORS_PORTAIL: Refus = {
  ok: false,
  formError: fr`L'inscription à cet examen ne se fait pas encore sur ce portail : adressez-vous au service des examens de l'académie.`,
};

/**
 * "M'inscrire": after the Modalités d'inscription are accepted (checked by the action), a draft
 * for this session, whose window must be open. One candidature per account and session (hence
 * per exam and académie): asking again leads back to the existing one, even when two requests
 * race (a double click on "Commencer"). The draft starts at revision 0.
 */
export async function startCandidature(
  { accountId, sessionId }: { accountId: string; sessionId: string },
  { now, db }: { now: Date; db?: Db },
): Promise<StartResult> {
  if (!estIdentifiant(sessionId)) return SESSION_INTROUVABLE;
  const client = db ?? (await getDb());
  const existing = await findCandidature(accountId, sessionId, client);
  if (existing) return { ok: true, candidatureId: existing.id, existante: true };

  const session = await client.session.findFirst({ where: { id: sessionId, publiee: true }, select: SESSION_SELECT });
  if (!session) return SESSION_INTROUVABLE;
  const window = inscriptionWindow(session);
  const refus = refusFenetre(windowState(window, now), window, session.academie.timeZone);
  if (refus) return { ok: false, formError: refus };
  // Never start what cannot be finished: an exam without a catalogue has no spécialité to choose.
  if (!(await sessionsInscriptibles(client, [session])).has(session.id)) return HORS_PORTAIL;

  try {
    const candidature = await client.$transaction(async (tx) => {
      // The names are frozen once a candidature exists (update-identity.ts): copied once, for the back office.
      const noms = await tx.account.findUniqueOrThrow({ where: { id: accountId }, select: { nomNaissance: true, nomUsage: true, prenoms: true } });
      const created = await tx.candidature.create({
        data: { accountId, sessionId, academieId: session.academie.id, ...colonnesNoms(noms), configVersion: session.configVersion, modalitesAccepteesAt: now, createdAt: now },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor: { id: accountId, role: "CANDIDAT", academieId: null },
        action: "candidature.commencee",
        entityType: "Candidature",
        entityId: created.id,
        academieId: session.academie.id,
        after: { statut: "BROUILLON", modalitesAccepteesAt: now.toISOString() },
        at: now,
      });
      return created;
    });
    return { ok: true, candidatureId: candidature.id, existante: false };
  } catch (error) {
    // The same account starting twice at once: the unique (account, session) keeps one, whichever
    // form the driver gives the violation in.
    if (isUniqueViolation(error)) {
      const again = await findCandidature(accountId, sessionId, client);
      if (again) return { ok: true, candidatureId: again.id, existante: true };
    }
    throw error;
  }
}
