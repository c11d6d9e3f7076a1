import "server-only";
import type { Job } from "pg-boss";
import { getMailer, type MailMessage } from "@/lib/mail";
import type { JobName } from "./definitions";

export type CourrielJob = { message: MailMessage };
export type DemandeJob = { email: string; ip: string | null; at: string };
export type ConfirmationJob = { candidatureId: string; version: number };
export type OperationJob = { operationId: string; candidatureIds: string[]; at: string };

/** What each queue's job does. A handler that throws makes pg-boss retry the job later. */
export const HANDLERS: Record<JobName, (job: Job<object>) => Promise<unknown>> = {
  async courriel(job) {
    const { message } = job.data as CourrielJob;
    // The same Message-ID on every attempt: a relay that accepted a message whose answer was lost
    // lets the mailbox drop the copy a retry sends.
    await getMailer().send({ ...message, messageId: `<${job.id}@portail-candidats.invalid>` });
  },
  async "demande-lien-activation"(job) {
    const { email, ip, at } = job.data as DemandeJob;
    const { requestActivationLink } = await import("@/lib/server/accounts/request-activation-link");
    return requestActivationLink(email, { now: new Date(at), ip });
  },
  async "demande-reinitialisation"(job) {
    const { email, ip, at } = job.data as DemandeJob;
    const { requestPasswordReset } = await import("@/lib/server/accounts/request-password-reset");
    return requestPasswordReset(email, { now: new Date(at), ip });
  },
  async "confirmation-pdf"(job) {
    const { candidatureId, version } = job.data as ConfirmationJob;
    const { genererConfirmation } = await import("@/lib/server/confirmations/generer-confirmation");
    // The generation instant is the job's: the document says when it was made.
    const doc = await genererConfirmation({ candidatureId, version }, { now: new Date() });
    return doc ? { documentId: doc.id, creee: doc.creee } : { absente: true };
  },
  async "operation-groupee"(job) {
    const { traiterLot } = await import("@/lib/server/gestion/traiter-operation");
    return traiterLot(job.data as OperationJob, { jobId: job.id });
  },
  async "cloture-operations"() {
    const [{ cloturerOperations }, { getDb }] = await Promise.all([import("@/lib/server/gestion/cloturer-operations"), import("@/lib/db")]);
    return cloturerOperations({ db: await getDb(), now: new Date() });
  },
  async rappels() {
    const [{ envoyerRappels }, { getDb }] = await Promise.all([import("@/lib/server/sessions/envoyer-rappels"), import("@/lib/db")]);
    return envoyerRappels(await getDb(), { now: new Date() });
  },
  async "purge-comptes-non-actives"() {
    const { purgeExpiredAccounts } = await import("@/lib/server/accounts/purge-expired-accounts");
    let total = 0;
    for (;;) {
      const purged = await purgeExpiredAccounts({ now: new Date() });
      if (purged === 0) return { supprimes: total };
      total += purged;
    }
  },
  async "purge-tentatives-connexion"() {
    const { purgeLoginAttempts } = await import("@/lib/server/maintenance/purge-records");
    return { supprimees: await purgeLoginAttempts({ now: new Date() }) };
  },
  async "purge-sessions-terminees"() {
    const { purgeEndedSessions } = await import("@/lib/server/maintenance/purge-records");
    return { supprimees: await purgeEndedSessions({ now: new Date() }) };
  },
  async "purge-limites"() {
    const { purgeRateLimits } = await import("@/lib/server/maintenance/purge-records");
    return { supprimees: await purgeRateLimits({ now: new Date() }) };
  },
};
