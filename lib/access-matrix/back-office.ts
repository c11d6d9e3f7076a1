// The rectorat back office's rows of the access matrix [issue 9]: /gestion/candidatures and what
// hangs from it, one file per area. Every page and action here is for the gestionnaires and admins
// of one académie (requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE")) and reads WHERE "academieId" =
// theirs: a national admin has no rectorat, and another académie's dossier does not exist for them.
import * as academies from "./admin-academies";
import * as catalogue from "./admin-catalogue";
import * as annulation from "./bo-annulation";
import * as courriers from "./bo-courriers";
import * as exports from "./bo-exports";
import * as liste from "./bo-liste";
import * as rappels from "./bo-rappels";
import * as sessions from "./bo-sessions";
import * as tableau from "./bo-tableau";
import type { ActionRow, PageRow, RouteHandlerRow } from "./presets";

const AREAS = [liste, tableau, exports, courriers, annulation, sessions, academies, rappels, catalogue];

export const BACK_OFFICE_PAGES: Readonly<Record<string, PageRow>> = Object.assign({}, ...AREAS.map((a) => a.PAGES));
export const BACK_OFFICE_ROUTE_HANDLERS: Readonly<Record<string, RouteHandlerRow>> = Object.assign({}, ...AREAS.map((a) => a.ROUTE_HANDLERS));
export const BACK_OFFICE_ACTIONS: Readonly<Record<string, ActionRow>> = Object.assign({}, ...AREAS.map((a) => a.ACTIONS));
