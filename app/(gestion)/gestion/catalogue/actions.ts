"use server";

import { revalidatePath } from "next/cache";
import { revaliderPagesPubliques } from "@/lib/cache/revalider";
import { redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { epreuveFormSchema, examenDuSlug, specialiteFormSchema } from "@/lib/domain/catalogue/formulaires";
import { REFUS_CATALOGUE, type Refus } from "@/lib/domain/catalogue/refus";
import { fr } from "@/lib/domain/typographie";
import { fieldErrorsOf, typedValues, type FormState } from "@/lib/form-state";
import { formDataOf, previousOf } from "@/lib/server/action-input";
import { requireRole } from "@/lib/server/auth/guards";
import { requestInfo } from "@/lib/server/auth/request-info";
import { enregistrerEpreuve as enregistrerEpreuveService } from "@/lib/server/catalogue/enregistrer-epreuve";
import { enregistrerSpecialite as enregistrerSpecialiteService } from "@/lib/server/catalogue/enregistrer-specialite";
import { supprimerEpreuve as supprimerEpreuveService } from "@/lib/server/catalogue/supprimer-epreuve";
import { supprimerSpecialite as supprimerSpecialiteService } from "@/lib/server/catalogue/supprimer-specialite";
import { getDb } from "@/lib/db";

// The national admin's catalogue (issue 10 §8): parse, authorise (requireRole: anyone else gets a
// 404, even by a direct POST; each service checks the role again), one service call, then the
// page again with what was typed and the messages beside their fields, or the next page.

export type SpecialiteField = "codeDiplome" | "libelle" | "sigle" | "secteur" | "nbLanguesObligatoires" | "travailEnHauteur" | "active";
const CHAMPS_SPECIALITE: readonly SpecialiteField[] = ["codeDiplome", "libelle", "sigle", "secteur", "nbLanguesObligatoires", "travailEnHauteur", "active"];

export type EpreuveField = "code" | "libelle" | "nature" | "disciplines" | "generale" | "secteur" | "ordre" | "actif";
const CHAMPS_EPREUVE: readonly EpreuveField[] = ["code", "libelle", "nature", "disciplines", "generale", "secteur", "ordre", "actif"];

const EXAMEN_INCONNU = REFUS_CATALOGUE["examen-inconnu"].message;
const texte = (v: unknown) => (typeof v === "string" ? v : null);

/** What was typed, the ticked disciplines joined. */
function saisie<F extends string>(formData: FormData, champs: readonly F[]): Partial<Record<F, string>> {
  const values = typedValues(formData, champs);
  if ((champs as readonly string[]).includes("disciplines"))
    (values as Record<string, string>).disciplines = formData.getAll("disciplines").filter((v): v is string => typeof v === "string").join(",").slice(0, 500);
  return values;
}

function refus<F extends string>(previous: FormState<F>, values: Partial<Record<F, string>>, r: Refus): FormState<F> {
  const { field, message } = { ...REFUS_CATALOGUE[r.code], ...(r.field ? { field: r.field } : {}), ...(r.message ? { message: r.message } : {}) };
  return { n: previous.n + 1, values, ...(field ? { fieldErrors: { [field]: message } as Partial<Record<F, string>> } : { formError: message }) };
}

const CORRIGER = fr`Certaines informations sont à corriger : les messages figurent sous les champs concernés. Rien n'a été enregistré.`;

/** Adds a spécialité to the exam (`id` null) or changes it. */
export async function enregistrerSpecialite(examenSlug: string, id: string | null, previous: FormState<SpecialiteField>, formData: FormData): Promise<FormState<SpecialiteField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = specialiteFormSchema.safeParse(Object.fromEntries(formData));
  const actor = await requireRole("ADMIN_NATIONAL");
  const values = saisie(formData, CHAMPS_SPECIALITE);
  const examen = examenDuSlug(texte(examenSlug) ?? "");
  if (!examen) return { n: previous.n + 1, values, formError: EXAMEN_INCONNU };
  if (!parsed.success) return { n: previous.n + 1, values, formError: CORRIGER, fieldErrors: fieldErrorsOf<SpecialiteField>(parsed.error) };
  const { ip } = await requestInfo();
  const result = await enregistrerSpecialiteService(await getDb(), { actor, examen, id: texte(id), input: parsed.data }, { now: await now(), ip });
  if (!result.ok) return refus(previous, values, result);
  revalidatePath("/gestion/catalogue");
  revaliderPagesPubliques();
  redirect(`/gestion/catalogue/specialites/${result.codeDiplome}?enregistree=${id === null ? "creee" : "modifiee"}`);
}

/** Removes a spécialité, or deactivates it when saved candidatures name it. */
export async function supprimerSpecialite(id: string, previous: FormState<never>, _formData: FormData): Promise<FormState<never>> {
  previous = previousOf(previous);
  const actor = await requireRole("ADMIN_NATIONAL");
  const { ip } = await requestInfo();
  const result = await supprimerSpecialiteService(await getDb(), { actor, id: texte(id) ?? "" }, { now: await now(), ip });
  if (!result.ok) return { n: previous.n + 1, formError: REFUS_CATALOGUE[result.code].message };
  revalidatePath("/gestion/catalogue");
  revaliderPagesPubliques();
  redirect(`/gestion/catalogue?specialite=${result.mode}`);
}

/** Adds an épreuve to the exam or to one of its spécialités (`id` null), or changes one. */
export async function enregistrerEpreuve(
  examenSlug: string,
  specialite: string | null,
  id: string | null,
  previous: FormState<EpreuveField>,
  formData: FormData,
): Promise<FormState<EpreuveField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const parsed = epreuveFormSchema.safeParse({ ...Object.fromEntries(formData), disciplines: formData.getAll("disciplines") });
  const actor = await requireRole("ADMIN_NATIONAL");
  const values = saisie(formData, CHAMPS_EPREUVE);
  const examen = examenDuSlug(texte(examenSlug) ?? "");
  if (!examen) return { n: previous.n + 1, values, formError: EXAMEN_INCONNU };
  if (!parsed.success) return { n: previous.n + 1, values, formError: CORRIGER, fieldErrors: fieldErrorsOf<EpreuveField>(parsed.error) };
  const { ip } = await requestInfo();
  const cible = { examen, specialite: texte(specialite) };
  const result = await enregistrerEpreuveService(await getDb(), { actor, cible, id: texte(id), input: parsed.data }, { now: await now(), ip });
  if (!result.ok) return refus(previous, values, result);
  revalidatePath("/gestion/catalogue");
  revaliderPagesPubliques();
  const etat = id === null ? "creee" : "modifiee";
  redirect(cible.specialite ? `/gestion/catalogue/specialites/${cible.specialite}?epreuve=${etat}` : `/gestion/catalogue?epreuve=${etat}#examen-${examenSlug}`);
}

/** Removes an épreuve, or deactivates it when saved candidatures may refer to it. */
export async function supprimerEpreuve(id: string, previous: FormState<never>, _formData: FormData): Promise<FormState<never>> {
  previous = previousOf(previous);
  const actor = await requireRole("ADMIN_NATIONAL");
  const { ip } = await requestInfo();
  const result = await supprimerEpreuveService(await getDb(), { actor, id: texte(id) ?? "" }, { now: await now(), ip });
  if (!result.ok) return { n: previous.n + 1, formError: REFUS_CATALOGUE[result.code].message };
  revalidatePath("/gestion/catalogue");
  revaliderPagesPubliques();
  const etat = result.mode === "supprimee" ? "supprimee" : "desactivee";
  redirect(result.specialite ? `/gestion/catalogue/specialites/${result.specialite}?epreuve=${etat}` : `/gestion/catalogue?epreuve=${etat}`);
}
