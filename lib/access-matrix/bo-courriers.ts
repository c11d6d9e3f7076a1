// Back office rows (see back-office.ts): demandes de pièces and relances [issue 9 §6], the
// académie's operations and their progress.
import { form, RECTORAT, RECTORAT_DOSSIER, RECTORAT_DOSSIER_ACTION, STATE, type ActionRow, type PageRow, type RouteHandlerRow } from "./presets";

export const PAGES: Readonly<Record<string, PageRow>> = {
  "/gestion/operations": {
    guards: ["requireRole"],
    roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"],
    access: RECTORAT,
    why: "the operations of the manager's own académie (WHERE academieId = theirs)",
  },
  "/gestion/operations/nouvelle": {
    guards: ["requireRole"],
    roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"],
    access: RECTORAT_DOSSIER,
    example: "/gestion/operations/nouvelle?candidature={candidature}&type=RELANCE_PIECES",
    why: "for one dossier, read WHERE academieId = the manager's: another académie's is a 404; for a list, its filters apply within the manager's académie",
  },
  "/gestion/operations/[id]": {
    guards: ["requireRole"],
    roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"],
    access: { ...RECTORAT, gestionnaire: "not-found", otherGestionnaire: "not-found", adminAcademie: "not-found" },
    example: "/gestion/operations/inconnue",
    why: "an operation is read WHERE academieId = the manager's: the played id exists for nobody; another académie's operation is a 404 in tests/db/operations.db.test.ts",
  },
};
export const ROUTE_HANDLERS: Readonly<Record<string, RouteHandlerRow>> = {};
export const ACTIONS: Readonly<Record<string, ActionRow>> = {
  "app/(gestion)/gestion/operations/nouvelle/actions.ts#lancerCourrierAction": {
    guards: ["requireRole"],
    roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"],
    args: [STATE, form({ type: "RELANCE_PIECES", message: "", candidature: "{candidature}" })],
    access: RECTORAT_DOSSIER_ACTION,
    why: "lancer-courrier.ts reads the dossier WHERE academieId = the manager's: another académie's is refused and no operation is created (tests/db/operations.db.test.ts); in the right académie the relance really goes, through the queue, so no page is observed around the refusals",
  },
};
