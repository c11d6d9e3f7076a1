// Back office rows: see back-office.ts.
import { RECTORAT, type ActionRow, type PageRow, type RouteHandlerRow } from "./presets";

export const PAGES: Readonly<Record<string, PageRow>> = {};

const EXPORT = {
  methods: { GET: { guards: ["requireRole"], roles: ["GESTIONNAIRE", "ADMIN_ACADEMIE"], access: RECTORAT } },
  why: "the filtered list of the caller's own académie (the URL carries only filters, never an académie): another académie's manager downloads their own rows",
} as const satisfies RouteHandlerRow;

export const ROUTE_HANDLERS: Readonly<Record<string, RouteHandlerRow>> = {
  "/gestion/candidatures/export.csv": { ...EXPORT, example: "/gestion/candidatures/export.csv?statut=ENREGISTREE" },
  "/gestion/candidatures/export.xlsx": { ...EXPORT, example: "/gestion/candidatures/export.xlsx?statut=ENREGISTREE" },
};
export const ACTIONS: Readonly<Record<string, ActionRow>> = {};
