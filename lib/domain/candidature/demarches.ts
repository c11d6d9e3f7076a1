// The two confirmations around the wizard, one schema each, shared by the form and its action:
// the "Modalités d'inscription" read before step 1 [C:S24 via REFERENCE §6], and "Me désinscrire".
import { z } from "zod";
import { formulaire, requiredCheckbox } from "./fields";
import { fr } from "./format";

export const modalitesSchema = formulaire({
  // An identifier (cuid): nothing else is worth a query, and PostgreSQL refuses a NUL in text.
  sessionId: z.string({ error: fr`Choisissez une session.` }).regex(/^[\w-]{1,40}$/, fr`Choisissez une session.`),
  modalitesAcceptees: requiredCheckbox(
    fr`Cochez la case pour confirmer que vous avez lu les modalités d'inscription, notamment la date de clôture.`,
  ),
});

export const desinscriptionSchema = formulaire({
  confirmation: requiredCheckbox(fr`Cochez la case pour confirmer votre désinscription.`),
});
