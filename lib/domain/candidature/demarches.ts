// The two confirmations around the wizard, one schema each, shared by the form and its action:
// the "Modalités d'inscription" read before step 1 [C:S24 via REFERENCE §6], and "Me désinscrire".
import { z } from "zod";
import { requiredCheckbox } from "./fields";
import { fr } from "./format";

export const modalitesSchema = z.object({
  sessionId: z.string({ error: fr`Choisissez une session.` }).min(1, fr`Choisissez une session.`).max(40),
  modalitesAcceptees: requiredCheckbox(
    fr`Cochez la case pour confirmer que vous avez lu les modalités d'inscription, notamment la date de clôture.`,
  ),
});

export const desinscriptionSchema = z.object({
  confirmation: requiredCheckbox(fr`Cochez la case pour confirmer votre désinscription.`),
});
