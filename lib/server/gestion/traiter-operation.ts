import "server-only";
import type { DocumentType, Prisma, Role } from "@prisma/client";
import { getDb, type Db, type Tx } from "@/lib/db";
import { parsedSteps, storedSteps } from "@/lib/domain/candidature/donnees";
import { DOCUMENT_TYPE_LIBELLES } from "@/lib/domain/documents";
import { contenuLettre, courrielLettre, type LettreSource } from "@/lib/domain/gestion/lettres";
import { ACTION_ANNULATION_RETIREE, clotureDepot, decisionAnnulation, ISSUES_OPERATION, decisionCourrier, type OperationType, type PieceLettre, type RaisonIgnoree } from "@/lib/domain/gestion/operations";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { deNom, fr } from "@/lib/domain/typographie";
import { JOB_SCHEMA } from "@/lib/jobs/definitions";
import { sendJob } from "@/lib/jobs/boss";
import { renderMail } from "@/lib/mail";
import { CaracteresNonImprimablesError, loadFonts } from "@/lib/pdf/fonts";
import { renderLettre } from "@/lib/pdf/lettre";
import { appUrl } from "@/lib/server/accounts/mails";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { documentHmac, sha256Hex } from "@/lib/server/confirmations/document-hmac";
import { isUniqueViolation } from "@/lib/server/unique-violation";
import { getStorage, newStorageKey } from "@/lib/storage";

// The job queue's side of a bulk operation [issue 9 §6–7]: one lot of candidatures, each re-checked
// when its turn comes (still registered, still something to ask for, or still incomplete after the
// deadline) and handled in its own transaction, which records its outcome once: an audit event
// naming the operation (letter sent, annulation, skipped, failed) and the counters. A lot run twice
// (a retry after a crash, two workers) finds the outcomes already recorded and does nothing more;
// the Document's unique (operationId, candidatureId) keeps a single letter even then.

/** The audit actions that record a candidature's outcome in an operation (the ledger a retry reads). */
export const ISSUES = ISSUES_OPERATION;

type Operation = {
  id: string;
  academieId: string;
  type: OperationType;
  message: string;
  createdById: string;
  createdBy: { role: Role; academieId: string | null };
};

export type OperationLot = { operationId: string; candidatureIds: string[]; at: string };
export type ResultatLot = { envoyes: number; ignores: number; echecs: number; dejaFaits: number };

/** The instants of a lot: when the manager decided (the launch), and the job's clock for what happens now. */
type Instants = {
  /** Who is concerned is decided as of the launch (the manager's clock: a deadline passed then has passed now). */
  decision: Date;
  /** When a letter, an annulation or an outcome is recorded: the job's clock, never before the launch (the trail stays in order). */
  maintenant: () => Date;
};

export async function traiterLot(
  lot: OperationLot,
  { jobId, db, now = () => new Date() }: { jobId?: string; db?: Db; now?: () => Date } = {},
): Promise<ResultatLot | { absente: true }> {
  const client = db ?? (await getDb());
  if (!estIdentifiant(lot.operationId)) return { absente: true };
  const op = await client.operationGroupee.findUnique({
    where: { id: lot.operationId },
    select: { id: true, academieId: true, type: true, message: true, createdById: true, createdBy: { select: { role: true, academieId: true } } },
  });
  if (!op) return { absente: true };
  const lancement = Date.parse(lot.at);
  const decision = Number.isNaN(lancement) ? now() : new Date(lancement);
  const instants: Instants = { decision, maintenant: () => new Date(Math.max(decision.getTime(), now().getTime())) };
  // Only what the operation was launched on (a forged lot changes nothing), checked in the
  // database: the operation's whole list (20 000 ids) is never read for a lot of 20.
  const prevues = await idsPrevus(client, op.id, lot.candidatureIds);
  const resultat: ResultatLot = { envoyes: 0, ignores: 0, echecs: 0, dejaFaits: 0 };
  const ids = lot.candidatureIds.filter((id) => prevues.has(id));
  let i = 0;
  try {
    for (; i < ids.length; i += 1) {
      const candidatureId = ids[i]!;
      let issue: keyof ResultatLot;
      try {
        issue = await traiterCandidature(client, op, candidatureId, instants);
      } catch (error) {
        // A letter the font cannot print will not print on a retry either; anything else (storage,
        // database) is retried by the queue, and counted as failed only on the last attempt.
        const definitif = error instanceof CaracteresNonImprimablesError || (jobId !== undefined && (await dernierEssai(client, jobId)));
        if (!definitif) throw error;
        issue = await enregistrerIssue(client, op, candidatureId, instants, { issue: "echecs", raison: messageErreur(error) });
      }
      resultat[issue] += 1;
    }
  } catch (error) {
    // Whatever failed outside a candidature's own handling, on the last attempt: the rest of the
    // lot is recorded as failed, so that the operation ends (the sweeper closes it otherwise).
    if (jobId === undefined || !(await dernierEssai(client, jobId))) throw error;
    for (const candidatureId of ids.slice(i)) {
      resultat[await enregistrerIssue(client, op, candidatureId, instants, { issue: "echecs", raison: messageErreur(error) })] += 1;
    }
  }
  return resultat;
}

const messageErreur = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/** The ids of the lot that the operation was launched on (`= ANY` in the database). */
async function idsPrevus(db: Db, operationId: string, ids: string[]): Promise<Set<string>> {
  const valides = ids.filter((id) => typeof id === "string" && estIdentifiant(id));
  if (valides.length === 0) return new Set();
  // Unsafe only in name: two bound parameters (the PGlite adapter binds an array in this form only).
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT x AS "id" FROM unnest($1::text[]) AS x WHERE EXISTS (SELECT 1 FROM "OperationGroupee" o WHERE o."id" = $2 AND x = ANY(o."candidatureIds"))`,
    valides,
    operationId,
  );
  return new Set(rows.map((r) => r.id));
}

/** Whether the running job is on its last attempt (pg-boss counts retries in its own row). */
async function dernierEssai(db: Db, jobId: string): Promise<boolean> {
  const [row] = await db.$queryRawUnsafe<{ retry_count: number; retry_limit: number }[]>(
    `SELECT retry_count, retry_limit FROM ${JOB_SCHEMA}.job WHERE name = 'operation-groupee' AND id = $1::uuid`,
    jobId,
  );
  return !row || row.retry_count >= row.retry_limit;
}

async function dejaTraitee(db: Db | Tx, operationId: string, candidatureId: string): Promise<boolean> {
  const found = await db.auditEvent.findFirst({
    where: { entityType: "Candidature", entityId: candidatureId, action: { in: Object.values(ISSUES) }, after: { path: ["operationId"], equals: operationId } },
    select: { id: true },
  });
  return found !== null;
}

/** Serialises the outcomes of one operation (counters and ledger) across concurrent lots. */
async function verrouiller(tx: Tx, operationId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "OperationGroupee" WHERE "id" = ${operationId} FOR UPDATE`;
}

async function compter(tx: Tx, operationId: string, issue: "envoyes" | "ignores" | "echecs", maintenant: Date): Promise<void> {
  const ignores = issue === "ignores" ? 1 : 0;
  const echecs = issue === "echecs" ? 1 : 0;
  await tx.$executeRaw`
    UPDATE "OperationGroupee" SET "traites" = "traites" + 1, "ignores" = "ignores" + ${ignores}, "echecs" = "echecs" + ${echecs},
      "termineAt" = CASE WHEN "traites" + 1 >= "total" THEN ${maintenant} ELSE "termineAt" END
    WHERE "id" = ${operationId}`;
}

/**
 * Locks the candidature (in the operation's académie) before it is re-read and decided: a
 * manager's verdict locks it too, first, so that an annulation never acts on pieces read before
 * a verdict that made the dossier complete (the order is candidature, then justificatif).
 */
async function verrouillerCandidature(tx: Tx, academieId: string, candidatureId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Candidature" WHERE "id" = ${candidatureId} AND "academieId" = ${academieId} FOR UPDATE`;
}

/** An admin d'académie withdrew an annulation of this candidature: the académie decided, no later annulation undoes it. */
export async function annulationRetiree(db: Db | Tx, candidatureId: string): Promise<boolean> {
  const found = await db.auditEvent.findFirst({ where: { entityType: "Candidature", entityId: candidatureId, action: ACTION_ANNULATION_RETIREE }, select: { id: true } });
  return found !== null;
}

const acteur = (op: Operation): AuditActor => ({ id: op.createdById, role: op.createdBy.role, academieId: op.createdBy.academieId });

/** A skipped or failed candidature, recorded once. */
async function enregistrerIssue(
  db: Db,
  op: Operation,
  candidatureId: string,
  instants: Instants,
  { issue, raison }: { issue: "ignores" | "echecs"; raison: RaisonIgnoree | string },
): Promise<keyof ResultatLot> {
  return db.$transaction(async (tx) => {
    await verrouiller(tx, op.id);
    if (await dejaTraitee(tx, op.id, candidatureId)) return "dejaFaits";
    const maintenant = instants.maintenant();
    await recordAuditEvent(tx, {
      actor: acteur(op),
      action: issue === "ignores" ? ISSUES.ignoree : ISSUES.echec,
      entityType: "Candidature",
      entityId: candidatureId,
      academieId: op.academieId,
      after: { operationId: op.id, type: op.type, raison, decideAt: instants.decision.toISOString() },
      at: maintenant,
    });
    await compter(tx, op.id, issue, maintenant);
    return issue;
  });
}

const SELECT_CANDIDATURE = {
  id: true,
  statut: true,
  numero: true,
  donnees: true,
  account: { select: { email: true, civilite: true, nomNaissance: true, nomUsage: true, prenoms: true } },
  specialite: { select: { libelle: true } },
  session: {
    select: {
      libelle: true,
      inscriptionOuverture: true,
      inscriptionCloture: true,
      depotOuverture: true,
      depotCloture: true,
      confirmationLimite: true,
      examen: { select: { libelle: true } },
      adressePostale: true,
      academie: { select: { nom: true, adressePostale: true, timeZone: true } },
    },
  },
  justificatifs: {
    select: { pieceCode: true, mode: true, statut: true, caduc: true, deposeAt: true, commentaire: true, _count: { select: { fichiers: { where: { supprimeAt: null } } } } },
    orderBy: [{ createdAt: "asc" }, { pieceCode: "asc" }],
  },
} satisfies Prisma.CandidatureSelect;

async function lireCandidature(db: Db | Tx, academieId: string, candidatureId: string) {
  if (!estIdentifiant(candidatureId)) return null;
  // The operation's académie in the query: an id of another académie slipped into a lot reads as unknown.
  return db.candidature.findFirst({ where: { id: candidatureId, academieId }, select: SELECT_CANDIDATURE });
}
type CandidatureLue = NonNullable<Awaited<ReturnType<typeof lireCandidature>>>;

function decider(op: Operation, c: CandidatureLue, maintenant: Date) {
  const pieces = c.justificatifs.map((j) => ({ pieceCode: j.pieceCode, mode: j.mode, statut: j.statut, caduc: j.caduc, deposeAt: j.deposeAt, commentaire: j.commentaire, nbFichiers: j._count.fichiers }));
  return op.type === "ANNULATION" ? decisionAnnulation(c.statut, pieces, c.session, maintenant) : decisionCourrier(c.statut, pieces, c.session, maintenant);
}

function sourceLettre(op: Operation, c: CandidatureLue, pieces: PieceLettre[], maintenant: Date): LettreSource {
  const identification = parsedSteps(storedSteps(c.donnees)).identification;
  return {
    type: op.type,
    // The letters give the session's own address for postal pieces when the académie set one.
    academie: { ...c.session.academie, adressePostale: c.session.adressePostale ?? c.session.academie.adressePostale },
    examen: c.session.examen.libelle,
    session: c.session.libelle,
    specialite: c.specialite?.libelle ?? null,
    numero: c.numero,
    identite: c.account,
    adresse: identification
      ? { adresse: identification.adresse, complement: identification.complement, codePostal: identification.codePostal, commune: identification.commune, pays: identification.pays }
      : null,
    pieces,
    message: op.message,
    clotureDepot: clotureDepot(c.session),
    date: maintenant,
  };
}

async function traiterCandidature(db: Db, op: Operation, candidatureId: string, instants: Instants): Promise<keyof ResultatLot> {
  if (await dejaTraitee(db, op.id, candidatureId)) return "dejaFaits";
  const c = await lireCandidature(db, op.academieId, candidatureId);
  if (!c) return enregistrerIssue(db, op, candidatureId, instants, { issue: "ignores", raison: "HORS_ACADEMIE" });
  const decision = await deciderAvecRetrait(db, op, c, instants.decision);
  if (!decision.ok) return enregistrerIssue(db, op, candidatureId, instants, { issue: "ignores", raison: decision.raison });

  // The letter is dated when it is made; the pieces and their deadlines are those decided.
  const date = instants.maintenant();
  const source = sourceLettre(op, c, decision.pieces, date);
  const contenu = contenuLettre(source);
  const bytes = await renderLettre(contenu, { fonts: await loadFonts(), now: date, auteur: `Académie ${deNom(c.session.academie.nom)}` });
  const type: DocumentType = op.type;
  const storageKey = newStorageKey(`documents/${op.type === "ANNULATION" ? "annulations" : "courriers"}`, date);
  const storage = getStorage();
  await storage.put(storageKey, bytes);
  try {
    return await db.$transaction(async (tx): Promise<keyof ResultatLot> => {
      await verrouillerCandidature(tx, op.academieId, candidatureId);
      await verrouiller(tx, op.id);
      if (await dejaTraitee(tx, op.id, candidatureId)) throw new DejaFait();
      // Checked again under the locks: a candidate who deposited, a manager who decided, an admin who withdrew an annulation since.
      const relue = await lireCandidature(tx, op.academieId, candidatureId);
      const encore = relue ? await deciderAvecRetrait(tx, op, relue, instants.decision) : null;
      if (!relue || !encore?.ok) throw new PlusConcernee(relue ? (encore as { raison: RaisonIgnoree }).raison : "HORS_ACADEMIE");
      const maintenant = instants.maintenant();
      if (op.type === "ANNULATION") {
        const annulee = await tx.candidature.updateMany({
          where: { id: candidatureId, academieId: op.academieId, statut: "ENREGISTREE" },
          data: { statut: "ANNULEE", annuleeAt: maintenant, motifAnnulation: op.message, revision: { increment: 1 } },
        });
        if (annulee.count !== 1) throw new PlusConcernee("NON_ENREGISTREE");
      }
      const document = await tx.document.create({
        data: {
          candidatureId,
          type,
          titre: contenu.titre,
          storageKey,
          hmac: documentHmac(bytes),
          sha256: sha256Hex(bytes),
          taille: bytes.byteLength,
          createdById: op.createdById,
          operationId: op.id,
          createdAt: maintenant,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor: acteur(op),
        action: op.type === "ANNULATION" ? ISSUES.annulation : ISSUES.courrier,
        entityType: "Candidature",
        entityId: candidatureId,
        academieId: op.academieId,
        before: op.type === "ANNULATION" ? { statut: "ENREGISTREE" } : undefined,
        after: {
          operationId: op.id,
          type: op.type,
          documentId: document.id,
          pieces: encore.pieces.map((p) => p.pieceCode),
          decideAt: instants.decision.toISOString(),
          ...(op.type === "ANNULATION" ? { statut: "ANNULEE", motifAnnulation: op.message } : {}),
        },
        at: maintenant,
      });
      await envoyerCourriel(tx, c, source);
      await compter(tx, op.id, "envoyes", maintenant);
      return "envoyes";
    });
  } catch (error) {
    // No file without its row, whatever happened.
    await storage.delete(storageKey);
    if (error instanceof DejaFait || isUniqueViolation(error)) return "dejaFaits";
    if (error instanceof PlusConcernee) return enregistrerIssue(db, op, candidatureId, instants, { issue: "ignores", raison: error.raison });
    throw error;
  }
}

/** decider, and for an annulation, never a candidature whose annulation an admin has already withdrawn. */
async function deciderAvecRetrait(db: Db | Tx, op: Operation, c: CandidatureLue, decision: Date) {
  const d = decider(op, c, decision);
  if (d.ok && op.type === "ANNULATION" && (await annulationRetiree(db, c.id))) return { ok: false as const, raison: "ANNULATION_RETIREE" as const };
  return d;
}

class DejaFait extends Error {}
class PlusConcernee extends Error {
  constructor(readonly raison: RaisonIgnoree) {
    super(raison);
  }
}

/** One mail per candidate and letter: what the letter says in short, and the way to Mes documents. */
async function envoyerCourriel(tx: Tx, c: CandidatureLue, source: LettreSource): Promise<void> {
  const { sujet, paragraphes } = courrielLettre(source);
  const { text, html } = renderMail({
    title: sujet,
    paragraphs: paragraphes,
    action: { label: "Voir mes documents", url: appUrl(`/mes-candidatures/${c.id}/documents`) },
    footer: fr`Vous recevez ce message parce qu'un document (« ${DOCUMENT_TYPE_LIBELLES[source.type]} ») a été déposé dans votre espace candidat.`,
  });
  await sendJob("courriel", { message: { to: c.account.email, subject: sujet, text, html } }, { tx });
}
