// Back office rows (see back-office.ts): the reminders before a deadline [issue 10 §5], the admin
// d'académie's page and its « Envoyer maintenant les rappels dus ».
import { ADMIN_ACADEMIE_SEUL, form, STATE, type ActionRow, type PageRow, type RouteHandlerRow } from "./presets";

/** requireRole("ADMIN_ACADEMIE") then scopeOf: the académie's admin only, as /gestion/portefeuilles. */

export const PAGES: Readonly<Record<string, PageRow>> = {
  "/gestion/rappels": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    access: ADMIN_ACADEMIE_SEUL,
    why: "the reminders of the admin's own académie's sessions (WHERE academieId = theirs); a gestionnaire gets a 404, as on the portfolios",
  },
};
export const ROUTE_HANDLERS: Readonly<Record<string, RouteHandlerRow>> = {};
export const ACTIONS: Readonly<Record<string, ActionRow>> = {
  "app/(gestion)/gestion/rappels/actions.ts#envoyerRappelsDus": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    args: [STATE, form({ academieId: "{autreAcademie}" })],
    access: ADMIN_ACADEMIE_SEUL,
    why: "sends the reminders due now in the admin's own académie only: the académie is the admin's, never the form's (a forged academieId is ignored; tests/db/rappels.db.test.ts shows another académie untouched); at the matrix's clock no deadline is near, so nothing is sent",
  },
};
