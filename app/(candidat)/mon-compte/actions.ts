"use server";

import { revalidatePath } from "next/cache";
import { now } from "@/lib/clock";
import { todayIn } from "@/lib/domain/account/birth-date";
import { checkPassword } from "@/lib/domain/account/password";
import { changeEmailSchema, changePasswordSchema, identitySchema } from "@/lib/domain/account/schemas";
import { fr } from "@/lib/domain/typographie";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { changeEmail } from "@/lib/server/accounts/change-email";
import { changePassword } from "@/lib/server/accounts/change-password";
import { updateIdentity } from "@/lib/server/accounts/update-identity";
import { requireAccount, requireCandidate } from "@/lib/server/auth/guards";
import { requestInfo } from "@/lib/server/auth/request-info";
import { formDataOf, previousOf } from "@/lib/server/action-input";

export type IdentiteField = "civilite" | "nomNaissance" | "nomUsage" | "prenoms" | "dateNaissance" | "paysNaissance";
const IDENTITE_FIELDS: readonly IdentiteField[] = ["civilite", "nomNaissance", "nomUsage", "prenoms", "dateNaissance", "paysNaissance"];

export async function modifierIdentite(previous: FormState<IdentiteField>, formData: FormData): Promise<FormState<IdentiteField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const at = await now();
  const parsed = identitySchema(todayIn(at)).safeParse(Object.fromEntries(formData));
  const account = await requireCandidate();
  if (!parsed.success) return invalid(previous, formData, IDENTITE_FIELDS, { fieldErrors: fieldErrorsOf<IdentiteField>(parsed.error) });
  const { ip } = await requestInfo();
  const result = await updateIdentity({ actor: account, input: parsed.data }, { now: at, ip });
  if (!result.ok) {
    return invalid(previous, formData, IDENTITE_FIELDS, {
      formError: fr`Vous avez déjà une candidature : votre état civil ne peut plus être modifié ici. Contactez le service gestionnaire de votre académie.`,
    });
  }
  revalidatePath("/mon-compte");
  return { n: previous.n + 1, ok: true, message: "Vos informations ont été enregistrées.", values: Object.fromEntries(IDENTITE_FIELDS.map((f) => [f, String(formData.get(f) ?? "")])) };
}

export type AdresseField = "email" | "emailConfirmation" | "currentPassword";
const ADRESSE_FIELDS: readonly AdresseField[] = ["email", "emailConfirmation", "currentPassword"];

export async function changerAdresse(previous: FormState<AdresseField>, formData: FormData): Promise<FormState<AdresseField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = changeEmailSchema.safeParse(Object.fromEntries(formData));
  const account = await requireAccount();
  if (!parsed.success) return invalid(previous, formData, ADRESSE_FIELDS, { fieldErrors: fieldErrorsOf<AdresseField>(parsed.error) });
  const { ip } = await requestInfo();
  const result = await changeEmail({ actor: account, email: parsed.data.email, currentPassword: parsed.data.currentPassword }, { now: await now(), ip });
  if (!result.ok && result.code === "limite") return invalid(previous, formData, ADRESSE_FIELDS, { formError: result.message });
  if (!result.ok) {
    const fieldErrors: Partial<Record<AdresseField, string>> =
      result.code === "mot_de_passe_actuel"
        ? { currentPassword: fr`Le mot de passe actuel n'est pas le bon.` }
        : { email: fr`C'est déjà l'adresse de votre compte : indiquez la nouvelle adresse.` };
    return invalid(previous, formData, ADRESSE_FIELDS, { fieldErrors });
  }
  revalidatePath("/mon-compte");
  return {
    n: previous.n + 1,
    ok: true,
    message: fr`Un courriel va être envoyé à ${parsed.data.email} dans les prochaines minutes. Votre adresse changera quand vous aurez suivi le lien qu'il contient (valable 24 heures) ; d'ici là, continuez à utiliser l'adresse actuelle.`,
  };
}

export type MotDePasseField = "currentPassword" | "password" | "passwordConfirmation";
const MOT_DE_PASSE_FIELDS: readonly MotDePasseField[] = ["currentPassword", "password", "passwordConfirmation"];

export async function changerMotDePasse(previous: FormState<MotDePasseField>, formData: FormData): Promise<FormState<MotDePasseField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(formData));
  const account = await requireAccount();
  if (!parsed.success) {
    const password = formData.get("password");
    return invalid(previous, formData, MOT_DE_PASSE_FIELDS, {
      fieldErrors: fieldErrorsOf<MotDePasseField>(parsed.error),
      passwordFailing: typeof password === "string" && password !== "" ? checkPassword(password).failing : [],
    });
  }
  const { ip } = await requestInfo();
  const result = await changePassword(
    { actor: account, authSessionId: account.authSessionId, currentPassword: parsed.data.currentPassword, password: parsed.data.password },
    { now: await now(), ip },
  );
  if (!result.ok && result.code === "limite") return invalid(previous, formData, MOT_DE_PASSE_FIELDS, { formError: result.message });
  if (!result.ok) return invalid(previous, formData, MOT_DE_PASSE_FIELDS, { fieldErrors: { currentPassword: fr`Le mot de passe actuel n'est pas le bon.` } });
  revalidatePath("/mon-compte");
  return { n: previous.n + 1, ok: true, message: fr`Votre mot de passe a été modifié. Vos autres connexions ouvertes ont été fermées.` };
}
