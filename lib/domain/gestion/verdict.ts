// The manager's verdict form [issue 9 §5]: what it posts, checked on the server whatever the
// browser sent. Pure: the decision itself is the pieces state machine's (piece-statut.ts).
import { z } from "zod";
import { MAX_COMMENTAIRE, nettoyerCommentaire } from "../candidature/piece-statut";
import { fr } from "../typographie";

export const VERDICTS = ["RECUE", "NON_CONFORME", "CONFORME"] as const;
export type VerdictCode = (typeof VERDICTS)[number];
export const VERDICT_LIBELLES: Record<VerdictCode, string> = { RECUE: "Reçue", NON_CONFORME: "Non conforme", CONFORME: "Conforme" };

export const VERDICT_CHAMPS = ["verdict", "commentaire", "dateReception"] as const;
export type VerdictChamp = (typeof VERDICT_CHAMPS)[number];

export const VerdictSchema = z
  .object({
    candidatureId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "Dossier inconnu."),
    pieceCode: z.string().regex(/^[A-Z0-9]{1,12}$/, "Pièce inconnue."),
    verdict: z.enum(VERDICTS, { error: fr`Choisissez une décision : Reçue, Non conforme ou Conforme.` }),
    commentaire: z
      .string()
      .max(MAX_COMMENTAIRE * 2)
      .default("")
      .transform(nettoyerCommentaire),
    dateReception: z
      .string()
      .default("")
      .refine((v) => v === "" || /^\d{4}-\d{2}-\d{2}$/.test(v), "Saisissez la date de réception au format jj/mm/aaaa."),
    attendu: z.string().max(40).default(""),
    /** The review queue's query to come back to (portefeuille, apres): nothing but a query string. */
    file: z
      .string()
      .max(500)
      .default("")
      .transform((v) => (/^[\w%=&.~-]*$/.test(v) ? v : "")),
    /** Where to go on success: the dossier, or the next piece of the queue. */
    suite: z.enum(["dossier", "file"]).default("dossier"),
  })
  .superRefine((v, ctx) => {
    if (v.verdict === "NON_CONFORME" && v.commentaire === "")
      ctx.addIssue({ code: "custom", path: ["commentaire"], message: fr`Indiquez au candidat ce qui ne va pas : le commentaire est obligatoire pour une pièce non conforme.` });
    if ([...v.commentaire].length > MAX_COMMENTAIRE) ctx.addIssue({ code: "custom", path: ["commentaire"], message: `Le commentaire compte au plus ${MAX_COMMENTAIRE} caractères.` });
  });
export type VerdictInput = z.infer<typeof VerdictSchema>;

/** The French words of a verdict just given, for the page it lands on (?fait=…). */
export function messageVerdictFait(fait: string | undefined): string | null {
  switch (fait) {
    case "RECUE":
      return fr`La pièce est marquée « Reçue ».`;
    case "NON_CONFORME":
      return fr`La pièce est marquée « Non conforme » : le candidat en est informé par courriel et peut en déposer une nouvelle.`;
    case "CONFORME":
      return fr`La pièce est marquée « Conforme ».`;
    default:
      return null;
  }
}

const VERDICT_DE_ACTION: Partial<Record<string, VerdictCode>> = { MARQUER_RECUE: "RECUE", MARQUER_NON_CONFORME: "NON_CONFORME", MARQUER_CONFORME: "CONFORME" };

/** The verdicts a form offers, from the state machine's allowed moves (allowedPieceActions). */
export function verdictsPossibles(actions: readonly string[]): VerdictCode[] {
  return actions.map((a) => VERDICT_DE_ACTION[a]).filter((v): v is VerdictCode => v !== undefined);
}
