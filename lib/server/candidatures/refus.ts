import "server-only";
import { fr } from "@/lib/domain/candidature/format";
import type { FieldError } from "@/lib/domain/candidature/types";

// What a candidature service answers when it does not do what was asked: a message for the top
// of the form and, for invalid input, messages beside the fields.
export type Refus = { ok: false; formError: string; fieldErrors?: FieldError[] };

export const INTROUVABLE: Refus = {
  ok: false,
  formError: fr`Cette candidature est introuvable dans votre compte. Retournez à « Mes candidatures ».`,
};

export const CONCURRENCE: Refus = {
  ok: false,
  formError: fr`Votre candidature a été modifiée entre-temps (dans un autre onglet, peut-être) : rechargez la page et recommencez.`,
};

export function invalide(fieldErrors: FieldError[]): Refus {
  return {
    ok: false,
    formError: fr`Certaines informations sont à corriger : les messages figurent sous les champs concernés. Rien n'a été enregistré.`,
    fieldErrors,
  };
}
