import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import type { ConfigurationSaisie } from "@/lib/domain/session/configuration";
import { acteurOf, type Scope } from "@/lib/server/gestion/scope";
import { creerSession } from "@/lib/server/sessions/admin/creer-session";
import { modifierCalendrier } from "@/lib/server/sessions/admin/modifier-calendrier";
import { modifierConfiguration } from "@/lib/server/sessions/admin/modifier-configuration";
import { prolongerEcheance } from "@/lib/server/sessions/admin/prolonger-echeance";
import { publierSession } from "@/lib/server/sessions/admin/publier-session";
import { seed } from "@/prisma/seed";
import { creerPersonnel, insererDossiers } from "../fixtures/back-office";

// Issue 10 §1–4: an académie's admin creates and configures its sessions, in its own zone, and
// only its own; a change withdrawing saved choices is refused with the dossiers it would affect, or
// applied with them flagged; a deadline is extended, recorded, and effective at once.
const NOW = new Date("2026-11-22T12:00:00Z");
let db: PrismaClient;
type Admin = Awaited<ReturnType<typeof creerPersonnel>>;
let admin06: Admin;
let admin23: Admin;
let admin28: Admin;

const ctx = (a: Admin) => ({ scope: { academieId: a.academieId!, accountId: a.id } satisfies Scope, acteur: acteurOf(a), now: NOW, ip: "127.0.0.1" });

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: NOW, demo: true });
  [admin06, admin23, admin28] = [await creerPersonnel(db, "06", "ADMIN_ACADEMIE"), await creerPersonnel(db, "23", "ADMIN_ACADEMIE"), await creerPersonnel(db, "28", "ADMIN_ACADEMIE")];
}, 120_000);

const demo = (code: string, examen = "BAC_PRO") =>
  db.session.findFirstOrThrow({ where: { demo: true, academie: { code }, examen: { code: examen as "BAC_PRO" } }, include: { pieces: true } });

const saisieDe = (s: Awaited<ReturnType<typeof demo>>, changes: Partial<ConfigurationSaisie> = {}): ConfigurationSaisie => ({
  languesLva: s.languesLva.join("\n"),
  languesLvb: s.languesLvb.join("\n"),
  languesLvf: s.languesLvf.join("\n"),
  activitesEps: s.activitesEps.join("\n"),
  activitesEpsAdaptees: s.activitesEpsAdaptees.join("\n"),
  specialites: s.specialitesOffertes,
  pieces: Object.fromEntries(s.pieces.map((p) => [p.pieceCode, p.mode])),
  adressePostale: "Rectorat\nBureau des examens professionnels\n1 rue de l’Exemple\n63000 Clermont-Ferrand",
  amenagementUrl: "",
  informations: "",
  ...changes,
});

describe("creating a session", () => {
  it("stores each instant typed in the académie's zone, unpublished, with the académie's lists and a first version", async () => {
    const r = await creerSession(db, { examen: "BAC_PRO", annee: 2031, libelle: "Session 2031", calendrier: { inscriptionOuverture: "2030-11-06T10:00", inscriptionCloture: "2030-12-06T22:00" } }, ctx(admin06));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = await db.session.findUniqueOrThrow({ where: { id: r.sessionId }, include: { configurations: true, pieces: true, academie: { select: { code: true } } } });
    expect(s).toMatchObject({ publiee: false, academie: { code: "06" }, inscriptionOuvertureLocal: "2030-11-06T10:00" });
    // Paris in winter is UTC+1.
    expect(s.inscriptionOuverture.toISOString()).toBe("2030-11-06T09:00:00.000Z");
    expect(s.inscriptionCloture.toISOString()).toBe("2030-12-06T21:00:00.000Z");
    expect(s.languesLva.length).toBeGreaterThan(0);
    expect(s.pieces.length).toBeGreaterThan(0);
    expect(s.configurations.map((c) => c.version)).toEqual([1]);
    expect(await db.auditEvent.count({ where: { action: "session.creee", entityId: s.id, actorId: admin06.id } })).toBe(1);
  });

  it("reads La Réunion's local time at UTC+4", async () => {
    const r = await creerSession(db, { examen: "BAC_PRO", annee: 2031, libelle: "Session 2031", calendrier: { inscriptionOuverture: "2030-11-06T10:00", inscriptionCloture: "2030-12-06T17:00" } }, ctx(admin28));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = await db.session.findUniqueOrThrow({ where: { id: r.sessionId }, include: { academie: { select: { code: true } } } });
    expect(s.academie.code).toBe("28");
    expect(s.inscriptionCloture.toISOString()).toBe("2030-12-06T13:00:00.000Z");
  });

  it("refuses a local time skipped at a change of hour, a closing before its opening, and a second session of the same year", async () => {
    const r = await creerSession(db, { examen: "BAC_PRO", annee: 2032, libelle: "Session 2032", calendrier: { inscriptionOuverture: "2031-03-30T02:30", inscriptionCloture: "2031-03-01T10:00" } }, ctx(admin06));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors.inscriptionOuverture).toMatch(/n’existe pas|n'existe pas/);
    const b = await creerSession(db, { examen: "BAC_PRO", annee: 2032, libelle: "Session 2032", calendrier: { inscriptionOuverture: "2031-11-01T10:00", inscriptionCloture: "2031-10-01T10:00" } }, ctx(admin06));
    expect(!b.ok && b.fieldErrors.inscriptionCloture).toMatch(/postérieure/);
    const calendrier = { inscriptionOuverture: "2031-11-01T10:00", inscriptionCloture: "2031-12-01T10:00" };
    expect((await creerSession(db, { examen: "BAC_PRO", annee: 2033, libelle: "Session 2033", calendrier }, ctx(admin06))).ok).toBe(true);
    const doublon = await creerSession(db, { examen: "BAC_PRO", annee: 2033, libelle: "Autre", calendrier }, ctx(admin06));
    expect(!doublon.ok && doublon.fieldErrors.annee).toMatch(/déjà une session 2033/);
  });
});

describe("another académie's session", () => {
  it("is unknown to every action, which changes nothing", async () => {
    const s06 = await demo("06");
    const avant = await db.session.findUniqueOrThrow({ where: { id: s06.id } });
    expect(await modifierCalendrier(db, s06.id, { inscriptionOuverture: "2026-01-01T10:00", inscriptionCloture: "2026-02-01T10:00" }, ctx(admin23))).toEqual({ ok: false, introuvable: true });
    expect(await modifierConfiguration(db, s06.id, saisieDe(s06, { languesLva: "Latin" }), { ...ctx(admin23), appliquer: true })).toEqual({ ok: false, introuvable: true });
    expect(await prolongerEcheance(db, s06.id, { echeance: "inscriptionCloture", nouvelleLocal: "2099-01-01T10:00", motif: "Incident sur le serveur" }, ctx(admin23))).toEqual({ ok: false, introuvable: true });
    expect(await publierSession(db, s06.id, false, ctx(admin23))).toMatchObject({ ok: false, introuvable: true });
    expect(await db.session.findUniqueOrThrow({ where: { id: s06.id } })).toEqual(avant);
    expect(await db.auditEvent.count({ where: { actorId: admin23.id } })).toBe(0);
  });
});

describe("a change of what candidates choose from", () => {
  it("withdrawing a language someone chose is refused with their dossier, then applied with it flagged and its candidate mailed", async () => {
    const s = await demo("23");
    const [choisi, autre] = await insererDossiers(db, "23", [{ nomNaissance: "Italien" }, { nomNaissance: "Anglais" }]);
    await db.candidature.update({ where: { id: choisi! }, data: { donnees: { epreuves: { lva: "Italien", epsChoix: "APTE", epsActivites: ["Danse", "Demi-fond"] } } } });
    await db.candidature.update({ where: { id: autre! }, data: { donnees: { epreuves: { lva: "Anglais", epsChoix: "APTE", epsActivites: ["Danse", "Demi-fond"] } } } });
    const sansItalien = saisieDe(s, { languesLva: s.languesLva.filter((l) => l !== "Italien").join("\n") });

    const refus = await modifierConfiguration(db, s.id, sansItalien, { ...ctx(admin23), appliquer: false });
    expect(refus).toMatchObject({ ok: false, total: 1, impacts: [{ candidatureId: choisi, atteintes: [{ champ: "lva", valeur: "Italien" }] }] });
    expect((await db.session.findUniqueOrThrow({ where: { id: s.id } })).languesLva).toContain("Italien");

    const mailsAvant = await courriels();
    const fait = await modifierConfiguration(db, s.id, sansItalien, { ...ctx(admin23), appliquer: true });
    expect(fait).toEqual({ ok: true, version: s.configVersion + 1, nouvelleVersion: true, signalees: 1 });
    const apres = await db.session.findUniqueOrThrow({ where: { id: s.id }, include: { configurations: { orderBy: { version: "asc" } } } });
    expect(apres.languesLva).not.toContain("Italien");
    // Both versions can be read back: the one the dossiers were saved under, and the new one.
    expect(apres.configurations.map((c) => [c.version, c.languesLva.includes("Italien")])).toEqual([
      [s.configVersion, true],
      [s.configVersion + 1, false],
    ]);
    expect(await db.candidature.findUniqueOrThrow({ where: { id: choisi! }, select: { aRevoirAt: true, aRevoirMotifs: true, configVersion: true } })).toEqual({
      aRevoirAt: NOW,
      aRevoirMotifs: ["La langue vivante A « Italien » n’est plus proposée."],
      configVersion: s.configVersion,
    });
    expect((await db.candidature.findUniqueOrThrow({ where: { id: autre! } })).aRevoirAt).toBeNull();
    const nouveaux = (await courriels()).filter((m) => !mailsAvant.includes(m));
    expect(nouveaux).toHaveLength(1);
    expect(nouveaux[0]).toMatch(/Candidature à revoir/);
  });

  it("adding a choice or changing only the address makes no dossier to flag", async () => {
    const s = await demo("06");
    const ajout = await modifierConfiguration(db, s.id, saisieDe(s, { languesLvf: [...s.languesLvf, "Breton"].join("\n") }), { ...ctx(admin06), appliquer: false });
    expect(ajout).toEqual({ ok: true, version: s.configVersion + 1, nouvelleVersion: true, signalees: 0 });
    const s2 = await demo("06");
    const adresse = await modifierConfiguration(db, s.id, saisieDe(s2, { adressePostale: "Autre adresse\n63000 Clermont-Ferrand" }), { ...ctx(admin06), appliquer: false });
    expect(adresse).toEqual({ ok: true, version: s2.configVersion, nouvelleVersion: false, signalees: 0 });
    expect((await db.session.findUniqueOrThrow({ where: { id: s.id } })).adressePostale).toBe("Autre adresse\n63000 Clermont-Ferrand");
  });

  it("moves a piece to the post and drops a piece no longer asked", async () => {
    const s = await demo("06");
    const modes = { ...Object.fromEntries(s.pieces.map((p) => [p.pieceCode, p.mode])), "1NATID01": "POSTAL", MDPH01: "AUCUN" };
    expect((await modifierConfiguration(db, s.id, saisieDe(s, { pieces: modes }), { ...ctx(admin06), appliquer: false })).ok).toBe(true);
    const pieces = await db.sessionPiece.findMany({ where: { sessionId: s.id } });
    expect(pieces.find((p) => p.pieceCode === "1NATID01")?.mode).toBe("POSTAL");
    expect(pieces.find((p) => p.pieceCode === "MDPH01")).toBeUndefined();
  });
});

describe("a deadline extended", () => {
  it("moves the session's deadline at once, keeps the first one, records who, when, from, to and why", async () => {
    const s = await demo("23");
    const r = await prolongerEcheance(db, s.id, { echeance: "inscriptionCloture", nouvelleLocal: "2099-01-01T10:00", motif: "Panne du serveur d’inscription le dernier soir" }, ctx(admin23));
    expect(r).toEqual({ ok: true, nouvelle: new Date("2099-01-01T09:00:00Z") });
    const apres = await db.session.findUniqueOrThrow({ where: { id: s.id }, include: { prolongations: true } });
    expect(apres).toMatchObject({ inscriptionCloture: new Date("2099-01-01T09:00:00Z"), inscriptionClotureLocal: "2099-01-01T10:00", inscriptionClotureInitiale: s.inscriptionCloture });
    expect(apres.prolongations).toEqual([expect.objectContaining({ echeance: "inscriptionCloture", ancienne: s.inscriptionCloture, nouvelle: new Date("2099-01-01T09:00:00Z"), auteurId: admin23.id, at: NOW })]);
    // A second extension keeps the first closing as « initialement ».
    expect((await prolongerEcheance(db, s.id, { echeance: "inscriptionCloture", nouvelleLocal: "2099-01-02T10:00", motif: "Panne prolongée du serveur" }, ctx(admin23))).ok).toBe(true);
    expect((await db.session.findUniqueOrThrow({ where: { id: s.id } })).inscriptionClotureInitiale).toEqual(s.inscriptionCloture);
  });

  it("only ever moves a deadline later, with a reason", async () => {
    const s = await demo("06");
    const r = await prolongerEcheance(db, s.id, { echeance: "inscriptionCloture", nouvelleLocal: "2020-01-01T10:00", motif: "court" }, ctx(admin06));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors?.nouvelleLocal).toMatch(/postérieure/);
    expect(r.fieldErrors?.motif).toMatch(/au moins/);
  });
});

describe("the calendar once candidates are registered", () => {
  it("keeps the closings they rely on, and a session with candidatures stays published", async () => {
    const s = await demo("12");
    await insererDossiers(db, "12", [{ nomNaissance: "Inscrit" }]);
    const r = await modifierCalendrier(db, s.id, { inscriptionOuverture: s.inscriptionOuvertureLocal, inscriptionCloture: "2000-01-01T10:00" }, ctx(await creerPersonnel(db, "12", "ADMIN_ACADEMIE")));
    expect(r.ok).toBe(false);
    const admin12 = await creerPersonnel(db, "12", "ADMIN_ACADEMIE");
    const plusTard = await modifierCalendrier(db, s.id, { inscriptionOuverture: s.inscriptionOuvertureLocal, inscriptionCloture: "2099-01-01T10:00", depotOuverture: s.depotOuvertureLocal ?? "", depotCloture: s.depotClotureLocal ?? "", confirmationLimite: s.confirmationLimiteLocal ?? "", epsDate: s.epsDateLocal ?? "" }, ctx(admin12));
    expect(!plusTard.ok && plusTard.fieldErrors?.inscriptionCloture).toMatch(/Prolonger une échéance/);
    expect(await publierSession(db, s.id, false, ctx(admin12))).toMatchObject({ ok: false, message: expect.stringMatching(/reste publiée/) });
  });
});

async function courriels(): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ data: unknown }[]>(`SELECT data FROM pgboss.job WHERE name = 'courriel'`);
  return rows.map((r) => JSON.stringify(r.data));
}

describe("the spécialités a session offers", () => {
  it("are the only ones its candidates may choose (none listed: all the exam's)", async () => {
    const { loadValidationContext, SESSION_SELECT } = await import("@/lib/server/candidatures/load-validation-context");
    const s = await demo("02");
    const lire = async () => loadValidationContext(db, await db.session.findUniqueOrThrow({ where: { id: s.id }, select: SESSION_SELECT }));
    const toutes = (await lire()).specialites.map((sp) => sp.codeDiplome);
    expect(toutes.length).toBeGreaterThan(2);
    const admin02 = await creerPersonnel(db, "02", "ADMIN_ACADEMIE");
    expect((await modifierConfiguration(db, s.id, saisieDe(s, { specialites: [toutes[1]!] }), { ...ctx(admin02), appliquer: true })).ok).toBe(true);
    expect((await lire()).specialites.map((sp) => sp.codeDiplome)).toEqual([toutes[1]]);
  });
});
