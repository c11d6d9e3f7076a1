import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ACTORS, ADMINS, CANDIDATE, EVERYONE, guardOutcome, PAGES, ROUTE_HANDLERS, routePath, SERVER_ACTIONS, STAFF } from "@/lib/access-matrix";
import { checkMatrix } from "./access/check-matrix";
import { discoverRoutes } from "./access/discover-routes";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TABLES = { pages: PAGES, routeHandlers: ROUTE_HANDLERS, actions: SERVER_ACTIONS };

// The matrix of issue 7 §8 against the sources: a page, route handler or server action added
// without a row, a row left behind, or a guard changed without its row fails here, by name.
describe("access matrix (lib/access-matrix.ts) against app/", () => {
  const discovery = discoverRoutes(ROOT);

  it("has exactly one row per page, route handler and server action, each saying what its guards do", () => {
    expect(checkMatrix(discovery, TABLES)).toEqual([]);
  });

  it("finds what the app has today", () => {
    expect(discovery.pages.length).toBeGreaterThanOrEqual(24);
    expect(discovery.pages.find((p) => p.path === "/gestion/personnels")?.guards).toEqual([{ guard: "requireRole", roles: ["ADMIN_ACADEMIE", "ADMIN_NATIONAL"] }]);
    expect(discovery.routeHandlers.map((r) => `${r.path} ${Object.keys(r.methods).join(",")}`)).toContain("/api/health GET");
    const monCompte = discovery.actions.filter((a) => a.file === "app/(candidat)/mon-compte/actions.ts");
    expect(Object.fromEntries(monCompte.map((a) => [a.name, a.guards.map((g) => g.guard)]))).toMatchObject({
      modifierIdentite: ["requireCandidate"],
      changerAdresse: ["requireAccount"],
      changerMotDePasse: ["requireAccount"],
    });
  });
});

describe("what each guard decides on its own", () => {
  it.each([
    [[], undefined, EVERYONE],
    [["requireCandidate"], undefined, CANDIDATE],
    [["requireStaff"], undefined, STAFF],
    [["requireRole"], ["ADMIN_ACADEMIE", "ADMIN_NATIONAL"], ADMINS],
  ] as const)("%j %j", (guards, roles, preset) => {
    for (const actor of ACTORS) expect(guardOutcome(guards, roles, actor) ?? "allowed", actor).toBe(preset[actor]);
  });

  it("requireManager lets in the académie's staff and national admins only", () => {
    expect(ACTORS.map((actor) => guardOutcome(["requireManager"], undefined, actor))).toEqual(["sign-in", "not-found", "not-found", null, "not-found", null, null]);
  });

  it("maps files to URL paths without route groups and slots", () => {
    expect(routePath("app/(candidat)/mes-candidatures/[id]/[etape]/page.tsx")).toBe("/mes-candidatures/[id]/[etape]");
    expect(routePath("app/(public)/page.tsx")).toBe("/");
    expect(routePath("app/@modal/(gestion)/gestion/route.ts")).toBe("/gestion");
  });
});

describe("a route or action added without a row", () => {
  const root = mkdtempSync(path.join(tmpdir(), "matrice-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write("app/(gestion)/gestion/candidatures/[id]/page.tsx", `import { requireManager } from "@/lib/server/auth/guards";\nexport default async function P() { await requireManager("x"); return null; }\n`);
  write("app/api/export/route.ts", `import { requireStaff as staff } from "@/lib/server/auth/guards";\nexport async function GET() { await staff(); return new Response(); }\nexport const POST = async () => new Response();\n`);
  write(
    "app/(gestion)/gestion/candidatures/actions.ts",
    `"use server";\nimport { requireRole } from "@/lib/server/auth/guards";\nasync function check() { return requireRole("ADMIN_NATIONAL"); }\nexport async function valider(id: string) { await check(); return id; }\nconst refuser = async () => null;\nexport { refuser as rejeter };\nexport type T = string;\n`,
  );
  write("lib/server/other/actions.ts", `'use server'\nexport async function ailleurs() {}\n`);
  write("components/bouton.tsx", `export function B() { async function go() { "use server"; } return go; }\n`);

  const problems = checkMatrix(discoverRoutes(root), { pages: {}, routeHandlers: {}, actions: {} }).join("\n");

  it("fails naming the page, with the row to add built from the guards it calls", () => {
    expect(problems).toContain(
      `Page /gestion/candidatures/[id] (app/(gestion)/gestion/candidatures/[id]/page.tsx) has no row in lib/access-matrix.ts PAGES. Add: "/gestion/candidatures/[id]": { guards: ["requireManager"], access: MANAGERS, example: "/gestion/candidatures/[id]" }`,
    );
  });

  it("fails naming the route handler and each of its methods", () => {
    expect(problems).toContain(`Route handler /api/export (app/api/export/route.ts, GET, POST) has no row in lib/access-matrix.ts ROUTE_HANDLERS.`);
    expect(problems).toContain(`GET: { guards: ["requireStaff"], access: STAFF }, POST: { guards: [], access: EVERYONE }`);
  });

  it("fails naming every exported action of a \"use server\" module, in app/ or elsewhere, and finds a guard called through a local helper", () => {
    expect(problems).toContain(`Server action valider (app/(gestion)/gestion/candidatures/actions.ts) has no row`);
    expect(problems).toContain(`"app/(gestion)/gestion/candidatures/actions.ts#valider": { guards: ["requireRole"], roles: ["ADMIN_NATIONAL"], access: NATIONAL_ADMIN`);
    expect(problems).toContain(`Server action rejeter (app/(gestion)/gestion/candidatures/actions.ts) has no row`);
    expect(problems).toContain(`Server action ailleurs (lib/server/other/actions.ts) has no row`);
    expect(problems).not.toContain("#T");
  });

  it("fails on an inline \"use server\" function, which has no name a row could carry", () => {
    expect(problems).toContain(`components/bouton.tsx:1 declares an inline "use server" function`);
  });

  it("fails on a row whose guard is not what the code calls, or whose cell contradicts the guard", () => {
    const discovery = discoverRoutes(root);
    const stale = checkMatrix(discovery, {
      pages: { "/gestion/candidatures/[id]": { guards: ["requireStaff"], access: { ...STAFF, otherGestionnaire: "allowed" }, example: "/gestion/candidatures/{candidature}" }, "/ancienne": { guards: [], access: EVERYONE } },
      routeHandlers: {},
      actions: {},
    }).join("\n");
    expect(stale).toContain(`Page /gestion/candidatures/[id] (app/(gestion)/gestion/candidatures/[id]/page.tsx): the code calls ["requireManager"] but the row in lib/access-matrix.ts says guards: ["requireStaff"].`);
    expect(stale).toContain(`lib/access-matrix.ts PAGES has a row for /ancienne, but app/ has no such page: remove the row.`);
    const contradicted = checkMatrix(discovery, {
      pages: { "/gestion/candidatures/[id]": { guards: ["requireManager"], access: { ...STAFF, owner: "allowed" }, example: "/gestion/{candidature}" } },
      routeHandlers: {},
      actions: {},
    }).join("\n");
    expect(contradicted).toContain(`requireManager gives "not-found" to owner, but the row says "allowed".`);
    expect(contradicted).toContain(`requireManager gives "not-found" to otherGestionnaire, but the row says "allowed".`);
    expect(contradicted).toContain(`example "/gestion/{candidature}" does not match the path /gestion/candidatures/[id].`);
  });
});
