// Back office rows (see back-office.ts): the list, the dossier, its files, the review queue.
import { form, RECTORAT, RECTORAT_DOSSIER, RECTORAT_DOSSIER_ACTION, STATE, type ActionRow, type PageRow, type RouteHandlerRow } from "./presets";

export const PAGES: Readonly<Record<string, PageRow>> = {
  "/gestion/candidatures": {
    guards: ["requireRole"],
    roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"],
    access: RECTORAT,
    example: "/gestion/candidatures?statut=ENREGISTREE&q=essai",
    why: "each manager lists their own académie: the académie never comes from the URL",
  },
  "/gestion/candidatures/[id]": {
    guards: ["requireRole"],
    roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"],
    access: RECTORAT_DOSSIER,
    example: "/gestion/candidatures/{candidature}",
    why: "the dossier is read WHERE academieId = the manager's: another académie's is a 404, as an unknown id",
  },
  "/gestion/pieces": {
    guards: ["requireRole"],
    roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"],
    access: RECTORAT,
    why: "the review queue of the manager's own académie",
  },
};
export const ROUTE_HANDLERS: Readonly<Record<string, RouteHandlerRow>> = {
  "/gestion/candidatures/[id]/fichiers/[fichierId]/apercu": {
    methods: { GET: { guards: ["requireRole"], roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"], access: RECTORAT_DOSSIER } },
    example: "/gestion/candidatures/{candidature}/fichiers/{fichier}/apercu",
    why: "a deposited file's preview (a PDF's first page, a JPEG's thumbnail), read WHERE the candidature's académie is the manager's",
  },
};
export const ACTIONS: Readonly<Record<string, ActionRow>> = {
  "app/(gestion)/gestion/candidatures/[id]/actions.ts#examinerPieceAction": {
    guards: ["requireRole"],
    roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"],
    // Conforme on a piece not handed in: even in the right académie the state machine refuses, so
    // that playing the matrix changes nothing; another académie's dossier is refused as unknown.
    args: [STATE, form({ candidatureId: "{candidature}", pieceCode: "{piece}", verdict: "CONFORME", attendu: "2000-01-01T00:00:00.000Z" })],
    access: RECTORAT_DOSSIER_ACTION,
    observe: { as: "owner", path: "/mes-candidatures/{candidature}/justificatifs" },
    why: "examiner-piece.ts reads the piece WHERE the candidature's académie is the manager's, and refuses a form drawn before the piece's last change",
  },
};
