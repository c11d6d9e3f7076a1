"use server";

import { revalidatePath } from "next/cache";
import { now } from "@/lib/clock";
import { inviteStaffSchema } from "@/lib/domain/account/schemas";
import { fr } from "@/lib/domain/typographie";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { changerEtatPersonnel as changerEtat, type EtatPersonnelRefus } from "@/lib/server/accounts/changer-etat-personnel";
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

const REFUS_ETAT: Record<EtatPersonnelRefus, string> = {
  introuvable: fr`Ce compte n'est pas un personnel de votre périmètre : rien n'a été modifié.`,
  "soi-meme": fr`Vous ne pouvez pas désactiver votre propre compte.`,
  deja: fr`Ce compte est déjà dans cet état : rien n'a été modifié.`,
};

/** Deactivates or reactivates a staff account of the admin's scope (its sessions end at once). */
export async function changerEtatPersonnel(previous: FormState<"accountId">, formData: FormData): Promise<FormState<"accountId">> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const actor = await requireRole("ADMIN_ACADEMIE", "ADMIN_NATIONAL");
  const accountId = formData.get("accountId");
  const actif = formData.get("actif") === "1";
  if (typeof accountId !== "string" || accountId === "") return { n: previous.n + 1, formError: REFUS_ETAT.introuvable };
  const { ip } = await requestInfo();
  const result = await changerEtat({ actor, accountId, actif }, { now: await now(), ip });
  if (!result.ok) return { n: previous.n + 1, formError: REFUS_ETAT[result.code] };
  revalidatePath("/gestion/personnels");
  return {
    n: previous.n + 1,
    ok: true,
    message: actif
      ? fr`Le compte de ${result.nom} est réactivé : la personne peut de nouveau se connecter.`
      : fr`Le compte de ${result.nom} est désactivé : ses sessions ouvertes sont terminées et il ne peut plus se connecter.`,
  };
}
