// Compares the routes found in the sources with the access matrix: every problem is one sentence
// that names the route (and says what to write), so that a route added without a row, or a guard
// changed without its row, fails with a message one can act on.
import {
  ACTORS,
  guardOutcome,
  PLACEHOLDERS,
  PRESETS,
  type Access,
  type Actor,
  type Outcome,
  type ActionRow,
  type Arg,
  type Guard,
  type PageRow,
  type RouteHandlerRow,
  type Role,
} from "@/lib/access-matrix";
import type { Discovery, GuardCall } from "./discover-routes";

export type Tables = {
  pages: Readonly<Record<string, PageRow>>;
  routeHandlers: Readonly<Record<string, RouteHandlerRow>>;
  actions: Readonly<Record<string, ActionRow>>;
};

const MATRIX = "lib/access-matrix.ts";

function guardNames(calls: readonly GuardCall[]): Guard[] {
  return [...new Set(calls.map((c) => c.guard))].sort();
}

function rolesOf(calls: readonly GuardCall[]): string[] {
  return [...new Set(calls.filter((c) => c.guard === "requireRole").flatMap((c) => c.roles))].sort();
}

/** What the guards the code calls decide for each actor, as a preset's name when one matches. */
function accessText(calls: readonly GuardCall[]): string {
  const guards = guardNames(calls);
  const roles = rolesOf(calls) as Role[];
  const access = Object.fromEntries(ACTORS.map((actor) => [actor, guardOutcome(guards, roles, actor) ?? "allowed"])) as Record<Actor, Outcome>;
  const preset = Object.entries(PRESETS).find(([, p]) => ACTORS.every((actor) => p[actor] === access[actor]));
  return preset ? preset[0] : JSON.stringify(access);
}

/** The row to paste, built from what the code calls. */
function suggestion(key: string, calls: readonly GuardCall[], extra = ""): string {
  const guards = guardNames(calls);
  const roles = rolesOf(calls);
  return `"${key}": { guards: ${JSON.stringify(guards)}${roles.length ? `, roles: ${JSON.stringify(roles)}` : ""}, access: ${accessText(calls)}${extra} }`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
}

function placeholdersIn(value: Arg | string | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return value.match(/\{[A-Za-z]+\}/g) ?? [];
  if (typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap((v) => placeholdersIn(v as Arg));
  return Object.values(value as Record<string, Arg>).flatMap((v) => placeholdersIn(v));
}

function checkPlaceholders(where: string, values: readonly (Arg | string | undefined)[], problems: string[]) {
  for (const p of values.flatMap(placeholdersIn))
    if (!(PLACEHOLDERS as readonly string[]).includes(p)) problems.push(`${where}: unknown placeholder ${p} (known: ${PLACEHOLDERS.join(", ")}).`);
}

/** The row's guards and roles must be what the code calls; each cell must agree with what the guard alone decides. */
function checkGuards(
  where: string,
  row: { guards: readonly Guard[]; roles?: readonly Role[] },
  calls: readonly GuardCall[],
  access: Access,
  kind: "page" | "action",
  problems: string[],
) {
  const found = guardNames(calls);
  if (!sameList(found, row.guards)) problems.push(`${where}: the code calls ${JSON.stringify(found)} but the row in ${MATRIX} says guards: ${JSON.stringify(row.guards)}. Update the row (and its access) to what the code does.`);
  if (found.includes("requireRole") && !sameList(rolesOf(calls), row.roles ?? []))
    problems.push(`${where}: requireRole(${rolesOf(calls).join(", ")}) in the code but roles: ${JSON.stringify(row.roles ?? [])} in the row.`);
  for (const actor of ACTORS) {
    const cell = access[actor];
    const decided = guardOutcome(row.guards, row.roles, actor);
    if (decided !== null && cell !== decided) problems.push(`${where}: ${row.guards.join(" + ")} gives "${decided}" to ${actor}, but the row says ${JSON.stringify(cell)}.`);
    if (decided === null && cell === "sign-in") problems.push(`${where}: nothing in the code sends ${actor} to /connexion, but the row says "sign-in".`);
    if (kind === "page" && cell === "refused") problems.push(`${where}: "refused" is for server actions; a page the actor may not see is "not-found".`);
    if (kind === "action" && typeof cell === "object") problems.push(`${where}: { redirect } is for pages; an action the guards let through is "allowed".`);
  }
}

/** "/mes-candidatures/{candidature}/identification" matches "/mes-candidatures/[id]/[etape]"; a catch-all takes the rest. */
function matchesPath(routePath: string, example: string): boolean {
  const pattern = routePath.split("/");
  const url = example.split("?")[0]!.split("/");
  if (routePath === "/") return url.join("/") === "/";
  for (const [i, segment] of pattern.entries()) {
    if (i === 0) continue;
    if (/^\[\[?\.\.\./.test(segment)) return segment.startsWith("[[") || url.length > i;
    if (url[i] === undefined || url[i] === "") return false;
    if (!segment.startsWith("[") && url[i] !== segment) return false;
  }
  return url.length === pattern.length;
}

function checkExample(where: string, routePath: string, example: string | undefined, problems: string[]) {
  if (!example) {
    if (routePath.includes("[")) problems.push(`${where}: a path with [segments] needs an example URL in its row, e.g. example: "${routePath.replace(/\[[^\]]+\]/g, "{candidature}")}".`);
    return;
  }
  if (!matchesPath(routePath, example)) problems.push(`${where}: example "${example}" does not match the path ${routePath}.`);
  checkPlaceholders(where, [example], problems);
}

export function checkMatrix(discovery: Discovery, tables: Tables): string[] {
  const problems: string[] = [];

  const pagePaths = new Set(discovery.pages.map((p) => p.path));
  for (const page of discovery.pages) {
    const row = tables.pages[page.path];
    if (!row) {
      problems.push(`Page ${page.path} (${page.file}) has no row in ${MATRIX} PAGES. Add: ${suggestion(page.path, page.guards, page.path.includes("[") ? `, example: "${page.path}"` : "")}`);
      continue;
    }
    const where = `Page ${page.path} (${page.file})`;
    checkGuards(where, row, page.guards, row.access, "page", problems);
    checkExample(where, page.path, row.example, problems);
  }
  for (const key of Object.keys(tables.pages)) if (!pagePaths.has(key)) problems.push(`${MATRIX} PAGES has a row for ${key}, but app/ has no such page: remove the row.`);

  const handlerPaths = new Set(discovery.routeHandlers.map((r) => r.path));
  for (const handler of discovery.routeHandlers) {
    const row = tables.routeHandlers[handler.path];
    const methods = Object.keys(handler.methods).sort();
    if (!row) {
      problems.push(
        `Route handler ${handler.path} (${handler.file}, ${methods.join(", ")}) has no row in ${MATRIX} ROUTE_HANDLERS. Add: "${handler.path}": { methods: { ${methods.map((m) => `${m}: { guards: ${JSON.stringify(guardNames(handler.methods[m] ?? []))}, access: ${accessText(handler.methods[m] ?? [])} }`).join(", ")} }${handler.path.includes("[") ? `, example: "${handler.path}"` : ""} }`,
      );
      continue;
    }
    const declared = Object.keys(row.methods).sort();
    if (!sameList(methods, declared)) problems.push(`Route handler ${handler.path} (${handler.file}) exports ${methods.join(", ") || "no method"} but its row lists ${declared.join(", ") || "none"}.`);
    for (const method of methods) {
      const cell = row.methods[method as keyof typeof row.methods];
      if (cell) checkGuards(`Route handler ${method} ${handler.path} (${handler.file})`, cell, handler.methods[method] ?? [], cell.access, "page", problems);
    }
    checkExample(`Route handler ${handler.path}`, handler.path, row.example, problems);
  }
  for (const key of Object.keys(tables.routeHandlers)) if (!handlerPaths.has(key)) problems.push(`${MATRIX} ROUTE_HANDLERS has a row for ${key}, but app/ has no such route.ts: remove the row.`);

  const actionKeys = new Set(discovery.actions.map((a) => a.key));
  for (const action of discovery.actions) {
    const row = tables.actions[action.key];
    if (!row) {
      problems.push(
        `Server action ${action.name} (${action.file}) has no row in ${MATRIX} SERVER_ACTIONS. Add: ${suggestion(action.key, action.guards, ", args: [/* every argument, bound ones first, with forged ids: {candidature}, {autreAcademie}… */]")}`,
      );
      continue;
    }
    const where = `Server action ${action.key}`;
    checkGuards(where, row, action.guards, row.access, "action", problems);
    checkPlaceholders(where, [...row.args, row.observe?.path], problems);
    for (const [i, call] of (row.forged ?? []).entries()) {
      checkGuards(`${where}, forged call ${i + 1}`, row, action.guards, call.access, "action", problems);
      checkPlaceholders(`${where}, forged call ${i + 1}`, [...call.args, call.observe?.path], problems);
    }
  }
  for (const key of Object.keys(tables.actions)) if (!actionKeys.has(key)) problems.push(`${MATRIX} SERVER_ACTIONS has a row for ${key}, but no "use server" module exports it: remove or rename the row.`);

  for (const inline of discovery.inlineActions)
    problems.push(`${inline.file}:${inline.line} declares an inline "use server" function: move it to an actions.ts module beside the page (STYLE.md) and give it a row in ${MATRIX} SERVER_ACTIONS.`);

  return problems;
}
