"use server";

import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { todayIn } from "@/lib/domain/account/birth-date";
import { checkPassword } from "@/lib/domain/account/password";
import { CREATE_ACCOUNT_FIELDS, createAccountSchema, type CreateAccountField } from "@/lib/domain/account/schemas";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { createAccount } from "@/lib/server/accounts/create-account";
import { requestInfo } from "@/lib/server/auth/request-info";
import { formDataOf, previousOf } from "@/lib/server/action-input";

/** Public: anyone may create a candidate account. The answer never says whether the address was known. */
export async function creerCompte(previous: FormState<CreateAccountField>, formData: FormData): Promise<FormState<CreateAccountField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const at = await now();
  const parsed = createAccountSchema(todayIn(at)).safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const password = formData.get("password");
    return invalid(previous, formData, CREATE_ACCOUNT_FIELDS, {
      fieldErrors: fieldErrorsOf<CreateAccountField>(parsed.error),
      passwordFailing: typeof password === "string" && password !== "" ? checkPassword(password).failing : [],
    });
  }
  const { ip } = await requestInfo();
  const created = await createAccount(parsed.data, { now: at, ip });
  if (created.outcome === "limite") return invalid(previous, formData, CREATE_ACCOUNT_FIELDS, { formError: created.message });
  redirect("/creer-compte/courriel-envoye");
}
