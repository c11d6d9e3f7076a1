"use server";

import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { ancrePiece } from "@/lib/domain/candidature/depot-fichier";
import { fr } from "@/lib/domain/typographie";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { requireCandidate } from "@/lib/server/auth/guards";
import { fournirPieces } from "@/lib/server/justificatifs/fournir-pieces";
import { supprimerFichier } from "@/lib/server/justificatifs/supprimer-fichier";
import { formDataOf, previousOf } from "@/lib/server/action-input";

export type JustificatifState = { n: number; formError?: string };

const page = (candidatureId: string) => `/mes-candidatures/${encodeURIComponent(candidatureId)}/justificatifs`;

/**
 * "Supprimer" beside one of the candidate's files: the file's id, then the service, which decides
 * on the locked piece (its own, before it is handed in or after a Non conforme, inside its window).
 * Success leads back to the piece, which says so.
 */
export async function supprimer(candidatureId: string, previous: JustificatifState, formData: FormData): Promise<JustificatifState> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const fichierId = formData.get("fichierId");
  const pieceCode = formData.get("piece");
  const account = await requireCandidate();
  if (!estIdentifiant(fichierId)) return { n: previous.n + 1, formError: fr`Ce fichier est introuvable dans vos candidatures.` };
  const result = await supprimerFichier({ accountId: account.id, candidatureId: String(candidatureId), fichierId }, { now: await now() });
  if (!result.ok) return { n: previous.n + 1, formError: result.message };
  const piece = typeof pieceCode === "string" ? pieceCode : "";
  redirect(`${page(String(candidatureId))}?${new URLSearchParams({ suppression: "1", piece }).toString()}#${ancrePiece(piece)}`);
}

/**
 * « J'ai fourni toutes mes pièces »: nothing to parse (the form has no field); the service decides on the locked
 * candidature (every online piece has a file, a deposit window is open) and hands the pieces in.
 */
export async function fournir(candidatureId: string, previous: JustificatifState, _formData: FormData): Promise<JustificatifState> {
  previous = previousOf(previous);
  const account = await requireCandidate();
  const result = await fournirPieces({ accountId: account.id, candidatureId: String(candidatureId) }, { now: await now() });
  if (!result.ok) return { n: previous.n + 1, formError: result.message };
  redirect(`${page(String(candidatureId))}?fournies=1#fournir`);
}
