import "server-only";
import type { Tx } from "@/lib/db";
import type { ConfirmationJob } from "@/lib/jobs/handlers";
import { sendJob, wakeWorker } from "@/lib/jobs/boss";

/**
 * Queues the confirmation d'inscription of a version just saved, in the transaction that saves it:
 * the job exists if and only if the version does, and ENREGISTRER does not wait for the PDF
 * (a few hundred ms of CPU, many times over on deadline night).
 */
export async function demanderConfirmation(tx: Tx, job: ConfirmationJob): Promise<void> {
  await sendJob("confirmation-pdf", job, { tx });
}

/** After the commit: this process's worker takes the job at once instead of at its next poll. */
export function reveillerConfirmations(): void {
  wakeWorker("confirmation-pdf");
}
