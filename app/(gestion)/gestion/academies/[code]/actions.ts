"use server";

import { revalidatePath } from "next/cache";
import { revaliderPagesPubliques } from "@/lib/cache/revalider";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { estIdentifiant } from "@/lib/domain/identifiant";
import { ContactSchema, CoordonneesAcademieSchema, IdentiteAcademieSchema, messageRefusAcademie, type RefusAcademie } from "@/lib/domain/gestion/academies";
import { fr } from "@/lib/domain/typographie";
import { fieldErrorsOf, invalid, type FormState } from "@/lib/form-state";
import { formDataOf, previousOf } from "@/lib/server/action-input";
import { enregistrerContactAcademie } from "@/lib/server/academies/enregistrer-contact-academie";
import { modifierCoordonneesAcademie } from "@/lib/server/academies/modifier-coordonnees-academie";
import { modifierIdentiteAcademie } from "@/lib/server/academies/modifier-identite-academie";
import { supprimerContactAcademie } from "@/lib/server/academies/supprimer-contact-academie";
import { requireRole } from "@/lib/server/auth/guards";
import { requestInfo } from "@/lib/server/auth/request-info";
import { acteurOf } from "@/lib/server/gestion/scope";

// The académie's page [issue 10 §7]. Each action is bound to the académie's code by the page; a
// direct POST may carry any code, and the services reach only what the actor may edit (a national
// admin any académie, an académie's admin their own one's coordinates and contacts).

export type IdentiteField = "nom" | "timeZone" | "departements" | "siteUrl";
export type CoordonneesField = "adressePostale" | "amenagementUrl";
export type ContactField = "libelle" | "email" | "telephone" | "ordre";

const IDENTITE: readonly IdentiteField[] = ["nom", "timeZone", "departements", "siteUrl"];
const COORDONNEES: readonly CoordonneesField[] = ["adressePostale", "amenagementUrl"];
const CONTACT: readonly ContactField[] = ["libelle", "email", "telephone", "ordre"];

const AUCUN_CHANGEMENT = fr`Aucune modification : rien n'a été enregistré.`;

function refus<F extends string>(previous: FormState<F>, formData: FormData, fields: readonly F[], r: RefusAcademie): FormState<F> {
  const { champ, message } = messageRefusAcademie(r);
  return invalid(previous, formData, fields, champ && (fields as readonly string[]).includes(champ) ? { fieldErrors: { [champ]: message } as Partial<Record<F, string>> } : { formError: message });
}

function revalider(code: string) {
  revalidatePath(`/gestion/academies/${code}`);
  revalidatePath("/gestion/academies");
  revaliderPagesPubliques();
}

/** Name, zone, départements and site: the national admin only (anyone else gets a 404). */
export async function modifierIdentite(code: unknown, previous: FormState<IdentiteField>, formData: FormData): Promise<FormState<IdentiteField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = IdentiteAcademieSchema.safeParse(Object.fromEntries(formData));
  const account = await requireRole("ADMIN_NATIONAL");
  if (!parsed.success) return invalid(previous, formData, IDENTITE, { fieldErrors: fieldErrorsOf<IdentiteField>(parsed.error) });
  const { ip } = await requestInfo();
  const result = await modifierIdentiteAcademie(await getDb(), { actor: acteurOf(account), code: String(code), input: parsed.data }, { now: await now(), ip });
  if (!result.ok) return refus(previous, formData, IDENTITE, result.refus);
  revalider(String(code));
  return { n: previous.n + 1, ok: true, message: result.modifiee ? fr`Le nom, le fuseau horaire, les départements et le site de l'académie sont enregistrés.` : AUCUN_CHANGEMENT };
}

/** Postal address and aménagement link: the national admin, or the académie's own admin. */
export async function modifierCoordonnees(code: unknown, previous: FormState<CoordonneesField>, formData: FormData): Promise<FormState<CoordonneesField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = CoordonneesAcademieSchema.safeParse(Object.fromEntries(formData));
  const account = await requireRole("ADMIN_ACADEMIE", "ADMIN_NATIONAL");
  if (!parsed.success) return invalid(previous, formData, COORDONNEES, { fieldErrors: fieldErrorsOf<CoordonneesField>(parsed.error) });
  const { ip } = await requestInfo();
  const result = await modifierCoordonneesAcademie(await getDb(), { actor: acteurOf(account), code: String(code), input: parsed.data }, { now: await now(), ip });
  if (!result.ok) return refus(previous, formData, COORDONNEES, result.refus);
  revalider(String(code));
  return { n: previous.n + 1, ok: true, message: result.modifiee ? fr`L'adresse postale et le lien vers les aménagements d'épreuves sont enregistrés.` : AUCUN_CHANGEMENT };
}

/** Adds a contact (no contactId) or changes one: the national admin, or the académie's own admin. */
export async function enregistrerContact(code: unknown, previous: FormState<ContactField>, formData: FormData): Promise<FormState<ContactField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = ContactSchema.safeParse(Object.fromEntries(formData));
  const account = await requireRole("ADMIN_ACADEMIE", "ADMIN_NATIONAL");
  const contactId = formData.get("contactId");
  if (contactId !== null && contactId !== "" && !estIdentifiant(contactId)) return refus(previous, formData, CONTACT, { code: "contact-inconnu" });
  if (!parsed.success) return invalid(previous, formData, CONTACT, { fieldErrors: fieldErrorsOf<ContactField>(parsed.error) });
  const { ip } = await requestInfo();
  const result = await enregistrerContactAcademie(
    await getDb(),
    { actor: acteurOf(account), code: String(code), contactId: typeof contactId === "string" && contactId !== "" ? contactId : null, input: parsed.data },
    { now: await now(), ip },
  );
  if (!result.ok) return refus(previous, formData, CONTACT, result.refus);
  revalider(String(code));
  if (!result.modifiee) return { n: previous.n + 1, ok: true, message: AUCUN_CHANGEMENT };
  return { n: previous.n + 1, ok: true, message: contactId ? fr`Le contact « ${parsed.data.libelle} » est enregistré.` : fr`Le contact « ${parsed.data.libelle} » est ajouté.` };
}

/** Removes a contact: the national admin, or the académie's own admin. */
export async function supprimerContact(code: unknown, previous: FormState<"contactId">, formData: FormData): Promise<FormState<"contactId">> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const account = await requireRole("ADMIN_ACADEMIE", "ADMIN_NATIONAL");
  const contactId = formData.get("contactId");
  if (!estIdentifiant(contactId)) return refus(previous, formData, [], { code: "contact-inconnu" });
  const { ip } = await requestInfo();
  const result = await supprimerContactAcademie(await getDb(), { actor: acteurOf(account), code: String(code), contactId }, { now: await now(), ip });
  if (!result.ok) return refus(previous, formData, [], result.refus);
  revalider(String(code));
  return { n: previous.n + 1, ok: true, message: fr`Le contact est supprimé.` };
}
