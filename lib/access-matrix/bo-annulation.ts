// Back office rows (see back-office.ts): the annulation of incomplete dossiers after the deposit
// deadline, the letters to print, and an admin d'académie's revert [issue 9 §7].
import { form, RECTORAT, RECTORAT_DOSSIER_ACTION, STAFF, STATE, type ActionRow, type PageRow, type RouteHandlerRow } from "./presets";

export const PAGES: Readonly<Record<string, PageRow>> = {
  "/gestion/annulations": {
    guards: ["requireRole"],
    roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"],
    access: RECTORAT,
    why: "the sessions and incomplete dossiers of the manager's own académie",
  },
};
export const ROUTE_HANDLERS: Readonly<Record<string, RouteHandlerRow>> = {
  "/gestion/operations/[id]/lettres.pdf": {
    methods: {
      GET: {
        guards: ["requireRole"],
        roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"],
        access: { ...RECTORAT, gestionnaire: "not-found", otherGestionnaire: "not-found", adminAcademie: "not-found" },
      },
    },
    example: "/gestion/operations/inconnue/lettres.pdf",
    why: "the letters of an operation read WHERE academieId = the manager's: the played id exists for nobody; another académie's is a 404 in tests/db/operations.db.test.ts",
  },
};
export const ACTIONS: Readonly<Record<string, ActionRow>> = {
  "app/(gestion)/gestion/annulations/actions.ts#annulerDossiersIncomplets": {
    guards: ["requireRole"],
    roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"],
    // The owner's session is open: even in the right académie nothing is cancelled (the deadline
    // has not passed); another académie's session is refused as unknown.
    args: [STATE, form({ session: "{session}", motif: "Dossier incomplet à la date limite.", confirmation: "on" })],
    access: RECTORAT_DOSSIER_ACTION,
    observe: { as: "owner", path: "/mes-candidatures/{candidature}/recapitulatif" },
    why: "lancer-annulation.ts reads the session WHERE academieId = the manager's, and cancels only after its deposit deadline",
  },
  "app/(gestion)/gestion/candidatures/[id]/retablir-actions.ts#retablirCandidatureAction": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    args: [STATE, form({ candidatureId: "{candidature}", raison: "Essai de la matrice d’accès" })],
    access: { ...STAFF, gestionnaire: "not-found", otherGestionnaire: "not-found", adminNational: "not-found" },
    observe: { as: "owner", path: "/mes-candidatures/{candidature}/recapitulatif" },
    why: "an admin d'académie only; the played candidature is not cancelled, so even they are refused and nothing changes; another académie's dossier is refused as unknown (tests/db/operations.db.test.ts)",
  },
};
