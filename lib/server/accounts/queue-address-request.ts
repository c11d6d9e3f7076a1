import "server-only";
import { sendJob } from "@/lib/jobs/boss";

/**
 * The public "Mot de passe oublié" and "nouveau lien d'activation" forms only queue the request:
 * one row, the same for a known and an unknown address, so neither the answer nor its time says
 * whether the address has an account. The job looks the address up and mails its owner.
 */
export async function queueAddressRequest(kind: "reinitialisation" | "lien-activation", { email, ip, now }: { email: string; ip: string | null; now: Date }): Promise<void> {
  await sendJob(kind === "reinitialisation" ? "demande-reinitialisation" : "demande-lien-activation", { email, ip, at: now.toISOString() });
}
