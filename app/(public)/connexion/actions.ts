"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth";
import { signInSchema } from "@/lib/domain/account/schemas";
import { parseRefusalCode, signInRefusalMessage } from "@/lib/domain/account/sign-in-messages";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { formDataOf, previousOf } from "@/lib/server/action-input";

export type ConnexionField = "email" | "password";
const FIELDS: readonly ConnexionField[] = ["email", "password"];

/** Public. Auth.js checks the password (lib/auth.ts); on success signIn() redirects (NEXT_REDIRECT, rethrown). */
export async function seConnecter(previous: FormState<ConnexionField>, formData: FormData): Promise<FormState<ConnexionField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(previous, formData, FIELDS, { fieldErrors: fieldErrorsOf<ConnexionField>(parsed.error) });
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/espace" });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    let code = "erreur";
    if (error instanceof CredentialsSignin) code = error.code;
    else console.error(`Connexion impossible : ${error.type} ${error.message}`);
    return { ...invalid(previous, formData, FIELDS, { formError: signInRefusalMessage(code) }), code: parseRefusalCode(code).kind };
  }
  return { n: previous.n + 1 };
}
