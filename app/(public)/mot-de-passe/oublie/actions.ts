"use server";

import { now } from "@/lib/clock";
import { emailOnlySchema } from "@/lib/domain/account/schemas";
import { fr } from "@/lib/domain/typographie";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";
import { requestInfo } from "@/lib/server/auth/request-info";

/** Public. The same answer whether the address has an account or not. */
export async function demanderReinitialisation(previous: FormState<"email">, formData: FormData): Promise<FormState<"email">> {
  const parsed = emailOnlySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(previous, formData, ["email"], { fieldErrors: fieldErrorsOf<"email">(parsed.error) });
  const { ip } = await requestInfo();
  await requestPasswordReset(parsed.data.email, { now: await now(), ip });
  return {
    n: previous.n + 1,
    ok: true,
    values: { email: parsed.data.email },
    message: fr`Si un compte correspond à l'adresse ${parsed.data.email}, un courriel contenant un lien pour choisir un nouveau mot de passe vient de lui être envoyé. Ce lien est valable 1 heure et ne sert qu'une fois. Pensez à regarder dans les courriers indésirables.`,
  };
}
