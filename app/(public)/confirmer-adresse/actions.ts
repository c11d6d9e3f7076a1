"use server";

import { now } from "@/lib/clock";
import { EMAIL_CHANGE_LINK_MESSAGES } from "@/lib/domain/account/link-messages";
import { fr } from "@/lib/domain/typographie";
import type { FormState } from "@/lib/form-state";
import { confirmEmailChange } from "@/lib/server/accounts/confirm-email-change";
import { requestInfo } from "@/lib/server/auth/request-info";
import { rateLimitRefusal } from "@/lib/server/rate-limit";
import { formDataOf, previousOf } from "@/lib/server/action-input";

/** Public: the token, received at the new address, is the authorisation. */
export async function confirmerAdresse(previous: FormState, formData: FormData): Promise<FormState> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const token = formData.get("token");
  const { ip } = await requestInfo();
  const refusal = await rateLimitRefusal([{ rule: "lien-jeton:ip", key: ip }]);
  if (refusal) return { n: previous.n + 1, formError: refusal };
  const { outcome, email } = await confirmEmailChange(typeof token === "string" ? token : "", { now: await now(), ip });
  if (outcome === "modifiee") {
    return { n: previous.n + 1, ok: true, message: fr`Votre adresse mail est désormais ${email ?? ""} : utilisez-la pour vous connecter.` };
  }
  const message = EMAIL_CHANGE_LINK_MESSAGES[outcome];
  return { n: previous.n + 1, formError: `${message.title}. ${message.description}` };
}
