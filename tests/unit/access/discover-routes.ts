// Finds every page, route handler and server action of the app from the file system, and which
// guards of lib/server/auth/guards.ts each one calls, by reading the sources with TypeScript's
// parser (no build needed). tests/unit/access-matrix.test.ts compares the result with the matrix.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { routePath, type Guard } from "@/lib/access-matrix";

export type GuardCall = { guard: Guard; roles: string[] };
export type DiscoveredPage = { path: string; file: string; guards: GuardCall[] };
export type DiscoveredRouteHandler = { path: string; file: string; methods: Record<string, GuardCall[]> };
export type DiscoveredAction = { key: string; file: string; name: string; guards: GuardCall[] };
/** A function with its own "use server" directive inside a component or page: it has no stable name for a row. */
export type InlineAction = { file: string; line: number };

export type Discovery = { pages: DiscoveredPage[]; routeHandlers: DiscoveredRouteHandler[]; actions: DiscoveredAction[]; inlineActions: InlineAction[] };

const GUARDS = new Set<string>(["requireAccount", "requireCandidate", "requireStaff", "requireRole", "requireManager"]);
const PAGE = /^page\.(tsx|ts|jsx|js|mdx)$/;
const ROUTE = /^route\.(ts|tsx|js|jsx)$/;
const SOURCE = /\.(ts|tsx|js|jsx|mts)$/;

function walk(root: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(root, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const relative = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : walk(root, relative);
    return [relative];
  });
}

function parse(root: string, file: string): ts.SourceFile {
  const kind = file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true, kind);
}

function hasUseServer(statements: ts.NodeArray<ts.Statement>): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false;
    if (statement.expression.text === "use server") return true;
  }
  return false;
}

/** Local names bound to the guards module's functions (import { requireRole as r } counts). */
function guardImports(source: ts.SourceFile): Map<string, Guard> {
  const names = new Map<string, Guard>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/(^|\/)server\/auth\/guards$/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (GUARDS.has(imported)) names.set(element.name.text, imported as Guard);
    }
  }
  return names;
}

/** The guard calls in a node, and in the module's own functions it calls (a local helper that authorises). */
function guardCalls(node: ts.Node, imports: Map<string, Guard>, locals: Map<string, ts.Node>): GuardCall[] {
  const calls: GuardCall[] = [];
  const seen = new Set<ts.Node>([node]);
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) {
      const guard = imports.get(n.expression.text);
      if (guard) calls.push({ guard, roles: n.arguments.filter(ts.isStringLiteralLike).map((a) => a.text) });
      const local = locals.get(n.expression.text);
      if (local && !seen.has(local)) {
        seen.add(local);
        visit(local);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return calls;
}

/** Top-level functions and variables of a module, by name. */
function localDeclarations(source: ts.SourceFile): Map<string, ts.Node> {
  const locals = new Map<string, ts.Node>();
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) locals.set(statement.name.text, statement);
    if (ts.isVariableStatement(statement))
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) locals.set(declaration.name.text, declaration);
  }
  return locals;
}

/** The exported values of a module: name → the node that defines it (for its guard calls). */
function exportedValues(source: ts.SourceFile, locals: Map<string, ts.Node>): Map<string, ts.Node> {
  const exported = new Map<string, ts.Node>();
  const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement)) {
      if (isExported(statement)) exported.set(isDefault(statement) ? "default" : (statement.name?.text ?? "default"), statement);
    } else if (ts.isVariableStatement(statement)) {
      if (!isExported(statement)) continue;
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) exported.set(declaration.name.text, declaration);
    } else if (ts.isExportAssignment(statement)) {
      exported.set("default", statement.expression);
    }
  }
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || statement.isTypeOnly || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) {
      if (element.isTypeOnly) continue;
      const local = (element.propertyName ?? element.name).text;
      exported.set(element.name.text, locals.get(local) ?? element);
    }
  }
  return exported;
}

function inlineUseServer(source: ts.SourceFile, file: string): InlineAction[] {
  const found: InlineAction[] = [];
  const visit = (n: ts.Node) => {
    if ((ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n)) && n.body && ts.isBlock(n.body) && hasUseServer(n.body.statements))
      found.push({ file, line: source.getLineAndCharacterOfPosition(n.getStart()).line + 1 });
    ts.forEachChild(n, visit);
  };
  visit(source);
  return found;
}

/** Everything under app/ (pages, route handlers) and every "use server" module of app/, components/ and lib/. */
export function discoverRoutes(root: string): Discovery {
  const pages: DiscoveredPage[] = [];
  const routeHandlers: DiscoveredRouteHandler[] = [];
  const actions: DiscoveredAction[] = [];
  const inlineActions: InlineAction[] = [];

  for (const file of ["app", "components", "lib"].flatMap((dir) => walk(root, dir)).filter((f) => SOURCE.test(f) || f.endsWith(".mdx")).sort()) {
    const name = path.posix.basename(file);
    if (name.endsWith(".mdx")) {
      if (file.startsWith("app/") && PAGE.test(name)) pages.push({ path: routePath(file), file, guards: [] });
      continue;
    }
    const source = parse(root, file);
    const imports = guardImports(source);
    const locals = localDeclarations(source);
    if (file.startsWith("app/") && PAGE.test(name)) pages.push({ path: routePath(file), file, guards: guardCalls(source, imports, locals) });
    if (file.startsWith("app/") && ROUTE.test(name)) {
      const methods = Object.fromEntries([...exportedValues(source, locals)].filter(([n]) => /^[A-Z]+$/.test(n)).map(([n, node]) => [n, guardCalls(node, imports, locals)]));
      routeHandlers.push({ path: routePath(file), file, methods });
    }
    if (hasUseServer(source.statements)) {
      for (const [exportName, node] of exportedValues(source, locals))
        actions.push({ key: `${file}#${exportName}`, file, name: exportName, guards: guardCalls(node, imports, locals) });
    } else {
      inlineActions.push(...inlineUseServer(source, file));
    }
  }
  return { pages, routeHandlers, actions, inlineActions };
}
