import "server-only";
import type { Tx } from "@/lib/db";

/**
 * Whether saved candidatures may refer to an épreuve (a kept note, a dispense, their documents'
 * list): any saved candidature of its spécialité, or of its exam for an exam épreuve.
 */
export async function epreuveUtilisee(tx: Tx, { examenId, specialiteId }: { examenId: string; specialiteId: string | null }): Promise<boolean> {
  const sauvegardee = await tx.candidature.findFirst({
    where: { numero: { not: null }, ...(specialiteId ? { specialiteId } : { session: { examenId } }) },
    select: { id: true },
  });
  return sauvegardee !== null;
}
