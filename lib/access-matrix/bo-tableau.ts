// Back office rows: see back-office.ts. The dashboard [issue 9 §1] and the portfolios [§8].
import { ADMIN_ACADEMIE_SEUL, form, RECTORAT, STATE, type ActionRow, type PageRow, type RouteHandlerRow } from "./presets";


export const PAGES: Readonly<Record<string, PageRow>> = {
  "/gestion/tableau-de-bord": {
    guards: ["requireRole"],
    roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"],
    access: RECTORAT,
    why: "each staff member sees their own académie's figures (WHERE academieId); a national admin has no rectorat",
  },
  "/gestion/portefeuilles": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    access: ADMIN_ACADEMIE_SEUL,
    why: "the académie's admin assigns spécialités to the académie's gestionnaires",
  },
};
export const ROUTE_HANDLERS: Readonly<Record<string, RouteHandlerRow>> = {};
export const ACTIONS: Readonly<Record<string, ActionRow>> = {
  "app/(gestion)/gestion/portefeuilles/actions.ts#modifierPortefeuille": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    access: { ...ADMIN_ACADEMIE_SEUL, adminAcademie: "refused" },
    args: [STATE, form({ accountId: "{autreAcademie}", specialites: ["{session}"] })],
    observe: { as: "adminAcademie", path: "/gestion/portefeuilles" },
    why: "the target must be a gestionnaire of the admin's académie: the matrix has no account id to offer, so it posts one that is no gestionnaire of it (another académie's id); a real gestionnaire of another académie is refused in tests/db/portefeuilles.db.test.ts",
  },
};
