import { readdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page, Response } from "@playwright/test";
import { SERVER_ACTION_BODY_LIMIT } from "../../lib/security/body-limit";
import { createHash } from "node:crypto";
import { isCachedPublicPath } from "../../lib/cache/pages-publiques";
import { nonceOf } from "../../lib/security/csp";
import { demoAccount, expect, test } from "./fixtures";
import { signIn } from "./helpers/accounts";
import {
  choisirAcquis,
  newCandidate,
  remplirEpreuves,
  remplirIdentification,
  remplirInformations,
  remplirQualification,
  startRegistration,
  suivant,
  uniqueEmail,
} from "./helpers/wizard";

// The security headers in a real browser against the production server: every page of app/ is
// loaded with no Content-Security-Policy violation and no console error (the fixture fails a test
// on any console error), its scripts all carry the response's nonce, and the body limits answer
// in French, never with a 500.

type Violation = { directive: string; blocked: string; source: string; sample: string; url: string };

/** Every page of app/, as its route ("/sessions/[id]"), route groups left out. */
function discoverPages(dir = "app", segments: string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? [] : [entry.name];
      return discoverPages(path.join(dir, entry.name), [...segments, ...segment]);
    }
    if (!/^page\.(tsx|ts|jsx|js)$/.test(entry.name)) return [];
    const route = `/${segments.join("/")}`;
    // The home page is rendered at an internal path (next.config.ts rewrites "/" to it).
    return [route === "/vitrine/[page]" ? "/" : route];
  });
}

/** Who visits each page in this file; a page added to app/ without a row fails the first test. */
const VISITED_BY: Record<string, "public" | "candidat" | "gestion"> = {
  "/": "public",
  "/accessibilite": "public",
  "/[...introuvable]": "public",
  "/sessions/[id]": "public",
  "/connexion": "public",
  "/creer-compte": "public",
  "/creer-compte/courriel-envoye": "public",
  "/activer": "public",
  "/activer/nouveau-lien": "public",
  "/mot-de-passe/oublie": "public",
  "/mot-de-passe/nouveau": "public",
  "/invitation": "public",
  "/confirmer-adresse": "public",
  "/deconnexion": "public",
  "/verifier": "public",
  "/verifier/[code]": "public",
  "/espace": "candidat",
  "/mon-compte": "candidat",
  "/inscription": "candidat",
  "/inscription/[sessionId]": "candidat",
  "/mes-candidatures": "candidat",
  "/mes-candidatures/[id]": "candidat",
  "/mes-candidatures/[id]/[etape]": "candidat",
  "/mes-candidatures/[id]/recapitulatif": "candidat",
  "/mes-candidatures/[id]/desinscription": "candidat",
  "/mes-candidatures/[id]/documents": "candidat",
  "/mes-candidatures/[id]/justificatifs": "candidat",
  "/gestion": "gestion",
  "/gestion/personnels": "gestion",
  "/gestion/taches": "gestion",
  "/gestion/academies": "gestion",
  "/gestion/academies/[code]": "gestion",
  "/gestion/catalogue": "gestion",
  "/gestion/catalogue/[examen]/nouvelle-specialite": "gestion",
  "/gestion/catalogue/[examen]/nouvelle-epreuve": "gestion",
  "/gestion/catalogue/specialites/[code]": "gestion",
  "/gestion/catalogue/epreuves/[id]": "gestion",
  "/gestion/tableau-de-bord": "gestion",
  "/gestion/portefeuilles": "gestion",
  "/gestion/rappels": "gestion",
  "/gestion/operations": "gestion",
  "/gestion/operations/nouvelle": "gestion",
  "/gestion/operations/[id]": "gestion",
  "/gestion/annulations": "gestion",
  "/gestion/candidatures": "gestion",
  "/gestion/candidatures/[id]": "gestion",
  "/gestion/pieces": "gestion",
  "/gestion/sessions": "gestion",
  "/gestion/sessions/nouvelle": "gestion",
  "/gestion/sessions/[id]": "gestion",
  "/gestion/sessions/[id]/apercu": "gestion",
};

/**
 * Collects the context's securitypolicyviolation events, from every document it loads: an init
 * script listens on the document before any of the page's own scripts run.
 */
async function watchViolations(context: BrowserContext): Promise<Violation[]> {
  const violations: Violation[] = [];
  await context.exposeBinding("__signalerViolationCsp", ({ page }, v: Omit<Violation, "url">) => {
    violations.push({ ...v, url: page.url() });
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __signalerViolationCsp: (v: unknown) => void }).__signalerViolationCsp;
      report({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}`, sample: e.sample });
    });
  });
  return violations;
}

/** sha256 of an inline script, as a CSP source. */
const hashSource = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The response's CSP, frame-ancestors 'none', no HSTS over http, and its scripts: on a page drawn
 * per request, every one carries the response's nonce but react-dsfr's head script, allowed by its
 * hash; on a cached public page (the same HTML for everyone), no nonce and the scripts from the
 * portal or inline.
 */
async function expectNoncedPage(response: Response | null, route: string) {
  expect(response, route).not.toBeNull();
  const policy = response!.headers()["content-security-policy"] ?? null;
  expect(policy).toContain("frame-ancestors 'none'");
  expect(response!.headers()["strict-transport-security"], `${route}: HSTS over http`).toBeUndefined();
  const scriptSrc = policy!.split("; ").find((d) => d.startsWith("script-src "))!;
  const html = await response!.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, text]) => ({ attributes: attributes!, text: text! }));
  expect(scripts.length, route).toBeGreaterThan(0);
  if (isCachedPublicPath(new URL(response!.url()).pathname)) {
    expect(nonceOf(policy), `${route}: a cached page has no nonce`).toBeUndefined();
    expect(scriptSrc).toBe("script-src 'self' 'unsafe-inline'");
    expect(scripts.filter((s) => /\bsrc="(?!\/_next\/static\/)/.test(s.attributes)), `${route}: scripts from elsewhere`).toEqual([]);
    return;
  }
  const nonce = nonceOf(policy);
  expect(nonce, `${route}: nonce in ${policy}`).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  const unnonced = scripts.filter((s) => !s.attributes.includes(` nonce="${nonce}"`));
  expect(unnonced.filter((s) => s.attributes.includes("src=") || !scriptSrc.includes(hashSource(s.text))), `${route}: scripts without this response's nonce nor an allowed hash`).toEqual([]);
}

/**
 * Loads a page as a browser does and waits until it is running: DSFR marks <html> once React has
 * hydrated and its own scripts have started (a violation by a late script is then already caught).
 */
async function visit(page: Page, route: string, url: string, visited: Set<string>, { status = 200 } = {}) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(status);
  await expectNoncedPage(response, route);
  if (status === 404) {
    // A page's notFound() is answered with Next's error shell, the 404 page then drawn by React in
    // the browser (vercel/next.js#62228, still open on 16.4): DSFR does not restart on that <html>.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
  } else {
    await expect(page.locator("html")).toHaveAttribute("data-fr-js", "true");
  }
  visited.add(route);
}

function expectAllVisited(visited: Set<string>, who: (typeof VISITED_BY)[string]) {
  const expected = Object.entries(VISITED_BY)
    .filter(([, w]) => w === who)
    .map(([route]) => route);
  expect([...visited].sort()).toEqual(expected.sort());
}

test.describe("en-têtes de sécurité", () => {
  test("chaque page du portail a une ligne dans ce fichier", () => {
    expect(discoverPages().sort(), "a page of app/ needs a row in VISITED_BY and a visit in its test").toEqual(Object.keys(VISITED_BY).sort());
  });

  test("la CSP porte un nonce neuf à chaque requête, interdit l'affichage dans un cadre ; pas de HSTS en http", async ({ request }) => {
    const [first, second] = [await request.get("/connexion"), await request.get("/connexion")];
    const [a, b] = [first, second].map((r) => nonceOf(r.headers()["content-security-policy"] ?? null));
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(b).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(a).not.toBe(b);

    const policy = first.headers()["content-security-policy"]!;
    expect(policy).toContain("frame-ancestors 'none'");
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toMatch(new RegExp(`^script-src 'self' 'nonce-${a!.replace(/[+/]/g, "\\$&")}' 'sha256-[A-Za-z0-9+/]{43}=' 'strict-dynamic'$`));
    expect(first.headers()["x-frame-options"]).toBe("DENY");
    for (const response of [first, await request.get("/api/health")]) expect(response.headers()["strict-transport-security"]).toBeUndefined();
  });

  test("les pages publiques en cache : le même HTML pour tous, servi du cache, sans nonce ni rien de la session", async ({ request, page, context }) => {
    for (const route of ["/", "/sessions", "/accessibilite"]) {
      // The first request may render the page, or serve a stale copy while it is rendered again.
      let first = await request.get(route);
      let second = await request.get(route);
      for (let i = 0; i < 5 && second.headers()["x-nextjs-cache"] !== "HIT"; i += 1) [first, second] = [second, await request.get(route)];
      if (first.headers()["x-nextjs-cache"] !== "HIT") [first, second] = [second, await request.get(route)];
      for (const response of [first, second]) {
        expect(response.status(), route).toBe(200);
        expect(response.headers()["x-nextjs-cache"], `${route}: served from the cache`).toBe("HIT");
        expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
        expect(nonceOf(response.headers()["content-security-policy"] ?? null)).toBeUndefined();
      }
      expect(await first.text(), `${route}: the same HTML for everyone`).toBe(await second.text());
    }
    // Signed in, the same cached HTML: the header switches to the signed-in links in the browser.
    const anonymous = await (await request.get("/accessibilite")).text();
    const candidat = demoAccount("candidat.demo");
    await signIn(page, candidat.email, candidat.password);
    await expect(page).toHaveURL(/\/(mes-candidatures|mon-compte|espace)/);
    const signedIn = await context.request.get("/accessibilite");
    expect(await signedIn.text()).toBe(anonymous);
    await page.goto("/accessibilite");
    const header = page.locator("header.fr-header .fr-header__tools-links");
    await expect(header.getByRole("link", { name: "Mon espace" })).toHaveAttribute("href", "/espace");
    await expect(header.getByRole("link", { name: "Se déconnecter" })).toHaveAttribute("href", "/deconnexion");
    await expect(header.getByRole("link", { name: "Se connecter" })).toHaveCount(0);
    // The home page's own buttons switch too: back to one's space, not « Créer mon compte ».
    await page.goto("/");
    const main = page.locator("main");
    await expect(main.getByRole("link", { name: "Mon espace" })).toHaveAttribute("href", "/espace");
    await expect(main.getByRole("link", { name: "Créer mon compte" })).toHaveCount(0);
    await expect(main.getByRole("link", { name: "Se connecter" })).toHaveCount(0);
    await expect(main.getByRole("link", { name: "M’inscrire à une session" })).toHaveAttribute("href", "/inscription");
    // The internal paths the home page and the closed sessions are rendered at lead to them.
    for (const [internal, route] of [["/vitrine/accueil", "/"], ["/vitrine/sessions", "/sessions"]] as const) {
      const direct = await request.get(internal, { maxRedirects: 0 });
      expect(direct.status(), internal).toBe(308);
      expect(new URL(direct.headers()["location"]!, "http://x").pathname).toBe(route);
    }
  });

  test("les pages publiques s'affichent sans violation de la CSP", async ({ page, context }) => {
    const violations = await watchViolations(context);
    const visited = new Set<string>();
    await visit(page, "/", "/", visited);
    // The closed sessions: the same route as the home page (/vitrine/[page]).
    await visit(page, "/", "/sessions", visited);
    await page.goto("/");
    const session = await page.locator('main a[href^="/sessions/"]').first().getAttribute("href");
    await visit(page, "/sessions/[id]", session!, visited);
    // A client-side navigation, then the pages loaded one by one.
    await page.getByRole("contentinfo").getByRole("link", { name: /Accessibilité\s*:\s*non conforme/ }).click();
    await expect(page).toHaveTitle(/^Déclaration d’accessibilité/);
    for (const route of ["/accessibilite", "/connexion", "/creer-compte", "/creer-compte/courriel-envoye", "/activer/nouveau-lien", "/mot-de-passe/oublie", "/deconnexion"]) {
      await visit(page, route, route, visited);
    }
    // Links that carry a token, opened with a wrong one: the page says so.
    for (const route of ["/activer", "/mot-de-passe/nouveau", "/invitation", "/confirmer-adresse"]) {
      await visit(page, route, `${route}?token=jeton-inconnu`, visited);
      await expect(page.locator("main")).not.toBeEmpty();
    }
    await visit(page, "/verifier", "/verifier", visited);
    await visit(page, "/verifier/[code]", "/verifier/7KQ2-M9XD-4HTV", visited);
    await expect(page.getByRole("heading", { name: "Document non reconnu" })).toBeVisible();
    await visit(page, "/[...introuvable]", "/page-inexistante", visited, { status: 404 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");

    expectAllVisited(visited, "public");
    expect(violations).toEqual([]);
  });

  test("l'espace candidat et chaque étape de l'inscription s'affichent et s'envoient sans violation de la CSP", async ({ page, context, outboxDir }, testInfo) => {
    test.setTimeout(120_000);
    const violations = await watchViolations(context);
    const visited = new Set<string>();
    // Account creation, activation and sign-in through the pages (forms with JavaScript).
    await newCandidate(page, outboxDir, uniqueEmail("csp", testInfo));
    for (const route of ["/mon-compte", "/mes-candidatures"]) await visit(page, route, route, visited);
    await visit(page, "/espace", "/espace", visited);
    await expect(page).toHaveURL(/\/mon-compte$/);

    await visit(page, "/inscription", "/inscription", visited);
    await page.getByLabel("Code postal de votre domicile").fill("63000");
    await page.getByRole("button", { name: "Afficher les sessions ouvertes" }).click();
    const choisir = page.locator("li", { hasText: "Baccalauréat professionnel" }).getByRole("link", { name: /Choisir cette session/ });
    await visit(page, "/inscription/[sessionId]", (await choisir.getAttribute("href"))!, visited);
    const id = await startRegistration(page, "63000", "Clermont-Ferrand");

    // Each step loaded on its own, then filled and sent (a server action and a client-side navigation).
    const base = `/mes-candidatures/${id}`;
    await visit(page, "/mes-candidatures/[id]/[etape]", `${base}/identification`, visited);
    await remplirIdentification(page, { codePostal: "63000", commune: "Clermont-Ferrand" });
    await suivant(page, "informations");
    await visit(page, "/mes-candidatures/[id]/[etape]", `${base}/informations`, visited);
    await remplirInformations(page, { route: "EXPERIENCE_PRO_3_ANS" });
    await suivant(page, "qualification");
    await visit(page, "/mes-candidatures/[id]/[etape]", `${base}/qualification`, visited);
    await remplirQualification(page, /^Métiers du commerce et de la vente option A/, "GLOBALE");
    await suivant(page, "acquis");
    await visit(page, "/mes-candidatures/[id]/[etape]", `${base}/acquis`, visited);
    await choisirAcquis(page, "AUCUN");
    await suivant(page, "epreuves");
    await visit(page, "/mes-candidatures/[id]/[etape]", `${base}/epreuves`, visited);
    await remplirEpreuves(page, { lva: "Anglais", lvb: "Espagnol", eps: "APTE", activites: ["Danse", "Demi-fond"] });
    await suivant(page, "recapitulatif");
    await visit(page, "/mes-candidatures/[id]/recapitulatif", `${base}/recapitulatif`, visited);
    await page.getByRole("button", { name: "ENREGISTRER" }).click();
    await expect(page).toHaveURL(/recapitulatif\?enregistree=1$/);
    await expect(page.locator("main .fr-alert--success")).toContainText("Votre candidature est enregistrée");

    await visit(page, "/mes-candidatures/[id]", base, visited);
    await expect(page).toHaveURL(new RegExp(`${base}/recapitulatif$`));
    await visit(page, "/mes-candidatures/[id]/desinscription", `${base}/desinscription`, visited);
    await expect(page.getByRole("button", { name: "Me désinscrire" })).toBeVisible();
    await visit(page, "/mes-candidatures/[id]/documents", `${base}/documents`, visited);
    await expect(page.getByRole("heading", { level: 1, name: "Mes documents" })).toBeVisible();
    await visit(page, "/mes-candidatures/[id]/justificatifs", `${base}/justificatifs`, visited);
    await expect(page.getByRole("heading", { level: 1, name: "Mes justificatifs" })).toBeVisible();

    expectAllVisited(visited, "candidat");
    expect(violations).toEqual([]);
  });

  test("l'espace de gestion s'affiche sans violation de la CSP", async ({ page, context }) => {
    // Two sign-ins and some twenty-five pages, each loaded until DSFR has started.
    test.setTimeout(150_000);
    const violations = await watchViolations(context);
    const visited = new Set<string>();
    // The national administrator sees every staff page, the failed jobs' list included.
    const admin = demoAccount("admin.national");
    await visit(page, "/connexion", "/connexion", new Set());
    await page.getByLabel("Adresse mail *").fill(admin.email);
    await page.locator("#connexion-password").fill(admin.password);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page).toHaveURL(/\/gestion$/);
    for (const route of ["/gestion", "/gestion/personnels", "/gestion/taches"]) await visit(page, route, route, visited);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Courriels et tâches en échec");
    await visit(page, "/gestion/academies", "/gestion/academies", visited);
    await visit(page, "/gestion/academies/[code]", "/gestion/academies/28", visited);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Académie de La Réunion");
    // The exams' catalogue: the list, a spécialité (the seeded MELEC), an épreuve of the bac pro, the forms.
    await visit(page, "/gestion/catalogue", "/gestion/catalogue", visited);
    const epreuve = await page.locator('main a[href^="/gestion/catalogue/epreuves/"]').first().getAttribute("href");
    await visit(page, "/gestion/catalogue/epreuves/[id]", epreuve!, visited);
    await visit(page, "/gestion/catalogue/specialites/[code]", "/gestion/catalogue/specialites/40025520", visited);
    await visit(page, "/gestion/catalogue/[examen]/nouvelle-specialite", "/gestion/catalogue/cap/nouvelle-specialite", visited);
    await visit(page, "/gestion/catalogue/[examen]/nouvelle-epreuve", "/gestion/catalogue/bac-pro/nouvelle-epreuve?specialite=40025520", visited);
    // The rectorat's pages are an académie's: a national admin has none, an admin d'académie sees them all.
    await context.clearCookies();
    const rectorat = demoAccount("admin.clermont");
    await page.goto("/connexion");
    await page.getByLabel("Adresse mail *").fill(rectorat.email);
    await page.locator("#connexion-password").fill(rectorat.password);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page).toHaveURL(/\/gestion$/);
    for (const route of ["/gestion/tableau-de-bord", "/gestion/portefeuilles"]) await visit(page, route, route, visited);
    await visit(page, "/gestion/rappels", "/gestion/rappels", visited);
    for (const route of ["/gestion/operations", "/gestion/annulations", "/gestion/pieces"]) await visit(page, route, route, visited);
    await visit(page, "/gestion/candidatures", "/gestion/candidatures?statut=ENREGISTREE&q=exemple&tri=recentes", visited);
    // Another académie's dossier, or none: a 404 (a real one is visited in back-office-revue.spec.ts).
    await visit(page, "/gestion/candidatures/[id]", "/gestion/candidatures/inconnue", visited, { status: 404 });
    await visit(page, "/gestion/operations/nouvelle", "/gestion/operations/nouvelle?type=RELANCE_PIECES&statut=ENREGISTREE", visited);
    // An operation of another académie, or none: the page's own 404 (a real one is visited in back-office-operations.spec.ts).
    await visit(page, "/gestion/operations/[id]", "/gestion/operations/inconnue", visited, { status: 404 });
    for (const route of ["/gestion/sessions", "/gestion/sessions/nouvelle"]) await visit(page, route, route, visited);
    await page.goto("/gestion/sessions");
    const sessionAdmin = await page.locator('main a[href^="/gestion/sessions/"]:not([href$="/nouvelle"])').first().getAttribute("href");
    await visit(page, "/gestion/sessions/[id]", sessionAdmin!, visited);
    await visit(page, "/gestion/sessions/[id]/apercu", `${sessionAdmin!}/apercu`, visited);

    expectAllVisited(visited, "gestion");
    expect(violations).toEqual([]);
  });

  test("le relevé des violations voit une ressource refusée par la CSP", async ({ browser, baseURL }) => {
    // Outside the page fixture: the browser logs the refusal as a console error, which is the point here.
    const context = await browser.newContext({ baseURL });
    const violations = await watchViolations(context);
    const page = await context.newPage();
    await page.goto("/accessibilite");
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img alt="" src="https://images.example.invalid/pixel.png">'));
    await expect.poll(() => violations.map((v) => v.directive)).toEqual(["img-src"]);
    expect(violations[0]!.blocked).toBe("https://images.example.invalid/pixel.png");
    await context.close();
  });
});

test.describe("taille et forme des requêtes", () => {
  test("un formulaire trop lourd est refusé en 413 avec un message en français, avant d'être lu", async ({ request }) => {
    const response = await request.post("/creer-compte", {
      headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      data: "x".repeat(SERVER_ACTION_BODY_LIMIT + 1),
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toBe("La requête dépasse la taille autorisée (64\u00a0ko). Raccourcissez les textes saisis, puis envoyez de nouveau le formulaire.");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");

    // Ten times the limit, as a form without JavaScript would send it.
    const lourd = await request.post("/connexion", { multipart: { email: "a@example.fr", notes: "x".repeat(10 * SERVER_ACTION_BODY_LIMIT) } });
    expect(lourd.status()).toBe(413);
  });

  test("une route d'API refuse un contenu au-delà de sa propre limite", async ({ request }) => {
    const response = await request.fetch("/api/health", { method: "GET", data: "contenu" });
    expect(response.status()).toBe(413);
    expect(await response.text()).toBe("Cette adresse n’accepte pas de contenu dans la requête.");
    expect((await request.get("/api/health")).status()).toBe(200);
  });

  test("un corps de formulaire illisible est refusé en 400, jamais en 500", async ({ page, request }) => {
    // A real action's id, as the sign-in form carries it for browsers without JavaScript.
    await page.goto("/connexion");
    const reference = await page.locator('main form input[type=hidden][name$=":0"]').first().inputValue();
    const actionId = (JSON.parse(reference) as { id: string }).id;

    for (const [label, headers, data] of [
      ["multipart sans fin", { "content-type": "multipart/form-data; boundary=zzz" }, "garbage--zzz"],
      ["multipart d'une action sans fin", { "content-type": "multipart/form-data; boundary=zzz", "next-action": actionId }, "--zzz\r\nContent-Disposition: form-data; name=\"0\""],
      ["réponse qui n'est pas du JSON", { "content-type": "text/plain;charset=UTF-8", "next-action": actionId }, "garbage{"],
    ] as const) {
      const response = await request.post("/connexion", { headers, data });
      expect(response.status(), label).toBe(400);
      expect(await response.text(), label).toBe("Le formulaire envoyé est illisible. Rechargez la page, puis envoyez-le de nouveau.");
    }
    // An action id that does not exist: Next's own refusal, a client error.
    const inconnue = await request.post("/connexion", { headers: { "content-type": "text/plain;charset=UTF-8", "next-action": "0".repeat(42) }, data: "[]" });
    expect(inconnue.status()).toBeGreaterThanOrEqual(400);
    expect(inconnue.status()).toBeLessThan(500);
  });
});
