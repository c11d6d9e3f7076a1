// Back office rows (see back-office.ts): the académies [issue 10 §7]. The national admin edits every
// académie; an académie's admin only their own académie's contacts, postal address and aménagement
// link (lireAcademie and every service read WHERE the académie is theirs); a gestionnaire has no
// page here (requireRole, as every admin page). The matrix's admin d'académie is Clermont-Ferrand's
// (06); Corse (27) stands for "another académie", one no other test reads.
import { ADMINS, form, NATIONAL_ADMIN, STATE, type ActionRow, type PageRow, type RouteHandlerRow } from "./presets";

const ROLES = ["ADMIN_ACADEMIE", "ADMIN_NATIONAL"] as const;
const OBSERVE_CORSE = { as: "adminNational", path: "/gestion/academies/27" } as const;

export const PAGES: Readonly<Record<string, PageRow>> = {
  "/gestion/academies": {
    guards: ["requireRole"],
    roles: ROLES,
    access: { ...ADMINS, adminAcademie: { redirect: "/gestion/academies/06" } },
    why: "the national admin's list; an académie's admin is sent to their own académie's page",
  },
  "/gestion/academies/[code]": {
    guards: ["requireRole"],
    roles: ROLES,
    access: ADMINS,
    example: "/gestion/academies/06",
    why: "any académie for the national admin, their own one for an académie's admin: another académie's page is a 404 (tests/e2e/academies.spec.ts, tests/db/academies.db.test.ts)",
  },
};

export const ROUTE_HANDLERS: Readonly<Record<string, RouteHandlerRow>> = {};

export const ACTIONS: Readonly<Record<string, ActionRow>> = {
  "app/(gestion)/gestion/academies/[code]/actions.ts#modifierIdentite": {
    guards: ["requireRole"],
    roles: ["ADMIN_NATIONAL"],
    access: NATIONAL_ADMIN,
    args: ["27", STATE, form({ nom: "Corse", timeZone: "Europe/Paris", departements: "2A 2B", siteUrl: "https://www.ac-corse.fr" })],
    observe: OBSERVE_CORSE,
    why: "name, zone and départements decide where candidates register: the national admin only, an académie's admin gets a 404 even on their own académie",
  },
  "app/(gestion)/gestion/academies/[code]/actions.ts#modifierCoordonnees": {
    guards: ["requireRole"],
    roles: ROLES,
    // Their own académie, with a link that is no https page: the guards pass, the form is refused, nothing changes.
    args: ["06", STATE, form({ adressePostale: "Rectorat", amenagementUrl: "javascript:alert(1)" })],
    access: ADMINS,
    forged: [
      {
        why: "an académie's admin edits only their own académie: Corse's address is refused, nothing changes",
        args: ["27", STATE, form({ adressePostale: "Rectorat de Corse\nDivision des examens\n20000 Ajaccio", amenagementUrl: "https://www.ac-corse.fr/amenagements" })],
        access: { ...ADMINS, adminAcademie: "refused" },
        observe: OBSERVE_CORSE,
      },
    ],
  },
  "app/(gestion)/gestion/academies/[code]/actions.ts#enregistrerContact": {
    guards: ["requireRole"],
    roles: ROLES,
    args: ["06", STATE, form({ libelle: "", email: "", telephone: "", ordre: "0" })],
    access: ADMINS,
    forged: [
      {
        why: "an académie's admin adds contacts to their own académie only",
        args: ["27", STATE, form({ libelle: "Bureau des examens (matrice)", email: "examens@ac-corse.invalid", telephone: "", ordre: "0" })],
        access: { ...ADMINS, adminAcademie: "refused" },
        observe: OBSERVE_CORSE,
      },
    ],
  },
  "app/(gestion)/gestion/academies/[code]/actions.ts#supprimerContact": {
    guards: ["requireRole"],
    roles: ROLES,
    access: { ...ADMINS, adminAcademie: "refused", adminNational: "refused" },
    args: ["27", STATE, form({ contactId: "inconnu" })],
    observe: OBSERVE_CORSE,
    why: "the contact is read WHERE it belongs to the académie, itself in the actor's scope: an id that is no contact of it is refused (a real contact of another académie: tests/db/academies.db.test.ts)",
  },
};
