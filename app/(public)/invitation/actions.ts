"use server";

import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { INVITATION_LINK_MESSAGES } from "@/lib/domain/account/link-messages";
import { checkPassword } from "@/lib/domain/account/password";
import { newPasswordSchema } from "@/lib/domain/account/schemas";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { acceptInvitation } from "@/lib/server/accounts/accept-invitation";
import { requestInfo } from "@/lib/server/auth/request-info";
import { rateLimitRefusal } from "@/lib/server/rate-limit";
import { formDataOf, previousOf } from "@/lib/server/action-input";

type Field = "password" | "passwordConfirmation";
const FIELDS: readonly Field[] = ["password", "passwordConfirmation"];

/** Public: the invitation token is the authorisation. */
export async function accepterInvitation(previous: FormState<Field>, formData: FormData): Promise<FormState<Field>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = newPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const password = formData.get("password");
    return invalid(previous, formData, FIELDS, {
      fieldErrors: fieldErrorsOf<Field>(parsed.error),
      passwordFailing: typeof password === "string" && password !== "" ? checkPassword(password).failing : [],
    });
  }
  const { ip } = await requestInfo();
  const refusal = await rateLimitRefusal([{ rule: "lien-jeton:ip", key: ip }]);
  if (refusal) return invalid(previous, formData, FIELDS, { formError: refusal });
  const { outcome } = await acceptInvitation(parsed.data, { now: await now(), ip });
  if (outcome === "active") redirect("/connexion?invitation=acceptee");
  const message = INVITATION_LINK_MESSAGES[outcome];
  return invalid(previous, formData, FIELDS, { formError: `${message.title}. ${message.description}` });
}
