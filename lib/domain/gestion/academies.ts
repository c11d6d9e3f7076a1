// The académies as the national admin configures them [issue 10 §7]: name, zone, départements,
// contacts and address shown to candidates. Pure rules and the forms' schemas; the services in
// lib/server/academies/ read and write.
import { z } from "zod";
import { academieNom, type Actor } from "../account/roles";
import { EMAIL_MAX_LENGTH, isEmailShape } from "../account/email";
import { formatInstantFr } from "../calendar";
import { blankToUndefined, isPrintable, normaliserTelephone, requiredText, TEXTE_ATTENDU } from "../candidature/fields";
import { fr } from "../typographie";
import { isKnownZone, zoneLabel } from "../zones";

// ---- Who edits what ---------------------------------------------------------------------------

/**
 * "complet": the national admin, every field of every académie. "coordonnees": the académie's own
 * admin, only what candidates read to reach the rectorat (contacts, postal address, aménagement
 * link), never its name, zone or départements, which decide where candidates may register. null:
 * anyone else, for whom the académie's page does not exist.
 */
export type AccesAcademie = "complet" | "coordonnees";

export function accesAcademie(actor: Actor, academieId: string): AccesAcademie | null {
  if (actor.role === "ADMIN_NATIONAL") return "complet";
  if (actor.role === "ADMIN_ACADEMIE" && actor.academieId === academieId) return "coordonnees";
  return null;
}

// ---- Départements -----------------------------------------------------------------------------

// REFERENCE §3: metropolitan 01–95 with Corsica as 2A and 2B (no "20"); overseas 971–976, the
// collectivités 977 and 978 (Saint-Barthélemy, Saint-Martin), and the Pacific 986–988.
const DEPARTEMENT = /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[6-8])$/;

export function estCodeDepartement(code: string): boolean {
  return DEPARTEMENT.test(code);
}

/** Sort key: 2A and 2B sit where 20 was, overseas codes after 95. */
function rangDepartement(code: string): number {
  if (code === "2A") return 20.1;
  if (code === "2B") return 20.2;
  return Number(code);
}

export function trierDepartements(codes: readonly string[]): string[] {
  return [...codes].sort((a, b) => rangDepartement(a) - rangDepartement(b));
}

/** "54 55, 57;88" → ["54", "55", "57", "88"]: sorted, each once; or the message for the field. */
export function lireDepartements(texte: string): { ok: true; departements: string[] } | { ok: false; message: string } {
  const codes = texte
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== "");
  if (codes.length === 0) return { ok: false, message: fr`Indiquez au moins un département, par exemple 54 55 57 88.` };
  const invalides = [...new Set(codes.filter((c) => !estCodeDepartement(c)))];
  if (invalides.length > 0) {
    const liste = invalides.slice(0, 5).map((c) => `«\u00a0${c.slice(0, 10)}\u00a0»`).join(", ");
    return {
      ok: false,
      message:
        invalides.length === 1
          ? fr`${liste} n'est pas un code de département : indiquez des codes comme 54, 2A ou 974, séparés par des espaces.`
          : fr`${liste} ne sont pas des codes de département : indiquez des codes comme 54, 2A ou 974, séparés par des espaces.`,
    };
  }
  return { ok: true, departements: trierDepartements([...new Set(codes)]) };
}

export type AcademieDepartements = { code: string; nom: string; departements: readonly string[] };
export type ConflitDepartement = { departement: string; academie: string };

/**
 * A département belongs to one académie only: the one a postal code names (domicile rule). The
 * départements of `departements` that another académie than `code` already holds.
 */
export function conflitsDepartements(code: string, departements: readonly string[], academies: readonly AcademieDepartements[]): ConflitDepartement[] {
  const conflits: ConflitDepartement[] = [];
  for (const d of departements) {
    const autre = academies.find((a) => a.code !== code && a.departements.includes(d));
    if (autre) conflits.push({ departement: d, academie: autre.nom });
  }
  return conflits;
}

/** "Le département 54 appartient déjà à l'académie de Nancy-Metz : …", grouped by académie. */
export function messageConflits(conflits: readonly ConflitDepartement[]): string {
  const parAcademie = new Map<string, string[]>();
  for (const c of conflits) parAcademie.set(c.academie, [...(parAcademie.get(c.academie) ?? []), c.departement]);
  const phrases = [...parAcademie].map(([nom, codes]) =>
    codes.length === 1
      ? fr`le département ${codes[0]} appartient déjà à l'${academieNom(nom)}`
      : fr`les départements ${listeEt(codes)} appartiennent déjà à l'${academieNom(nom)}`,
  );
  const texte = phrases.join(" ; ");
  return fr`${texte.charAt(0).toUpperCase()}${texte.slice(1)}. Un département ne relève que d'une académie : retirez-le d'abord de l'autre académie.`;
}

function listeEt(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} et ${items.at(-1)}`;
}

// ---- The zone of an académie with sessions ------------------------------------------------------

export type SessionEcheances = {
  libelle: string;
  examen: string;
  inscriptionCloture: Date;
  depotCloture: Date | null;
  confirmationLimite: Date | null;
  epsDate: Date | null;
};

/** The session's last deadline or date: until then candidates read its calendar. */
export function derniereEcheance(s: SessionEcheances): Date {
  const instants = [s.inscriptionCloture, s.depotCloture, s.confirmationLimite, s.epsDate].filter((d): d is Date => d !== null);
  return new Date(Math.max(...instants.map((d) => d.getTime())));
}

/** The sessions whose calendar still runs at `now` (last deadline not passed), soonest end first. */
export function sessionsNonTerminees<S extends SessionEcheances>(sessions: readonly S[], now: Date): S[] {
  return sessions.filter((s) => derniereEcheance(s).getTime() > now.getTime()).sort((a, b) => derniereEcheance(a).getTime() - derniereEcheance(b).getTime());
}

/**
 * Why the zone may not change now, or null. Each session's instants were typed in the zone's
 * local time and announced to candidates in it (session page, wizard, confirmations): converting
 * them would move every deadline announced, keeping the instants would make the calendar read
 * differently from what was typed. So the zone changes only once every session has ended; ended
 * sessions keep their instants and have their local strings re-expressed in the new zone.
 */
export function refusChangementFuseau(ancienne: string, nouvelle: string, sessions: readonly SessionEcheances[], now: Date): string | null {
  return ancienne === nouvelle ? null : blocageFuseau(ancienne, sessions, now);
}

/** Why no other zone may be chosen now (the page says it under the field), or null. */
export function blocageFuseau(ancienne: string, sessions: readonly SessionEcheances[], now: Date): string | null {
  const enCours = sessionsNonTerminees(sessions, now);
  if (enCours.length === 0) return null;
  const liste = enCours
    .slice(0, 3)
    .map((s) => fr`${s.examen} – ${s.libelle} jusqu'au ${formatInstantFr(derniereEcheance(s), ancienne)}`)
    .join(", ");
  const autres = enCours.length > 3 ? fr` et ${enCours.length - 3} autre${enCours.length - 3 > 1 ? "s" : ""}` : "";
  return fr`Le fuseau horaire ne peut pas être changé tant que l'académie a des sessions en cours ou à venir : ${liste}${autres}. Leurs dates ont été saisies et annoncées aux candidats en ${zoneLabel(ancienne)} ; changer de fuseau déplacerait ces échéances. Changez-le après la dernière échéance de ces sessions.`;
}

// ---- Forms --------------------------------------------------------------------------------------

export const NOM_MAX = 100;
export const URL_MAX = 300;
export const ADRESSE_MAX = 500;
export const ADRESSE_LIGNES_MAX = 8;
export const LIBELLE_CONTACT_MAX = 150;
export const TELEPHONE_MAX = 30;
export const ORDRE_MAX = 999;

const URL_MESSAGE = fr`Indiquez une adresse web complète commençant par https://, par exemple https://www.ac-exemple.fr/page.`;

/** An https:// address (candidates follow it from the portal), or absent. */
function optionalHttpsUrl() {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: TEXTE_ATTENDU })
      .max(URL_MAX, fr`Cette adresse ne peut pas dépasser ${URL_MAX} caractères.`)
      .refine((v) => {
        if (!isPrintable(v) || /\s/.test(v)) return false;
        try {
          const url = new URL(v);
          return url.protocol === "https:" && url.hostname.includes(".") && url.username === "" && url.password === "";
        } catch {
          return false;
        }
      }, URL_MESSAGE)
      .optional(),
  );
}

/** Several lines (a postal address): each trimmed, blank ones dropped; absent when empty. */
function optionalLignes(max: number, lignesMax: number) {
  return z.preprocess(
    (v) => (typeof v === "string" ? blankToUndefined(v.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter((l) => l !== "").join("\n")) : v),
    z
      .string({ error: TEXTE_ATTENDU })
      .max(max, fr`L'adresse ne peut pas dépasser ${max} caractères : raccourcissez-la.`)
      .refine((v) => v.split("\n").length <= lignesMax, fr`L'adresse tient en ${lignesMax} lignes au plus.`)
      .refine((v) => v.split("\n").every(isPrintable), fr`L'adresse contient un caractère non admis : saisissez-la de nouveau au clavier.`)
      .optional(),
  );
}

/** What only the national admin changes: these decide where candidates may register, and when. */
export const IdentiteAcademieSchema = z.object({
  nom: requiredText(fr`Indiquez le nom de l'académie, par exemple Nancy-Metz.`, NOM_MAX),
  timeZone: z.preprocess(blankToUndefined, z.string({ error: fr`Choisissez le fuseau horaire de l'académie.` }).refine(isKnownZone, fr`Choisissez un des fuseaux horaires de la liste.`)),
  departements: z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z.string().transform((texte, ctx) => {
      const lu = lireDepartements(texte.slice(0, 500));
      if (lu.ok) return lu.departements;
      ctx.addIssue({ code: "custom", message: lu.message });
      return z.NEVER;
    }),
  ),
  siteUrl: optionalHttpsUrl(),
});
export type IdentiteAcademie = z.infer<typeof IdentiteAcademieSchema>;

/** What the académie's own admin may change too: how candidates reach the rectorat. */
export const CoordonneesAcademieSchema = z.object({
  adressePostale: optionalLignes(ADRESSE_MAX, ADRESSE_LIGNES_MAX),
  amenagementUrl: optionalHttpsUrl(),
});
export type CoordonneesAcademie = z.infer<typeof CoordonneesAcademieSchema>;

const EMAIL_MESSAGE = fr`L'adresse mail n'est pas valide : elle doit être de la forme service@ac-academie.fr, sans espace.`;
const TELEPHONE_MESSAGE = fr`Indiquez un numéro de téléphone français, par exemple 03 83 00 00 00 ou +262 262 00 00 00.`;
const JOIGNABLE = fr`Indiquez une adresse mail ou un numéro de téléphone (ou les deux) : sans eux, les candidats ne peuvent pas joindre ce contact.`;

/** "0383000000" → "03 83 00 00 00"; international forms stay as normalised. */
export function telephoneAffiche(normalise: string): string {
  return /^0\d{9}$/.test(normalise) ? normalise.replace(/(\d{2})(?=\d)/g, "$1 ") : normalise;
}

/** A desk candidates may write to or call (AcademieContact). */
export const ContactSchema = z
  .object({
    libelle: requiredText(fr`Indiquez le libellé du contact, par exemple « Bureau des baccalauréats professionnels ».`, LIBELLE_CONTACT_MAX),
    email: z.preprocess(
      blankToUndefined,
      z.string({ error: EMAIL_MESSAGE }).max(EMAIL_MAX_LENGTH, EMAIL_MESSAGE).refine(isEmailShape, EMAIL_MESSAGE).optional(),
    ),
    telephone: z.preprocess(
      blankToUndefined,
      z
        .string({ error: TELEPHONE_MESSAGE })
        .max(TELEPHONE_MAX, TELEPHONE_MESSAGE)
        .transform((v, ctx) => {
          const n = normaliserTelephone(v);
          if (n) return telephoneAffiche(n);
          ctx.addIssue({ code: "custom", message: TELEPHONE_MESSAGE });
          return z.NEVER;
        })
        .optional(),
    ),
    ordre: z.preprocess(
      (v) => (v === undefined || blankToUndefined(v) === undefined ? 0 : typeof v === "string" ? Number(v.trim()) : v),
      z
        .number({ error: fr`Indiquez un rang entier entre 0 et ${ORDRE_MAX}.` })
        .int(fr`Indiquez un rang entier entre 0 et ${ORDRE_MAX}.`)
        .min(0, fr`Indiquez un rang entier entre 0 et ${ORDRE_MAX}.`)
        .max(ORDRE_MAX, fr`Indiquez un rang entier entre 0 et ${ORDRE_MAX}.`),
    ),
  })
  .superRefine((c, ctx) => {
    if (c.email === undefined && c.telephone === undefined) ctx.addIssue({ code: "custom", path: ["email"], message: JOIGNABLE });
  });
export type Contact = z.infer<typeof ContactSchema>;

/** The optional texts of a contact or an académie as stored: absent is null. */
export function ouNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

// ---- Audit ----------------------------------------------------------------------------------------

type Valeur = string | number | boolean | null | readonly string[];

/** The fields that differ, as before/after objects for the audit event; null when nothing changed. */
export function differences<T extends Record<string, Valeur>>(avant: T, apres: T): { before: Partial<T>; after: Partial<T> } | null {
  const before: Partial<T> = {};
  const after: Partial<T> = {};
  for (const key of Object.keys(apres) as (keyof T)[]) {
    if (JSON.stringify(avant[key]) !== JSON.stringify(apres[key])) {
      before[key] = avant[key];
      after[key] = apres[key];
    }
  }
  return Object.keys(after).length === 0 ? null : { before, after };
}

// ---- Refusals, in French in one place -------------------------------------------------------------

export type RefusAcademie =
  | { code: "hors-perimetre" }
  | { code: "departements-pris"; conflits: ConflitDepartement[] }
  | { code: "fuseau-bloque"; message: string }
  | { code: "contact-inconnu" }
  | { code: "nom-pris"; academie: string };

export function messageRefusAcademie(refus: RefusAcademie): { champ?: "departements" | "timeZone" | "nom"; message: string } {
  switch (refus.code) {
    case "hors-perimetre":
      return { message: fr`Cette académie n'est pas dans votre périmètre : rien n'a été modifié.` };
    case "departements-pris":
      return { champ: "departements", message: messageConflits(refus.conflits) };
    case "fuseau-bloque":
      return { champ: "timeZone", message: refus.message };
    case "contact-inconnu":
      return { message: fr`Ce contact n'existe plus dans cette académie : rechargez la page.` };
    case "nom-pris":
      return { champ: "nom", message: fr`Une autre académie porte déjà ce nom (code ${refus.academie}) : choisissez-en un autre.` };
  }
}
