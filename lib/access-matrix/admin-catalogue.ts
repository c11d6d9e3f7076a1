// Back office rows (see back-office.ts): the four exams' catalogue [issue 10 §8], the national
// admin's alone (requireRole("ADMIN_NATIONAL"), and each service checks the role again). An
// académie's admin, a gestionnaire and a candidate get the 404 every admin-only page gives. The
// national admin's allowed calls post forms the schema refuses, or an id that is no row, so that
// the matrix changes nothing in the catalogue other tests read (tests/e2e/catalogue.spec.ts and
// tests/db/catalogue.db.test.ts write it).
import { form, NATIONAL_ADMIN, STATE, type ActionRow, type PageRow, type RouteHandlerRow } from "./presets";

const ROLES = ["ADMIN_NATIONAL"] as const;
const OBSERVE = { as: "adminNational", path: "/gestion/catalogue" } as const;
/** An id no épreuve or spécialité has. */
const INCONNU = "inconnu00000000000000000";

export const PAGES: Readonly<Record<string, PageRow>> = {
  "/gestion/catalogue": { guards: ["requireRole"], roles: ROLES, access: NATIONAL_ADMIN, why: "the exams' catalogue is national" },
  "/gestion/catalogue/[examen]/nouvelle-specialite": {
    guards: ["requireRole"],
    roles: ROLES,
    access: NATIONAL_ADMIN,
    example: "/gestion/catalogue/cap/nouvelle-specialite",
  },
  "/gestion/catalogue/[examen]/nouvelle-epreuve": {
    guards: ["requireRole"],
    roles: ROLES,
    access: NATIONAL_ADMIN,
    example: "/gestion/catalogue/bac-pro/nouvelle-epreuve?specialite=40025520",
    why: "an épreuve of the exam, or with ?specialite= one spécialité's own",
  },
  "/gestion/catalogue/specialites/[code]": {
    guards: ["requireRole"],
    roles: ROLES,
    access: NATIONAL_ADMIN,
    example: "/gestion/catalogue/specialites/40025520",
    why: "a spécialité by its code diplôme (here the seeded MELEC)",
  },
  "/gestion/catalogue/epreuves/[id]": {
    guards: ["requireRole"],
    roles: ROLES,
    access: { ...NATIONAL_ADMIN, adminNational: "not-found" },
    example: `/gestion/catalogue/epreuves/${INCONNU}`,
    why: "an épreuve by its id, which the matrix cannot name: the played id is no épreuve, a 404 for everyone; the national admin opens real ones in tests/e2e/catalogue.spec.ts",
  },
};

export const ROUTE_HANDLERS: Readonly<Record<string, RouteHandlerRow>> = {};

export const ACTIONS: Readonly<Record<string, ActionRow>> = {
  "app/(gestion)/gestion/catalogue/actions.ts#enregistrerSpecialite": {
    guards: ["requireRole"],
    roles: ROLES,
    access: NATIONAL_ADMIN,
    // A code diplôme of 7 digits: the national admin's form is refused beside its field, nothing changes.
    args: ["cap", null, STATE, form({ codeDiplome: "5009990", libelle: "Spécialité de la matrice", secteur: "PRODUCTION", nbLanguesObligatoires: "1", active: "on" })],
    observe: OBSERVE,
  },
  "app/(gestion)/gestion/catalogue/actions.ts#supprimerSpecialite": {
    guards: ["requireRole"],
    roles: ROLES,
    access: { ...NATIONAL_ADMIN, adminNational: "refused" },
    args: [INCONNU, STATE, form({})],
    observe: OBSERVE,
    why: "the played id is no spécialité: refused, nothing changes (removal and deactivation: tests/db/catalogue.db.test.ts)",
  },
  "app/(gestion)/gestion/catalogue/actions.ts#enregistrerEpreuve": {
    guards: ["requireRole"],
    roles: ROLES,
    access: NATIONAL_ADMIN,
    // A code with a space: refused beside its field, nothing changes.
    args: ["cap", null, null, STATE, form({ code: "E 1", libelle: "Épreuve de la matrice", nature: "OBLIGATOIRE", disciplines: "PROFESSIONNEL", ordre: "1" })],
    observe: OBSERVE,
  },
  "app/(gestion)/gestion/catalogue/actions.ts#supprimerEpreuve": {
    guards: ["requireRole"],
    roles: ROLES,
    access: { ...NATIONAL_ADMIN, adminNational: "refused" },
    args: [INCONNU, STATE, form({})],
    observe: OBSERVE,
    why: "the played id is no épreuve: refused, nothing changes",
  },
};
