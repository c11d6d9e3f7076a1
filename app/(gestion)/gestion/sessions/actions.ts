"use server";

import { revalidatePath } from "next/cache";
import { revaliderPagesPubliques } from "@/lib/cache/revalider";
import { redirect } from "next/navigation";
import { z } from "zod";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { CHAMPS_CALENDRIER, type CalendrierSaisi, type ChampCalendrier } from "@/lib/domain/session/calendrier";
import { LISTES_CHOIX, type ChampConfiguration, type ConfigurationSaisie } from "@/lib/domain/session/configuration";
import { ECHEANCES } from "@/lib/domain/session/prolongation";
import { fr } from "@/lib/domain/typographie";
import { fieldErrorsOf, typedValues, type FormState } from "@/lib/form-state";
import { formDataOf, previousOf } from "@/lib/server/action-input";
import { requireRole } from "@/lib/server/auth/guards";
import { requestInfo } from "@/lib/server/auth/request-info";
import { acteurOf, scopeOf } from "@/lib/server/gestion/scope";
import { creerSession, type ChampCreation } from "@/lib/server/sessions/admin/creer-session";
import { modifierCalendrier } from "@/lib/server/sessions/admin/modifier-calendrier";
import { modifierConfiguration } from "@/lib/server/sessions/admin/modifier-configuration";
import { prolongerEcheance, type ChampProlongation } from "@/lib/server/sessions/admin/prolonger-echeance";
import { publierSession } from "@/lib/server/sessions/admin/publier-session";

// The académie's admin configures its sessions [issue 10 §1–4]. Each action: parse, requireRole
// ("ADMIN_ACADEMIE": anyone else a 404), one service scoped to the admin's académie in its query
// (another académie's session id is « introuvable » and changes nothing), the values typed kept.

const identifiant = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const INTROUVABLE = fr`Cette session n'existe pas dans votre académie : rien n'a été modifié.`;
const FORMULAIRE_INVALIDE = fr`Le formulaire envoyé n'est pas valide : rechargez la page et recommencez.`;
const texte = (formData: FormData, champ: string, max = 100) => {
  const v = formData.get(champ);
  return typeof v === "string" ? v.slice(0, max) : "";
};
const calendrierDe = (formData: FormData): Partial<CalendrierSaisi> => Object.fromEntries(CHAMPS_CALENDRIER.map((c) => [c, texte(formData, c, 40)]));

async function contexte() {
  const account = await requireRole("ADMIN_ACADEMIE");
  const { ip } = await requestInfo();
  return { scope: scopeOf(account), acteur: acteurOf(account), now: await now(), ip };
}

const CHAMPS_CREATION: readonly ChampCreation[] = ["examen", "annee", "libelle", ...CHAMPS_CALENDRIER];
const CreationSchema = z.object({
  examen: z.enum(["BAC_PRO", "CAP", "BP", "MC"], { error: "Choisissez un examen de la liste." }),
  annee: z.coerce.number({ error: "Saisissez l’année de la session (quatre chiffres)." }).int("Saisissez l’année de la session (quatre chiffres).").min(2000, "Saisissez une année entre 2000 et 2100.").max(2100, "Saisissez une année entre 2000 et 2100."),
  libelle: z.string().trim().min(1, "Donnez un nom à la session (par exemple « Session 2027 »).").max(100, "Le nom compte au plus 100 caractères."),
});

/** Creates an unpublished session, then opens its page. */
export async function creerSessionAction(previous: FormState<ChampCreation>, formData: FormData): Promise<FormState<ChampCreation>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const ctx = await contexte();
  const values = typedValues(formData, CHAMPS_CREATION);
  const parsed = CreationSchema.safeParse({ examen: formData.get("examen"), annee: formData.get("annee"), libelle: formData.get("libelle") });
  if (!parsed.success) return { n: previous.n + 1, values, fieldErrors: fieldErrorsOf<ChampCreation>(parsed.error) };
  const result = await creerSession(await getDb(), { ...parsed.data, calendrier: calendrierDe(formData) }, ctx);
  if (!result.ok) return { n: previous.n + 1, values, fieldErrors: result.fieldErrors, ...(result.formError ? { formError: result.formError } : {}) };
  revalidatePath("/gestion/sessions");
  redirect(`/gestion/sessions/${result.sessionId}?creee=1`);
}

/** The calendar of a session, typed in the académie's zone. */
export async function modifierCalendrierAction(previous: FormState<ChampCalendrier>, formData: FormData): Promise<FormState<ChampCalendrier>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const ctx = await contexte();
  const values = typedValues(formData, CHAMPS_CALENDRIER);
  const sessionId = identifiant.safeParse(formData.get("sessionId"));
  if (!sessionId.success) return { n: previous.n + 1, values, formError: FORMULAIRE_INVALIDE };
  const result = await modifierCalendrier(await getDb(), sessionId.data, calendrierDe(formData), ctx);
  if (!result.ok) return { n: previous.n + 1, values, ...(result.introuvable ? { formError: INTROUVABLE } : {}), ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) };
  revalidatePath(`/gestion/sessions/${sessionId.data}`);
  revaliderPagesPubliques();
  return { n: previous.n + 1, ok: true, message: "Calendrier enregistré." };
}

export type ConfigurationState = FormState<ChampConfiguration> & {
  /** The dossiers the refused change would affect (the first ones), and how many in all. */
  impacts?: { numero: string | null; messages: string[] }[];
  total?: number;
  /** Piece code → mode as chosen, to draw the form again. */
  modes?: Record<string, string>;
  specialites?: string[];
};

/** What candidates choose from; a change withdrawing saved choices is shown first, then applied on request. */
export async function modifierConfigurationAction(previous: ConfigurationState, formData: FormData): Promise<ConfigurationState> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const ctx = await contexte();
  const modes: Record<string, string> = {};
  for (const [cle, valeur] of formData.entries()) if (cle.startsWith("piece:") && typeof valeur === "string" && Object.keys(modes).length < 100) modes[cle.slice(6, 40)] = valeur.slice(0, 10);
  const specialites = formData.getAll("specialites").filter((v): v is string => typeof v === "string").slice(0, 500).map((s) => s.slice(0, 20));
  const saisie: ConfigurationSaisie = {
    ...(Object.fromEntries(LISTES_CHOIX.map((l) => [l, texte(formData, l, 4000)])) as Record<(typeof LISTES_CHOIX)[number], string>),
    specialites,
    pieces: modes,
    adressePostale: texte(formData, "adressePostale", 1000),
    amenagementUrl: texte(formData, "amenagementUrl", 1000),
    informations: texte(formData, "informations", 4000),
  };
  const values: Partial<Record<ChampConfiguration, string>> = Object.fromEntries(
    ([...LISTES_CHOIX, "adressePostale", "amenagementUrl", "informations"] as const).map((c) => [c, saisie[c]]),
  );
  const garde = { values, modes, specialites };
  const sessionId = identifiant.safeParse(formData.get("sessionId"));
  if (!sessionId.success) return { n: previous.n + 1, ...garde, formError: FORMULAIRE_INVALIDE };
  const result = await modifierConfiguration(await getDb(), sessionId.data, saisie, { ...ctx, appliquer: formData.get("appliquer") === "oui" });
  if (!result.ok) {
    if ("introuvable" in result) return { n: previous.n + 1, ...garde, formError: INTROUVABLE };
    if ("fieldErrors" in result) return { n: previous.n + 1, ...garde, fieldErrors: result.fieldErrors, formError: fr`La configuration n'a pas été enregistrée : corrigez les champs signalés.` };
    return {
      n: previous.n + 1,
      ...garde,
      impacts: result.impacts.map((i) => ({ numero: i.numero, messages: i.atteintes.map((a) => a.message) })),
      total: result.total,
      formError: fr`Ce changement retire un choix déjà fait par ${result.total} candidature${result.total > 1 ? "s" : ""} : rien n'a été enregistré. Renoncez-y, ou appliquez-le en signalant ces dossiers à leurs candidats.`,
    };
  }
  revalidatePath(`/gestion/sessions/${sessionId.data}`);
  revaliderPagesPubliques();
  const message = !result.nouvelleVersion
    ? "Informations enregistrées (les choix proposés n’ont pas changé)."
    : result.signalees > 0
      ? fr`Configuration enregistrée (version ${result.version}) : ${result.signalees} candidature${result.signalees > 1 ? "s" : ""} signalée${result.signalees > 1 ? "s" : ""} « à revoir », leurs candidats prévenus par courriel.`
      : fr`Configuration enregistrée (version ${result.version}).`;
  return { n: previous.n + 1, ok: true, message };
}

/** Publishes or withdraws a session. */
export async function publierSessionAction(previous: FormState, formData: FormData): Promise<FormState> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const ctx = await contexte();
  const sessionId = identifiant.safeParse(formData.get("sessionId"));
  const publier = formData.get("publier");
  if (!sessionId.success || (publier !== "oui" && publier !== "non")) return { n: previous.n + 1, formError: FORMULAIRE_INVALIDE };
  const result = await publierSession(await getDb(), sessionId.data, publier === "oui", ctx);
  if (!result.ok) return { n: previous.n + 1, formError: result.introuvable ? INTROUVABLE : result.message };
  revalidatePath(`/gestion/sessions/${sessionId.data}`);
  revaliderPagesPubliques();
  return { n: previous.n + 1, ok: true, message: result.publiee ? "Session publiée : sa page est visible des candidats." : "Session retirée : elle n’est plus visible des candidats." };
}

const CHAMPS_PROLONGATION: readonly ChampProlongation[] = ["echeance", "nouvelleLocal", "motif"];

/** Pushes a deadline back, recorded and announced. */
export async function prolongerEcheanceAction(previous: FormState<ChampProlongation>, formData: FormData): Promise<FormState<ChampProlongation>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const ctx = await contexte();
  const values = typedValues(formData, CHAMPS_PROLONGATION);
  const sessionId = identifiant.safeParse(formData.get("sessionId"));
  const echeance = z.enum(ECHEANCES).safeParse(formData.get("echeance"));
  if (!sessionId.success) return { n: previous.n + 1, values, formError: FORMULAIRE_INVALIDE };
  if (!echeance.success) return { n: previous.n + 1, values, fieldErrors: { echeance: "Choisissez l’échéance à prolonger." } };
  const result = await prolongerEcheance(await getDb(), sessionId.data, { echeance: echeance.data, nouvelleLocal: texte(formData, "nouvelleLocal", 40), motif: texte(formData, "motif", 2000) }, ctx);
  if (!result.ok) return { n: previous.n + 1, values, ...(result.introuvable ? { formError: INTROUVABLE } : {}), ...(result.fieldErrors ? { fieldErrors: result.fieldErrors } : {}) };
  revalidatePath(`/gestion/sessions/${sessionId.data}`);
  revaliderPagesPubliques();
  return { n: previous.n + 1, ok: true, message: "Échéance prolongée : la nouvelle date s’applique dès maintenant et est annoncée aux candidats." };
}
