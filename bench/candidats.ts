// Candidates for the wizard scenarios, written straight into the bench database before the
// server starts (the bench owns it then): activated accounts, a server-side session each with its
// signed cookie (the JWT Auth.js would set at sign-in), and candidatures in the Clermont-Ferrand
// demo session, their draft filled up to step 5 or complete.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { encode } from "next-auth/jwt";
import { sessionExpiresAt } from "../lib/domain/account/auth-session";
import { STEP_SCHEMAS } from "../lib/domain/candidature/schemas";

export type BenchCandidat = { accountId: string; candidatureId: string; cookie: string };

const COOKIE = "authjs.session-token";

const FORMULAIRES = {
  identification: { adresse: "1 rue du Banc d’essai", codePostal: "63000", commune: "Clermont-Ferrand", pays: "FR", pcsRepresentantLegal: "61", telephone: "0612345678" },
  informations: { typeCandidature: "EXPERIENCE_PRO_3_ANS", handicap: "non", jdcEnRegle: "on", diffusionInternet: "on" },
  qualification: { specialiteCode: "40031213", formePassage: "GLOBALE" },
  acquis: { type: "AUCUN" },
  epreuves: { lva: "Anglais", lvb: "Espagnol", lvf: "Italien", epsChoix: "APTE", epsActivites: ["Danse", "Demi-fond"] },
};

/** The step-5 fields the bench posts, alternating the LVF so that every save changes the draft. */
export function epreuvesFields(i: number): [string, string][] {
  return [
    ["lva", "Anglais"],
    ["lvb", "Espagnol"],
    ["lvf", i % 2 === 0 ? "Portugais" : "Italien"],
    ["epsChoix", "APTE"],
    ["epsActivites", "Danse"],
    ["epsActivites", "Demi-fond"],
  ];
}

function brouillon(complet: boolean) {
  const steps = Object.entries(FORMULAIRES).filter(([step]) => complet || step !== "epreuves");
  return Object.fromEntries(steps.map(([step, form]) => [step, STEP_SCHEMAS[step as keyof typeof STEP_SCHEMAS].parse(form)]));
}

/** `count` candidates in the Clermont-Ferrand bac pro demo session; `complet` drafts are ready for ENREGISTRER. */
export async function createBenchCandidats(db: PrismaClient, { count, complet, prefix, secret, now }: { count: number; complet: boolean; prefix: string; secret: string; now: Date }): Promise<BenchCandidat[]> {
  const session = await db.session.findFirstOrThrow({ where: { demo: true, publiee: true, academie: { code: "06" }, examen: { code: "BAC_PRO" } }, select: { id: true, configVersion: true, academieId: true } });
  const rows = Array.from({ length: count }, (_, i) => ({ accountId: randomUUID(), authSessionId: randomUUID(), candidatureId: randomUUID(), email: `${prefix}.${i}@bench.example.fr` }));
  const draft = brouillon(complet);
  for (let start = 0; start < rows.length; start += 500) {
    const chunk = rows.slice(start, start + 500);
    await db.account.createMany({
      data: chunk.map((r) => ({ id: r.accountId, email: r.email, emailNormalized: r.email, civilite: "MADAME" as const, nomNaissance: "Banc", prenoms: "Essai", dateNaissance: new Date("1990-01-01T00:00:00Z"), paysNaissance: "FR", role: "CANDIDAT" as const, activatedAt: now })),
    });
    await db.authSession.createMany({ data: chunk.map((r) => ({ id: r.authSessionId, accountId: r.accountId, createdAt: now, lastSeenAt: now, expiresAt: sessionExpiresAt(now) })) });
    await db.candidature.createMany({
      data: chunk.map((r) => ({ id: r.candidatureId, accountId: r.accountId, sessionId: session.id, academieId: session.academieId, nomTri: "banc essai", recherche: "banc essai", configVersion: session.configVersion, modalitesAccepteesAt: now, brouillon: draft, brouillonSauveAt: now, etapeCourante: complet ? 6 : 5 })),
    });
  }
  return Promise.all(
    rows.map(async (r) => {
      const token = await encode({ token: { sub: r.accountId, sid: r.authSessionId, sv: 0 }, secret, salt: COOKIE, maxAge: 12 * 3600 });
      return { accountId: r.accountId, candidatureId: r.candidatureId, cookie: `${COOKIE}=${token}` };
    }),
  );
}

/** The hidden fields of a server-rendered form (the action and its bound arguments), HTML-unescaped. */
export function hiddenFields(html: string, formMarker: string): [string, string][] {
  const start = html.indexOf(formMarker);
  if (start < 0) throw new Error(`Formulaire « ${formMarker} » introuvable dans la page.`);
  const form = html.slice(html.lastIndexOf("<form", start), html.indexOf("</form>", start));
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return [...form.matchAll(/<input\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\btype="hidden"/.test(tag))
    .map((tag) => [unescape(/\bname="([^"]*)"/.exec(tag)?.[1] ?? ""), unescape(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? "")]);
}

/** A multipart/form-data body, as a browser without JavaScript posts the form. */
export function multipart(fields: readonly [string, string][]): { body: string; contentType: string } {
  const boundary = `----portailbench${randomUUID().replace(/-/g, "")}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: `${parts.join("")}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}
