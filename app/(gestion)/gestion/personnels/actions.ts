"use server";

import { revalidatePath } from "next/cache";
import { now } from "@/lib/clock";
import { inviteStaffSchema } from "@/lib/domain/account/schemas";
import { fr } from "@/lib/domain/typographie";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { inviteStaff, type InviteRefusal } from "@/lib/server/accounts/invite-staff";
import { requireRole } from "@/lib/server/auth/guards";
import { requestInfo } from "@/lib/server/auth/request-info";
import { formDataOf, previousOf } from "@/lib/server/action-input";

export type InvitationField = "role" | "academieId" | "email" | "nomNaissance" | "prenoms";
const FIELDS: readonly InvitationField[] = ["role", "academieId", "email", "nomNaissance", "prenoms"];

const REFUSALS: Record<InviteRefusal, { field?: InvitationField; message: string }> = {
  "role-interdit": { field: "role", message: fr`Vous ne pouvez pas donner ce rôle.` },
  "academie-requise": { field: "academieId", message: fr`Choisissez l'académie de la personne invitée.` },
  "academie-interdite": { field: "academieId", message: fr`Un administrateur national n'est rattaché à aucune académie.` },
  "hors-academie": { field: "academieId", message: fr`Vous ne pouvez inviter des personnels que pour votre académie.` },
  academie_inconnue: { field: "academieId", message: fr`Cette académie n'existe pas.` },
  adresse_utilisee: { field: "email", message: fr`Un compte existe déjà avec cette adresse : invitez une autre adresse ou faites modifier ce compte.` },
};

/** Académie and national admins only: anyone else gets a 404, even by a direct POST. */
export async function inviterPersonnel(previous: FormState<InvitationField>, formData: FormData): Promise<FormState<InvitationField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = inviteStaffSchema.safeParse(Object.fromEntries(formData));
  const actor = await requireRole("ADMIN_ACADEMIE", "ADMIN_NATIONAL");
  if (!parsed.success) return invalid(previous, formData, FIELDS, { fieldErrors: fieldErrorsOf<InvitationField>(parsed.error) });
  const { ip } = await requestInfo();
  const result = await inviteStaff({ actor, input: parsed.data }, { now: await now(), ip });
  if (!result.ok) {
    const refusal = REFUSALS[result.code];
    return invalid(previous, formData, FIELDS, refusal.field ? { fieldErrors: { [refusal.field]: refusal.message } } : { formError: refusal.message });
  }
  revalidatePath("/gestion/personnels");
  return {
    n: previous.n + 1,
    ok: true,
    message: result.renvoyee
      ? fr`Une nouvelle invitation, valable 7 jours, va être envoyée à ${parsed.data.email} dans les prochaines minutes.`
      : fr`L'invitation va être envoyée à ${parsed.data.email} dans les prochaines minutes : la personne choisit son mot de passe avec le lien reçu (valable 7 jours).`,
  };
}
