import "server-only";
import { fr } from "@/lib/domain/candidature/format";
import { CANDIDATURE_MODIFIEE as CODE_MODIFIEE, type CandidatureModifiee } from "@/lib/domain/candidature/revision";
import type { FieldError } from "@/lib/domain/candidature/types";

// What a candidature service answers when it does not do what was asked: a message for the top
// of the form and, for invalid input, messages beside the fields. A refusal the form answers with
// a link of its own also carries a code.
export type Refus = { ok: false; formError: string; fieldErrors?: FieldError[]; code?: CandidatureModifiee };

export const INTROUVABLE: Refus = {
  ok: false,
  formError: fr`Cette candidature est introuvable dans votre compte. Retournez à « Mes candidatures ».`,
};

/**
 * The submission was drawn from an earlier state of the candidature (another tab or window wrote
 * since, or the form's revision is missing): nothing is written. The form adds a link to the
 * current state.
 */
export const CANDIDATURE_MODIFIEE: Refus = {
  ok: false,
  code: CODE_MODIFIEE,
  formError: fr`Votre candidature a été modifiée depuis l'affichage de cette page, sans doute dans un autre onglet ou une autre fenêtre : rien n'a été enregistré. Affichez son état actuel avant de recommencer.`,
};

export function invalide(fieldErrors: FieldError[]): Refus {
  return {
    ok: false,
    formError: fr`Certaines informations sont à corriger : les messages figurent sous les champs concernés. Rien n'a été enregistré.`,
    fieldErrors,
  };
}
