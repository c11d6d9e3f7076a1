import "server-only";
import type { CandidatureStatut } from "@prisma/client";
import { getDb, type Db, type Tx } from "@/lib/db";
import { storedSteps } from "@/lib/domain/candidature/donnees";
import { messageRefus } from "@/lib/domain/candidature/fenetre";
import { fr } from "@/lib/domain/candidature/format";
import { planJustificatifs } from "@/lib/domain/candidature/justificatifs";
import { formatNumeroInscription } from "@/lib/domain/candidature/numero";
import { computeRequiredPieces, type PieceRequise } from "@/lib/domain/candidature/pieces";
import { estRevisionPerimee } from "@/lib/domain/candidature/revision";
import type { CandidatureData } from "@/lib/domain/candidature/schemas";
import { canTransition } from "@/lib/domain/candidature/statut";
import { validateCandidature, type StepErrors } from "@/lib/domain/candidature/validate";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { demanderConfirmation, reveillerConfirmations } from "@/lib/server/confirmations/demander-confirmation";
import { enregistrementMail } from "./candidature-mails";
import { envoyerCourriel } from "./envoyer-courriel";
import { getCandidature, type CandidatureDossier } from "./get-candidature";
import { mailCandidature } from "./mail-candidature";
import { CANDIDATURE_MODIFIEE, INTROUVABLE, type Refus } from "./refus";

export type EnregistrerResult =
  | { ok: true; numero: string; version: number; at: Date; premier: boolean; inchangee: boolean }
  | (Refus & { etapes?: StepErrors });

type Verrouillee = { statut: CandidatureStatut; numero: string | null; version: number; revision: number; donnees: unknown; brouillon: unknown };
type Enregistre = { numero: string; version: number; premier: boolean; pieces: PieceRequise[] };

const TRANSACTION = { timeout: 20_000, maxWait: 15_000 } as const;

/**
 * ENREGISTRER [C:CF]: the whole candidature validated again, then in one transaction on the
 * locked row: the version bumped and kept in CandidatureVersion, the server time recorded, the
 * justificatifs brought in line, and at the first save only the numéro from the session's counter
 * (unique per session). Only the state the candidate read is signed: `revision` (the one the
 * récapitulatif was drawn from, as posted) must still be the current one on the locked row, so of
 * two submissions at once the second is refused. The mail and the sealed confirmation PDF of the
 * new version are queued in the same transaction (the job queue sends and generates them).
 */
export async function enregistrerCandidature(
  { accountId, candidatureId, revision }: { accountId: string; candidatureId: string; revision: unknown },
  { now, db }: { now: Date; db?: Db },
): Promise<EnregistrerResult> {
  const client = db ?? (await getDb());
  const dossier = await getCandidature(accountId, candidatureId, now, client);
  if (!dossier) return INTROUVABLE;
  const zone = dossier.session.academie.timeZone;

  const result = await client.$transaction(async (tx): Promise<EnregistrerResult | { ok: true; enregistre: Enregistre }> => {
    const [row] = await tx.$queryRaw<Verrouillee[]>`
      SELECT "statut"::text AS "statut", "numero", "version", "revision", "donnees", "brouillon"
      FROM "Candidature" WHERE "id" = ${candidatureId} AND "accountId" = ${accountId} FOR UPDATE`;
    if (!row) return INTROUVABLE;
    // The récapitulatif the candidate read is no longer the candidature: signing it is refused.
    if (estRevisionPerimee(revision, row.revision)) return CANDIDATURE_MODIFIEE;

    const action = row.statut === "ENREGISTREE" ? "MODIFIER" : "ENREGISTRER";
    const transition = canTransition(row.statut, action, { actor: "CANDIDAT", windowState: dossier.etat });
    if (!transition.ok) return { ok: false, formError: messageRefus(transition, dossier.window, zone) };
    // Saved already and not edited since the page was drawn: nothing to save.
    if (row.statut === "ENREGISTREE" && row.brouillon === null && row.numero !== null)
      return { ok: true, numero: row.numero, version: row.version, at: dossier.dernierEnregistrementAt ?? now, premier: false, inchangee: true };

    const validation = validateCandidature(storedSteps(row.brouillon ?? row.donnees), dossier.ctx);
    if (!validation.ok)
      return {
        ok: false,
        formError: fr`Votre candidature n'est pas enregistrée : certaines étapes sont à compléter ou à corriger (voir ci-dessous).`,
        etapes: validation.errors,
      };

    const enregistre = await ecrire(tx, dossier, row, validation.data, { accountId, now });
    const specialite = dossier.ctx.specialites.find((s) => s.codeDiplome === dossier.travailValide.qualification?.specialiteCode)?.libelle;
    await envoyerCourriel(tx, enregistrementMail(mailCandidature(dossier, specialite), { ...enregistre, at: now }));
    return { ok: true, enregistre };
  }, TRANSACTION);

  if (!("enregistre" in result)) return result;
  reveillerConfirmations();
  const { enregistre } = result;
  return { ok: true, numero: enregistre.numero, version: enregistre.version, at: now, premier: enregistre.premier, inchangee: false };
}

async function ecrire(tx: Tx, dossier: CandidatureDossier, row: Verrouillee, data: CandidatureData, { accountId, now }: { accountId: string; now: Date }): Promise<Enregistre> {
  const { session } = dossier;
  const version = row.version + 1;
  const donnees = JSON.stringify(data);
  // The saved version and its copy in CandidatureVersion in one statement; the spécialité's id
  // read in passing.
  await tx.$executeRaw`
    WITH maj AS (
      UPDATE "Candidature" SET
        "statut" = 'ENREGISTREE', "version" = ${version}, "donnees" = ${donnees}::jsonb, "brouillon" = NULL,
        "specialiteId" = (SELECT "id" FROM "Specialite" WHERE "codeDiplome" = ${data.qualification.specialiteCode}),
        "configVersion" = ${session.configVersion}, "etapeCourante" = 6,
        "premierEnregistrementAt" = COALESCE("premierEnregistrementAt", ${now}), "dernierEnregistrementAt" = ${now},
        "desinscriteAt" = NULL, "aRevoirAt" = NULL, "aRevoirMotifs" = NULL, "revision" = "revision" + 1, "updatedAt" = ${now}
      WHERE "id" = ${dossier.id}
      RETURNING "id"
    )
    INSERT INTO "CandidatureVersion" ("id", "candidatureId", "version", "donnees", "configVersion", "savedAt", "savedById")
    SELECT gen_random_uuid()::text, "id", ${version}, ${donnees}::jsonb, ${session.configVersion}, ${now}, ${accountId} FROM maj`;

  const specialite = dossier.ctx.specialites.find((s) => s.codeDiplome === data.qualification.specialiteCode);
  const pieces = computeRequiredPieces(data, dossier.ctx.session, { dateNaissance: dossier.account.dateNaissance, ...(specialite ? { specialite } : {}) });
  await alignerJustificatifs(tx, dossier.id, session.id, pieces);
  // The sealed confirmation of this version, generated by the job queue once committed.
  await demanderConfirmation(tx, { candidatureId: dossier.id, version });

  const audit = {
    actor: { id: accountId, role: "CANDIDAT", academieId: null },
    entityType: "Candidature",
    entityId: dossier.id,
    academieId: session.academie.id,
    before: { statut: row.statut, version: row.version },
    at: now,
  } as const;
  if (row.numero !== null) {
    const numero = row.numero;
    await recordAuditEvent(tx, { ...audit, action: row.statut === "ENREGISTREE" ? "candidature.modifiee" : "candidature.reinscrite", after: { statut: "ENREGISTREE", version, numero } });
    return { numero, version, premier: false, pieces };
  }
  return { numero: await attribuerNumero(tx, dossier, { version, now, audit }), version, premier: true, pieces };
}

/**
 * The first ENREGISTRER's numéro, from the session's counter: its row stays locked until the
 * commit, and every first save of the session queues on it (gapless numbers, one per
 * candidature). So this comes last but for the mail, and is one statement — the counter, the
 * numéro and the audit row together — rather than three round trips holding the lock.
 */
async function attribuerNumero(
  tx: Tx,
  dossier: CandidatureDossier,
  { version, now, audit }: { version: number; now: Date; audit: { actor: { id: string }; before: object; academieId: string } },
): Promise<string> {
  const { session } = dossier;
  // The numéro's fixed part, as formatNumeroInscription writes it (checked below on the number drawn).
  const prefixe = formatNumeroInscription({ annee: session.annee, academieCode: session.academie.code, examen: session.examen.code, sequence: 1 }).slice(0, -6);
  const avant = JSON.stringify(audit.before);
  const [ligne] = await tx.$queryRaw<[{ numeroSequence: number; numero: string }]>`
    WITH seq AS (
      UPDATE "Session" SET "numeroSequence" = "numeroSequence" + 1, "updatedAt" = ${now} WHERE "id" = ${session.id} RETURNING "numeroSequence"
    ), num AS (
      UPDATE "Candidature" c SET "numero" = ${prefixe} || lpad(seq."numeroSequence"::text, 6, '0')
      FROM seq WHERE c."id" = ${dossier.id} AND seq."numeroSequence" BETWEEN 1 AND 999999
      RETURNING c."numero", seq."numeroSequence"
    ), journal AS (
      INSERT INTO "AuditEvent" ("id", "actorId", "actorRole", "academieId", "action", "entityType", "entityId", "before", "after", "at")
      SELECT gen_random_uuid()::text, ${audit.actor.id}, 'CANDIDAT', ${audit.academieId}, 'candidature.enregistree', 'Candidature', ${dossier.id},
        ${avant}::jsonb, jsonb_build_object('statut', 'ENREGISTREE', 'version', ${version}::int, 'numero', num."numero"), ${now}
      FROM num
    )
    SELECT "numeroSequence", "numero" FROM num`;
  // A session past 999 999 numéros: nothing written (the transaction rolls back), as formatNumeroInscription says.
  if (!ligne) throw new RangeError(`Plus de numéro d'inscription disponible pour la session ${session.id}.`);
  const attendu = formatNumeroInscription({ annee: session.annee, academieCode: session.academie.code, examen: session.examen.code, sequence: ligne.numeroSequence });
  if (ligne.numero !== attendu) throw new Error(`Numéro d'inscription inattendu : ${ligne.numero} au lieu de ${attendu}.`);
  return ligne.numero;
}

async function alignerJustificatifs(tx: Tx, candidatureId: string, sessionId: string, pieces: readonly PieceRequise[]): Promise<void> {
  const existants = await tx.justificatif.findMany({ where: { candidatureId }, select: { pieceCode: true, motif: true, caduc: true } });
  const plan = planJustificatifs(existants, pieces);
  if (plan.creer.length > 0) {
    const modes = new Map(
      (await tx.sessionPiece.findMany({ where: { sessionId }, select: { pieceCode: true, mode: true } })).map((p) => [p.pieceCode, p.mode]),
    );
    await tx.justificatif.createMany({
      data: plan.creer.map((p) => ({ candidatureId, pieceCode: p.pieceCode, motif: p.motif, mode: modes.get(p.pieceCode) ?? "UPLOAD" })),
    });
  }
  for (const p of plan.mettreAJour)
    await tx.justificatif.update({ where: { candidatureId_pieceCode: { candidatureId, pieceCode: p.pieceCode } }, data: { motif: p.motif, caduc: false } });
  if (plan.rendreCaducs.length > 0)
    await tx.justificatif.updateMany({ where: { candidatureId, pieceCode: { in: plan.rendreCaducs } }, data: { caduc: true } });
}
