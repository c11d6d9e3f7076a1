"use server";

import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { ACTIVATION_LINK_MESSAGES } from "@/lib/domain/account/link-messages";
import type { FormState } from "@/lib/form-state";
import { activateAccount } from "@/lib/server/accounts/activate-account";
import { requestInfo } from "@/lib/server/auth/request-info";
import { rateLimitRefusal } from "@/lib/server/rate-limit";
import { formDataOf, previousOf } from "@/lib/server/action-input";

/** Public: the token is the authorisation (only the mailbox owner has it). */
export async function activer(previous: FormState, formData: FormData): Promise<FormState> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const token = formData.get("token");
  const { ip } = await requestInfo();
  const refusal = await rateLimitRefusal([{ rule: "lien-jeton:ip", key: ip }]);
  if (refusal) return { n: previous.n + 1, formError: refusal };
  const { outcome } = await activateAccount(typeof token === "string" ? token : "", { now: await now(), ip });
  if (outcome === "active") redirect("/connexion?compte=active");
  if (outcome === "deja_active") redirect("/connexion?compte=deja-active");
  const message = ACTIVATION_LINK_MESSAGES[outcome];
  return { n: previous.n + 1, formError: `${message.title}. ${message.description}` };
}
