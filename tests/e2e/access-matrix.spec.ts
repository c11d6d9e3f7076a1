import type { APIResponse, Browser, BrowserContext, Page } from "@playwright/test";
import pg from "pg";
import sharp from "sharp";
import {
  ACTORS,
  PAGES,
  ROUTE_HANDLERS,
  SERVER_ACTIONS,
  type Actor,
  type ActionCall,
  type Arg,
  type Observation,
  type Outcome,
} from "../../lib/access-matrix";
import { databaseUrl } from "../setup/test-database";
import { demoAccount, expect, test } from "./fixtures";
import { callServerAction, readServerActions, workerPaths, type ActionAnswer } from "./helpers/server-actions";
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

// The access matrix (lib/access-matrix.ts, issue 7 §8) played against the production server: every
// page and route handler requested as each of the seven actors, every server action POSTed directly
// with its forged arguments (the owner's candidature by another candidate, another académie by an
// admin d'académie), and, around each call that must do nothing, a look at what it could have
// changed: the owner's récapitulatif, the staff list, and on PostgreSQL the rows themselves.
// Every cell is played before the test fails, and the failure lists each wrong cell by name.

type World = { candidature: string; revision: string; session: string; academie: string; autreAcademie: string; fichier: string; piece: string };

/** What the server did, in the matrix's words. */
type Seen = Outcome | { error: string };

let counter = 0;
const fresh = () => `${Date.now().toString(36)}.${(counter += 1)}`;

function fill(text: string, world: World): string {
  return text
    .replaceAll("{candidature}", world.candidature)
    .replaceAll("{revision}", world.revision)
    .replaceAll("{session}", world.session)
    .replaceAll("{academie}", world.academie)
    .replaceAll("{autreAcademie}", world.autreAcademie)
    .replaceAll("{fichier}", world.fichier)
    .replaceAll("{piece}", world.piece)
    .replaceAll("{email}", `matrice.${fresh()}@example.fr`);
}

/** A row's arguments as the action receives them: placeholders filled, { formData } as FormData. */
function materialise(arg: Arg, world: World): unknown {
  if (typeof arg === "string") return fill(arg, world);
  if (arg === null || typeof arg !== "object") return arg;
  if (Array.isArray(arg)) return arg.map((a: Arg) => materialise(a, world));
  if ("formData" in arg && typeof arg.formData === "object" && arg.formData !== null && !Array.isArray(arg.formData)) {
    const data = new FormData();
    const email = `matrice.${fresh()}@example.fr`; // one address per call, even when two fields carry it
    for (const [name, value] of Object.entries(arg.formData as Record<string, string | string[]>))
      for (const v of [value].flat()) data.append(name, fill(v.replaceAll("{email}", email), world));
    return data;
  }
  return Object.fromEntries(Object.entries(arg).map(([k, v]) => [k, materialise(v as Arg, world)]));
}

const describe = (o: Seen) => JSON.stringify(o);

/** The guards' redirect: /connexion, or /connexion?session=expiree (a cookie that opens no session). */
function signInOrRedirect(location: string): Seen {
  const to = new URL(location, "http://portail.invalid");
  return to.pathname === "/connexion" && ["", "?session=expiree"].includes(to.search) ? "sign-in" : { redirect: to.pathname + to.search };
}

function pageSeen(response: APIResponse): Seen {
  const status = response.status();
  if (status === 200) return "allowed";
  if (status === 404) return "not-found";
  const location = response.headers().location;
  if (status >= 300 && status < 400 && location) return signInOrRedirect(location);
  return { error: `HTTP ${status}` };
}

function actionSeen(answer: ActionAnswer): Seen {
  switch (answer.kind) {
    case "not-found":
      return "not-found";
    case "redirect":
      return signInOrRedirect(answer.to);
    case "error":
      return { error: `HTTP ${answer.status}: ${answer.body.slice(0, 200)}` };
    case "state": {
      const state = (answer.state ?? {}) as { formError?: unknown; fieldErrors?: Record<string, unknown> };
      const message = state.formError ?? Object.values(state.fieldErrors ?? {})[0];
      return typeof message === "string" && message !== "" ? "refused" : "allowed";
    }
  }
}

/** Whether what was seen is what the row expects (a redirect expected by the start of its path). */
function agrees(expected: Outcome, seen: Seen, world: World, kind: "page" | "action"): boolean {
  if (typeof expected === "object") return typeof seen === "object" && "redirect" in seen && seen.redirect.startsWith(fill(expected.redirect, world));
  if (kind === "action" && expected === "allowed") return seen === "allowed" || seen === "refused" || (typeof seen === "object" && "redirect" in seen);
  return seen === expected;
}

/** A message from the action, French and readable. */
function refusalMessage(answer: ActionAnswer): string | undefined {
  if (answer.kind !== "state") return undefined;
  const state = (answer.state ?? {}) as { formError?: string; fieldErrors?: Record<string, string> };
  return state.formError ?? Object.values(state.fieldErrors ?? {})[0];
}

/** The text of a page's <main>: what its reader sees, without markup (ids and nonces vary). */
function mainText(html: string): string {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "";
  return main.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
}

async function signIn(page: Page, email: string, password: string, home: RegExp) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse mail *").fill(email);
  await page.locator("#connexion-password").fill(password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page).toHaveURL(home);
}

test("la matrice d'accès : chaque page, chaque route et chaque action directement appelée, pour chacun des sept acteurs", async ({ browser, baseURL, outboxDir }, testInfo) => {
  test.setTimeout(360_000);
  const errors: string[] = [];
  const contexts = new Map<Actor, BrowserContext>();
  const open = async (actor: Actor, b: Browser) => {
    const context = await b.newContext({ baseURL: baseURL!, locale: "fr-FR", timezoneId: "Europe/Paris" });
    contexts.set(actor, context);
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(`${actor}: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`${actor}: ${e.message}`));
    return page;
  };
  const request = (actor: Actor) => contexts.get(actor)!.request;
  const world: World = { candidature: "", revision: "", session: "", academie: "", autreAcademie: "", fichier: "", piece: "1NATID01" };

  await test.step("les acteurs : deux candidats avec chacun une candidature à Clermont-Ferrand, des personnels de Clermont-Ferrand et de Nice", async () => {
    await open("anonymous", browser);

    const owner = await open("owner", browser);
    await newCandidate(owner, outboxDir, uniqueEmail("matrice-titulaire", testInfo));
    world.candidature = await startRegistration(owner, "63000", "Clermont-Ferrand", undefined, async () => {
      world.session = new URL(owner.url()).pathname.split("/")[2]!;
    });
    // Registered, so that a forged Me désinscrire or ENREGISTRER would show.
    await remplirIdentification(owner, { codePostal: "63000", commune: "Clermont-Ferrand" });
    await suivant(owner, "informations");
    await remplirInformations(owner, { route: "EXPERIENCE_PRO_3_ANS" });
    await suivant(owner, "qualification");
    await remplirQualification(owner, /^Métiers du commerce et de la vente option A/, "GLOBALE");
    await suivant(owner, "acquis");
    await choisirAcquis(owner, "AUCUN");
    await suivant(owner, "epreuves");
    await remplirEpreuves(owner, { lva: "Anglais", lvb: "Espagnol", eps: "APTE", activites: ["Danse", "Demi-fond"] });
    await suivant(owner, "recapitulatif");
    await owner.getByRole("button", { name: "ENREGISTRER" }).click();
    await expect(owner).toHaveURL(/recapitulatif\?enregistree=1$/);
    // A file on one of its pieces, for the file's route and the actions on it.
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#8899aa" } }).jpeg().toBuffer();
    const depot = await owner.request.post(`/mes-candidatures/${world.candidature}/justificatifs/${world.piece}/fichiers`, {
      headers: { Accept: "application/json" },
      multipart: { fichier: { name: "piece-identite.jpg", mimeType: "image/jpeg", buffer: jpeg } },
    });
    expect(depot.status(), await depot.text()).toBe(200);
    world.fichier = ((await depot.json()) as { fichierId: string }).fichierId;

    const other = await open("otherCandidate", browser);
    await newCandidate(other, outboxDir, uniqueEmail("matrice-autre", testInfo));
    await startRegistration(other, "63000", "Clermont-Ferrand");

    const staff: [Actor, Parameters<typeof demoAccount>[0]][] = [
      ["gestionnaire", "gestion.clermont"],
      ["otherGestionnaire", "gestion.nice"],
      ["adminAcademie", "admin.clermont"],
      ["adminNational", "admin.national"],
    ];
    for (const [actor, name] of staff) {
      const page = await open(actor, browser);
      const account = demoAccount(name);
      await signIn(page, account.email, account.password, /\/gestion$/);
    }
    const national = contexts.get("adminNational")!.pages()[0]!;
    await national.goto("/gestion/personnels");
    const options = await national.locator("#invitation-academieId option").evaluateAll((list) => list.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ""] as const));
    world.academie = options.find(([, nom]) => nom === "Clermont-Ferrand")?.[0] ?? "";
    world.autreAcademie = options.find(([, nom]) => nom === "Nice")?.[0] ?? "";
    expect(world, "identifiants de la candidature, de la session et des académies").toEqual({
      candidature: expect.stringMatching(/^\w+$/),
      revision: "",
      session: expect.stringMatching(/^\w+$/),
      academie: expect.stringMatching(/^\w+$/),
      autreAcademie: expect.stringMatching(/^\w+$/),
      fichier: expect.stringMatching(/^\w+$/),
      piece: "1NATID01",
    });
  });

  await test.step("chaque page, pour chaque acteur", async () => {
    const wrong: string[] = [];
    for (const [path, row] of Object.entries(PAGES)) {
      const url = fill(row.example ?? path, world);
      for (const actor of ACTORS) {
        const seen = pageSeen(await request(actor).get(url, { maxRedirects: 0 }));
        if (!agrees(row.access[actor], seen, world, "page")) wrong.push(`page ${path} (${url}) as ${actor}: expected ${describe(row.access[actor])}, got ${describe(seen)}`);
      }
    }
    expect(wrong, "cells of PAGES in lib/access-matrix.ts that the server contradicts").toEqual([]);
  });

  await test.step("chaque gestionnaire de route, pour chaque méthode et chaque acteur", async () => {
    const wrong: string[] = [];
    for (const [path, row] of Object.entries(ROUTE_HANDLERS)) {
      const url = fill(row.example ?? path, world);
      for (const [method, cell] of Object.entries(row.methods)) {
        for (const actor of ACTORS) {
          const seen = pageSeen(await request(actor).fetch(url, { method, maxRedirects: 0 }));
          if (!agrees(cell.access[actor], seen, world, "page")) wrong.push(`${method} ${path} as ${actor}: expected ${describe(cell.access[actor])}, got ${describe(seen)}`);
        }
      }
    }
    expect(wrong, "cells of ROUTE_HANDLERS in lib/access-matrix.ts that the server contradicts").toEqual([]);
  });

  await test.step("chaque action serveur, appelée directement avec des arguments forgés, pour chaque acteur", async () => {
    const built = readServerActions();
    const wrong: string[] = [];
    for (const key of built.keys()) if (!SERVER_ACTIONS[key]) wrong.push(`server action ${key} is in the build but has no row in lib/access-matrix.ts SERVER_ACTIONS`);
    for (const key of Object.keys(SERVER_ACTIONS)) if (!built.has(key)) wrong.push(`row ${key} of SERVER_ACTIONS has no action in the build (${process.env.NEXT_DIST_DIR ?? ".next"}): rebuild, or rename the row`);

    // On PostgreSQL the rows themselves are compared too; the embedded database is the server's alone.
    const serverUrl = process.env.E2E_DATABASE_URL;
    const client = serverUrl ? new pg.Client({ connectionString: databaseUrl(serverUrl, `portail_e2e_${new URL(baseURL!).port}`) }) : null;
    await client?.connect();
    const observe = async (o: Observation) => {
      const page = mainText(await (await request(o.as).get(fill(o.path, world), { maxRedirects: 0 })).text());
      const rows = client
        ? JSON.stringify(
            (
              await client.query(`SELECT (SELECT row_to_json(c) FROM "Candidature" c WHERE c."id" = $1) AS candidature, (SELECT count(*) FROM "Account") AS accounts`, [
                world.candidature,
              ])
            ).rows,
          )
        : "";
      return `${page}\n${rows}`;
    };

    // The revision the owner's step page was drawn from: a forged write that carries it is stopped by ownership alone.
    const currentRevision = async () => {
      const html = await (await request("owner").get(`/mes-candidatures/${world.candidature}/identification`, { maxRedirects: 0 })).text();
      const input = /<input[^>]*name="revision"[^>]*>/.exec(html)?.[0] ?? "";
      const value = /value="(\d+)"/.exec(input)?.[1];
      if (!value) throw new Error("pas de champ revision dans la page d'identification du titulaire");
      return value;
    };

    // The owner plays last, and the actions that end a session after every other row.
    const order = [...ACTORS.filter((a) => a !== "owner"), "owner" as const];
    const rows = Object.entries(SERVER_ACTIONS).sort(([, a], [, b]) => Number(a.signsOut ?? false) - Number(b.signsOut ?? false));
    let ip = 0;
    for (const [key, row] of rows) {
      const action = built.get(key);
      if (!action) continue;
      const page = workerPaths(action).map((p) => Object.entries(PAGES).find(([path]) => path === p)).find(Boolean);
      if (!page) {
        wrong.push(`${key}: no page of lib/access-matrix.ts PAGES holds it (${action.workers.join(", ")})`);
        continue;
      }
      const url = fill(page[1].example ?? page[0], world);
      const calls: (ActionCall & { label: string })[] = [{ ...row, label: key }, ...(row.forged ?? []).map((c, i) => ({ ...c, label: `${key} (forged call ${i + 1}: ${c.why ?? ""})` }))];
      for (const call of calls) {
        for (const actor of order) {
          const expected = call.access[actor];
          const watched = expected !== "allowed" && call.observe ? call.observe : undefined;
          const before = watched ? await observe(watched) : "";
          if (JSON.stringify(call.args).includes("{revision}")) world.revision = await currentRevision();
          ip += 1;
          const answer = await callServerAction(request(actor), {
            url,
            actionId: action.id,
            args: materialise(call.args as Arg, world) as unknown[],
            // One address per call: per-IP rate limits must not decide a cell.
            headers: { Origin: baseURL!, "X-Forwarded-For": `198.18.${Math.floor(ip / 250)}.${(ip % 250) + 1}` },
          });
          const seen = actionSeen(answer);
          if (!agrees(expected, seen, world, "action")) wrong.push(`${call.label} as ${actor}: expected ${describe(expected)}, got ${describe(seen)}`);
          if (expected === "refused" && seen === "refused" && !/(^|\s)(vous|votre|cette|est|pas|dans|de|la|le)(\s|$)/i.test(refusalMessage(answer) ?? ""))
            wrong.push(`${call.label} as ${actor}: the refusal is not a French message: ${JSON.stringify(refusalMessage(answer))}`);
          if (watched && (await observe(watched)) !== before) wrong.push(`${call.label} as ${actor}: ${watched.path} (seen by ${watched.as}) changed, although the call must do nothing`);
        }
      }
    }
    await client?.end();
    expect(wrong, "cells of SERVER_ACTIONS in lib/access-matrix.ts that the server contradicts").toEqual([]);
  });

  await Promise.all([...contexts.values()].map((c) => c.close()));
  expect(errors, "browser console errors").toEqual([]);
});

// A segment that is not valid UTF-8 (%E9, %ED%A0%80) never reaches the pages: Next 16.4 answers
// it with a 500 of its own in production (vercel/next.js#92557), before any of the portal's code.
test("un identifiant impossible dans l'adresse (NUL, texte quelconque) donne une page 404, jamais une erreur 500", async ({ page }) => {
  const candidat = demoAccount("candidat.demo");
  await signIn(page, candidat.email, candidat.password, /\/mon-compte$/);
  const wrong: string[] = [];
  for (const segment of ["%00", "a%00b", "%1B%5B31m", "%F0%9F%99%82", "x".repeat(300), "%27%3B%20DROP"]) {
    for (const path of [`/sessions/${segment}`, `/inscription/${segment}`, `/mes-candidatures/${segment}`, `/mes-candidatures/${segment}/identification`, `/mes-candidatures/${segment}/recapitulatif`]) {
      const status = (await page.request.get(path, { maxRedirects: 0 })).status();
      if (status !== 404) wrong.push(`${path}: HTTP ${status}`);
    }
  }
  expect(wrong).toEqual([]);
});
