"use server";

import { now } from "@/lib/clock";
import { emailOnlySchema } from "@/lib/domain/account/schemas";
import { fr } from "@/lib/domain/typographie";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { requestActivationLink } from "@/lib/server/accounts/request-activation-link";
import { requestInfo } from "@/lib/server/auth/request-info";

/** Public. Same answer for every address. */
export async function demanderNouveauLien(previous: FormState<"email">, formData: FormData): Promise<FormState<"email">> {
  const parsed = emailOnlySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(previous, formData, ["email"], { fieldErrors: fieldErrorsOf<"email">(parsed.error) });
  const { ip } = await requestInfo();
  await requestActivationLink(parsed.data.email, { now: await now(), ip });
  return {
    n: previous.n + 1,
    ok: true,
    values: { email: parsed.data.email },
    message: fr`Si un compte en attente d'activation correspond à l'adresse ${parsed.data.email}, un nouveau lien « Activer mon compte », valable 48 heures, vient de lui être envoyé. Pensez à regarder dans les courriers indésirables.`,
  };
}
