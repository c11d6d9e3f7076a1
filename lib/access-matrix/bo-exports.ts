// Back office rows: see back-office.ts.
import type { ActionRow, PageRow, RouteHandlerRow } from "./presets";

export const PAGES: Readonly<Record<string, PageRow>> = {};
export const ROUTE_HANDLERS: Readonly<Record<string, RouteHandlerRow>> = {};
export const ACTIONS: Readonly<Record<string, ActionRow>> = {};
