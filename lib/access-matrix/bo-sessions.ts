// Back office rows: see back-office.ts. The académie's sessions, configured by its admin [issue 10 §1–4].
import { ADMIN_ACADEMIE_SEUL, form, STATE, type ActionRow, type PageRow, type RouteHandlerRow } from "./presets";

/** The same, for an action whose service refuses a session that is not of the admin's académie. */
const ADMIN_ACADEMIE_REFUSE = { ...ADMIN_ACADEMIE_SEUL, adminAcademie: "refused" } as const;
const OBSERVE = { as: "adminAcademie", path: "/gestion/sessions/{session}" } as const;
const POURQUOI_SCOPE =
  "the session is read WHERE academieId = the admin's, locked FOR UPDATE: the played id is another académie's id, no session of theirs; another académie's real session is refused in tests/db/sessions-admin.db.test.ts and tests/e2e/sessions-admin.spec.ts";

export const PAGES: Readonly<Record<string, PageRow>> = {
  "/gestion/sessions": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    access: ADMIN_ACADEMIE_SEUL,
    why: "the académie's admin lists the académie's sessions (WHERE academieId)",
  },
  "/gestion/sessions/nouvelle": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    access: ADMIN_ACADEMIE_SEUL,
    why: "a session is created in the admin's own académie only",
  },
  "/gestion/sessions/[id]": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    access: ADMIN_ACADEMIE_SEUL,
    example: "/gestion/sessions/{session}",
    why: "the owner's session is of the admin's académie; another académie's is a 404 (chargerSessionAdmin WHERE academieId)",
  },
  "/gestion/sessions/[id]/apercu": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    access: ADMIN_ACADEMIE_SEUL,
    example: "/gestion/sessions/{session}/apercu",
    why: "the preview draws a session, published or not, once it is known to be of the admin's académie",
  },
};
export const ROUTE_HANDLERS: Readonly<Record<string, RouteHandlerRow>> = {};
export const ACTIONS: Readonly<Record<string, ActionRow>> = {
  "app/(gestion)/gestion/sessions/actions.ts#creerSessionAction": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    access: ADMIN_ACADEMIE_SEUL,
    args: [STATE, form({ examen: "BAC_PRO", annee: "1999", libelle: "Session forgée", inscriptionOuverture: "2026-01-01T10:00", inscriptionCloture: "2026-02-01T10:00" })],
    why: "a session is always created in the admin's académie (the scope, never the form); the year is refused here, so the matrix creates nothing",
  },
  "app/(gestion)/gestion/sessions/actions.ts#modifierCalendrierAction": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    access: ADMIN_ACADEMIE_REFUSE,
    args: [STATE, form({ sessionId: "{autreAcademie}", inscriptionOuverture: "2026-01-01T10:00", inscriptionCloture: "2026-02-01T10:00" })],
    observe: OBSERVE,
    why: POURQUOI_SCOPE,
  },
  "app/(gestion)/gestion/sessions/actions.ts#modifierConfigurationAction": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    access: ADMIN_ACADEMIE_REFUSE,
    args: [STATE, form({ sessionId: "{autreAcademie}", languesLva: "Anglais", "piece:CINSIG01": "UPLOAD" })],
    observe: OBSERVE,
    why: POURQUOI_SCOPE,
  },
  "app/(gestion)/gestion/sessions/actions.ts#publierSessionAction": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    access: ADMIN_ACADEMIE_REFUSE,
    args: [STATE, form({ sessionId: "{autreAcademie}", publier: "non" })],
    observe: OBSERVE,
    why: POURQUOI_SCOPE,
  },
  "app/(gestion)/gestion/sessions/actions.ts#prolongerEcheanceAction": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE"],
    access: ADMIN_ACADEMIE_REFUSE,
    args: [STATE, form({ sessionId: "{autreAcademie}", echeance: "inscriptionCloture", nouvelleLocal: "2099-01-01T10:00", motif: "Incident sur le serveur d’inscription" })],
    observe: OBSERVE,
    why: POURQUOI_SCOPE,
  },
};
