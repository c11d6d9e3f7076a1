"use server";

import { now } from "@/lib/clock";
import { emailOnlySchema } from "@/lib/domain/account/schemas";
import { fr } from "@/lib/domain/typographie";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { askAddressLink } from "@/lib/server/accounts/ask-address-link";
import { requestInfo } from "@/lib/server/auth/request-info";
import { formDataOf, previousOf } from "@/lib/server/action-input";

/** Public. Same answer, in the same time, for every address: the lookup happens in the job queue. */
export async function demanderNouveauLien(previous: FormState<"email">, formData: FormData): Promise<FormState<"email">> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = emailOnlySchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(previous, formData, ["email"], { fieldErrors: fieldErrorsOf<"email">(parsed.error) });
  const { ip } = await requestInfo();
  const asked = await askAddressLink("lien-activation", { email: parsed.data.email, ip, now: await now() });
  if (!asked.ok) return invalid(previous, formData, ["email"], { formError: asked.message });
  return {
    n: previous.n + 1,
    ok: true,
    values: { email: parsed.data.email },
    message: fr`Si un compte en attente d'activation correspond à l'adresse ${parsed.data.email}, un nouveau lien « Activer mon compte », valable 48 heures, va lui être envoyé dans les prochaines minutes. Pensez à regarder dans les courriers indésirables.`,
  };
}
