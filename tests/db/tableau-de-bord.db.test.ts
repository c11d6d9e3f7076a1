import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { tableauDeBord } from "@/lib/server/gestion/tableau-de-bord";
import type { Scope } from "@/lib/server/gestion/scope";
import { seed } from "@/prisma/seed";
import { creerPersonnel, insererDossiers, type DossierFixture } from "../fixtures/back-office";

// Issue 9 §1: the dashboard of one académie counts its own dossiers only, and its registrations
// per day fall on the académie's local days, summer time or not.
const TODAY = new Date("2026-11-10T09:00:00Z");
let db: PrismaClient;
let clermont: Scope;
let nice: Scope;

const ATTENDU = { code: "1NATID01", statut: "ATTENDU" } as const;
const DEPOSE = { code: "1NATID01", statut: "DEPOSE" } as const;
const RECUE = { code: "2PHOTO01", statut: "RECUE", mode: "POSTAL" } as const;

// Around the end of summer time in Paris (Sunday 25 October 2026, 03:00 CEST → 02:00 CET).
const DOSSIERS: DossierFixture[] = [
  { createdAt: new Date("2026-10-24T21:30:00Z"), pieces: [ATTENDU] }, // 23:30 CEST on the 24th
  { createdAt: new Date("2026-10-24T22:30:00Z"), pieces: [DEPOSE] }, // 00:30 CEST on the 25th
  { createdAt: new Date("2026-10-25T22:30:00Z"), pieces: [DEPOSE, RECUE] }, // 23:30 CET on the 25th
  { createdAt: new Date("2026-10-25T23:30:00Z"), pieces: [{ code: "1NATID01", statut: "CONFORME" }] }, // 00:30 CET on the 26th
  { statut: "BROUILLON", pieces: [ATTENDU] },
  { statut: "ANNULEE", pieces: [ATTENDU] },
  { createdAt: new Date("2026-11-02T10:00:00Z"), pieces: [{ code: "1NATID01", statut: "ATTENDU", caduc: true }, { code: "2PHOTO01", statut: "NON_CONFORME" }] },
];

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
  const [a, b] = await Promise.all([creerPersonnel(db, "06"), creerPersonnel(db, "23")]);
  clermont = { academieId: a.academieId!, accountId: a.id };
  nice = { academieId: b.academieId!, accountId: b.id };
  await insererDossiers(db, "06", DOSSIERS);
  // Nice gets more of everything, on the same days: none of it may show in Clermont's figures.
  await insererDossiers(db, "23", [...DOSSIERS, ...DOSSIERS]);
}, 120_000);

describe("tableauDeBord", () => {
  it("counts the académie's dossiers by statut, session, exam and spécialité, never another académie's", async () => {
    const t = await tableauDeBord(db, clermont, TODAY);
    expect(t.academie.nom).toBe("Clermont-Ferrand");
    expect(t.total).toBe(7);
    expect(t.parStatut).toEqual({ BROUILLON: 1, ENREGISTREE: 5, DESINSCRITE: 0, ANNULEE: 1 });
    const demo = t.parSession.filter((s) => s.total > 0);
    expect(demo).toHaveLength(1);
    expect(demo[0]).toMatchObject({ examenCode: "BAC_PRO", total: 7 });
    expect(t.parExamen).toEqual([expect.objectContaining({ code: "BAC_PRO", total: 7 })]);
    expect(t.parSpecialite).toHaveLength(1);
    expect(t.parSpecialite[0]).toMatchObject({ total: 7, code: expect.stringMatching(/^\d{8}$/) });

    const n = await tableauDeBord(db, nice, TODAY);
    expect(n.total).toBe(14);
    expect(n.aControler).toEqual({ pieces: 6, dossiers: 4 });
  });

  it("counts pieces waiting for review: handed in or received, not caduc", async () => {
    const t = await tableauDeBord(db, clermont, TODAY);
    // Deposited (handed in: the fixture sets deposeAt) on two dossiers, received by post on one.
    expect(t.aControler).toEqual({ pieces: 3, dossiers: 2 });
  });

  it("groups first registrations by the académie's local day, across the change of hour", async () => {
    const t = await tableauDeBord(db, clermont, TODAY);
    expect(t.inscriptions.periode.jours).toHaveLength(30);
    const jour = (j: string) => t.inscriptions.serie.find((s) => s.jour === j)?.nombre;
    expect(jour("2026-10-24")).toBe(1);
    expect(jour("2026-10-25")).toBe(2);
    expect(jour("2026-10-26")).toBe(1);
    expect(jour("2026-11-02")).toBe(1);
    // Drafts have no first registration; the annulled one registered on the fixture's default day.
    expect(jour("2026-11-20")).toBeUndefined();
    expect(t.inscriptions.total).toBe(5);
  });

  it("reads the days in La Réunion's zone when that is the académie's", async () => {
    const academie = await db.academie.findUniqueOrThrow({ where: { id: clermont.academieId }, select: { timeZone: true } });
    await db.academie.update({ where: { id: clermont.academieId }, data: { timeZone: "Indian/Reunion" } });
    try {
      const t = await tableauDeBord(db, clermont, TODAY);
      const jour = (j: string) => t.inscriptions.serie.find((s) => s.jour === j)?.nombre;
      // UTC+4: 21:30Z on the 24th is 01:30 on the 25th; 22:30Z and 23:30Z on the 25th are the 26th.
      expect(jour("2026-10-24")).toBe(0);
      expect(jour("2026-10-25")).toBe(2);
      expect(jour("2026-10-26")).toBe(2);
    } finally {
      await db.academie.update({ where: { id: clermont.academieId }, data: { timeZone: academie.timeZone } });
    }
  });

  it("lists incomplete registered dossiers of the sessions whose deposit deadline is near", async () => {
    // The demo deposit window closes 30 days after TODAY: not near yet.
    expect((await tableauDeBord(db, clermont, TODAY)).echeances).toEqual([]);
    const plusTard = new Date(TODAY.getTime() + 20 * 24 * 3600_000);
    const t = await tableauDeBord(db, clermont, plusTard);
    const bacPro = t.echeances.find((e) => e.examenLibelle === t.parExamen[0]!.libelle && e.incomplets > 0);
    expect(bacPro).toMatchObject({ passee: false });
    // Registered with a piece ATTENDU, DEPOSE not handed in is none here (the fixture hands them in),
    // NON_CONFORME: two; the draft and the annulled dossier do not count.
    expect(bacPro!.incomplets).toBe(2);
    const n = await tableauDeBord(db, nice, plusTard);
    expect(n.echeances.reduce((s, e) => s + e.incomplets, 0)).toBe(4);
  });
});
