import "server-only";
import type { Db } from "@/lib/db";
import { instantLocal } from "@/lib/domain/candidature/fenetre";
import { ACTION_ANNULATION_RETIREE, peutRetablir } from "@/lib/domain/gestion/operations";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { deNom, fr } from "@/lib/domain/typographie";
import { sendJob } from "@/lib/jobs/boss";
import { renderMail } from "@/lib/mail";
import { appUrl } from "@/lib/server/accounts/mails";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import type { Scope } from "./scope";

export type RetablissementRefus = "HORS_ACADEMIE" | "NON_ANNULEE" | "ROLE";

/**
 * An admin d'académie withdraws an annulation [issue 9 §7]: the candidature is registered again
 * (ANNULEE → ENREGISTREE), its annulation date and reason cleared, the reason of the withdrawal
 * recorded in the audit trail with what was there before, and the candidate told by mail. The
 * letter of annulation stays in Mes documents, for the record.
 */
export async function retablirCandidature(
  { scope, actor }: { scope: Scope; actor: AuditActor },
  { candidatureId, raison }: { candidatureId: string; raison: string },
  { now, db }: { now: Date; db: Db },
): Promise<{ ok: true } | { ok: false; code: RetablissementRefus }> {
  if (actor.role !== "ADMIN_ACADEMIE") return { ok: false, code: "ROLE" };
  if (!estIdentifiant(candidatureId)) return { ok: false, code: "HORS_ACADEMIE" };
  return db.$transaction(async (tx) => {
    const c = await tx.candidature.findFirst({
      where: { id: candidatureId, academieId: scope.academieId },
      select: {
        id: true,
        statut: true,
        annuleeAt: true,
        motifAnnulation: true,
        account: { select: { email: true, prenoms: true } },
        session: { select: { libelle: true, examen: { select: { libelle: true } }, academie: { select: { nom: true, timeZone: true } } } },
      },
    });
    if (!c) return { ok: false, code: "HORS_ACADEMIE" } as const;
    if (!peutRetablir(c.statut, actor.role)) return { ok: false, code: "NON_ANNULEE" } as const;
    const fait = await tx.candidature.updateMany({
      where: { id: c.id, academieId: scope.academieId, statut: "ANNULEE" },
      data: { statut: "ENREGISTREE", annuleeAt: null, motifAnnulation: null, revision: { increment: 1 } },
    });
    if (fait.count !== 1) return { ok: false, code: "NON_ANNULEE" } as const;
    await recordAuditEvent(tx, {
      actor,
      action: ACTION_ANNULATION_RETIREE,
      entityType: "Candidature",
      entityId: c.id,
      academieId: scope.academieId,
      before: { statut: "ANNULEE", annuleeAt: c.annuleeAt?.toISOString() ?? null, motifAnnulation: c.motifAnnulation },
      after: { statut: "ENREGISTREE", raison },
      at: now,
    });
    const { text, html } = renderMail({
      title: "Votre inscription est rétablie",
      paragraphs: [
        `Bonjour ${c.account.prenoms},`,
        fr`L'annulation de votre inscription (${c.session.examen.libelle}, ${c.session.libelle}, académie ${deNom(c.session.academie.nom)}) a été retirée le ${instantLocal(now, c.session.academie.timeZone)} : votre candidature est de nouveau enregistrée.`,
      ],
      action: { label: "Voir mes candidatures", url: appUrl("/mes-candidatures") },
      footer: fr`Vous recevez ce message parce que l'état de votre candidature a changé.`,
    });
    await sendJob("courriel", { message: { to: c.account.email, subject: "Votre inscription est rétablie", text, html } }, { tx });
    return { ok: true } as const;
  });
}
