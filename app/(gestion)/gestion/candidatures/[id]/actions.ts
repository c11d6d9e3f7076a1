"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { localToInstant } from "@/lib/domain/calendar";
import { VERDICT_CHAMPS, VerdictSchema, type VerdictChamp } from "@/lib/domain/gestion/verdict";
import { fieldErrorsOf, typedValues, type FormState } from "@/lib/form-state";
import { formDataOf, previousOf } from "@/lib/server/action-input";
import { requireRole } from "@/lib/server/auth/guards";
import { acteurOf, scopeOf } from "@/lib/server/gestion/scope";
import { examinerPiece, type Verdict } from "@/lib/server/justificatifs/examiner-piece";

export type VerdictState = FormState<VerdictChamp> & { conflit?: boolean };

/**
 * A manager's verdict on one piece [issue 9 §5]: Reçue (with its date of receipt), Non conforme
 * (comment required, the candidate is told) or Conforme, in the manager's académie only, refused
 * as a conflict when the piece changed since the form was drawn.
 */
export async function examinerPieceAction(previous: VerdictState, formData: FormData): Promise<VerdictState> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const n = previous.n + 1;
  const values = typedValues(formData, VERDICT_CHAMPS);
  const parsed = VerdictSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")));
  if (!parsed.success) return { n, fieldErrors: fieldErrorsOf<VerdictChamp>(parsed.error), values };
  const input = parsed.data;
  const maintenant = await now();

  let dateReception: Date | undefined;
  if (input.dateReception && input.verdict !== "CONFORME") {
    const academie = await (await getDb()).academie.findUniqueOrThrow({ where: { id: scope.academieId }, select: { timeZone: true } });
    const instant = localToInstant(`${input.dateReception}T00:00`, academie.timeZone);
    if (!instant.ok) return { n, fieldErrors: { dateReception: instant.message }, values };
    dateReception = instant.instant;
  }
  const verdict: Verdict =
    input.verdict === "RECUE"
      ? { type: "MARQUER_RECUE", dateReception }
      : input.verdict === "NON_CONFORME"
        ? { type: "MARQUER_NON_CONFORME", commentaire: input.commentaire, dateReception }
        : { type: "MARQUER_CONFORME" };
  const result = await examinerPiece(
    { actor: acteurOf(account), candidatureId: input.candidatureId, pieceCode: input.pieceCode, verdict, attendu: input.attendu || undefined },
    { now: maintenant },
  );
  if (!result.ok) {
    if (/date de réception/i.test(result.message)) return { n, fieldErrors: { dateReception: result.message }, values };
    if (/commentaire/i.test(result.message)) return { n, fieldErrors: { commentaire: result.message }, values };
    // The page drew the piece before the other decision: draw it again, as the message says.
    if (result.conflit) {
      revalidatePath(`/gestion/candidatures/${input.candidatureId}`);
      revalidatePath("/gestion/pieces");
    }
    return { n, formError: result.message, values, conflit: result.conflit };
  }
  const suite =
    input.suite === "file"
      ? `/gestion/pieces?${input.file ? `${input.file}&` : ""}fait=${encodeURIComponent(input.verdict)}`
      : `/gestion/candidatures/${input.candidatureId}?fait=${encodeURIComponent(input.verdict)}&piece=${encodeURIComponent(input.pieceCode)}#piece-${input.pieceCode}`;
  redirect(suite);
}
