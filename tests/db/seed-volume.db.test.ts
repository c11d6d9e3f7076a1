import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { colonnesNoms } from "@/lib/domain/gestion/recherche";
import { listerCandidatures } from "@/lib/server/gestion/lister-candidatures";
import { seed } from "@/prisma/seed";
import { DOMAINE_VOLUME, resumeVolume, seedVolume } from "@/scripts/seed-volume";

// `npm run db:seed-volume`: the back office's volume, on a small scale (the bench runs it at 100 000).
const TODAY = new Date("2026-11-22T12:00:00Z");
let db: PrismaClient;

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: TODAY, demo: true });
}, 120_000);

describe("the volume seed", () => {
  it("adds candidatures to the four demo académies, consistent with what the back office reads", async () => {
    const avant = await db.session.findMany({ where: { demo: true }, select: { id: true, numeroSequence: true } });
    const bilan = await seedVolume(db, { nombre: 600, now: TODAY, lot: 250, graine: 42 });
    expect(bilan.candidatures).toBe(600);
    expect(Object.keys(bilan.parAcademie).sort()).toEqual(["Aix-Marseille", "Clermont-Ferrand", "Nancy-Metz", "Nice"]);
    expect(resumeVolume(bilan)).toContain("600 candidatures ajoutées");

    const lignes = await db.candidature.findMany({
      where: { account: { emailNormalized: { endsWith: `@${DOMAINE_VOLUME}` } } },
      select: { academieId: true, nomTri: true, recherche: true, numero: true, statut: true, sessionId: true, createdAt: true, session: { select: { academieId: true, inscriptionOuverture: true } }, account: { select: { nomNaissance: true, nomUsage: true, prenoms: true } }, _count: { select: { justificatifs: true, versions: true } } },
    });
    expect(lignes).toHaveLength(600);
    for (const l of lignes) {
      expect(l.academieId).toBe(l.session.academieId);
      expect({ nomTri: l.nomTri, recherche: l.recherche }).toEqual(colonnesNoms(l.account));
      expect(l.createdAt.getTime()).toBeGreaterThanOrEqual(l.session.inscriptionOuverture.getTime());
      expect(l.createdAt.getTime()).toBeLessThanOrEqual(TODAY.getTime());
      if (l.statut === "BROUILLON") expect([l.numero, l._count.justificatifs, l._count.versions]).toEqual([null, 0, 0]);
      else expect(l._count.versions).toBeGreaterThan(0);
    }
    expect(new Set(lignes.map((l) => l.statut))).toEqual(new Set(["BROUILLON", "ENREGISTREE", "DESINSCRITE", "ANNULEE"]));
    // Numéros: unique per session, and each session's counter moved past them.
    const numeros = lignes.filter((l) => l.numero).map((l) => `${l.sessionId}/${l.numero}`);
    expect(new Set(numeros).size).toBe(numeros.length);
    const apres = await db.session.findMany({ where: { demo: true }, select: { id: true, numeroSequence: true } });
    for (const s of apres) {
      const ajoutes = lignes.filter((l) => l.sessionId === s.id && l.numero).length;
      expect(s.numeroSequence).toBe(avant.find((a) => a.id === s.id)!.numeroSequence + ajoutes);
    }
    const statuts = await db.justificatif.groupBy({ by: ["statut"], _count: true });
    expect(statuts.map((s) => s.statut).sort()).toEqual(["ATTENDU", "CONFORME", "DEPOSE", "NON_CONFORME", "RECUE"]);

    // A name with accents, searched without them, through the list.
    const academie = await db.academie.findUniqueOrThrow({ where: { code: "06" } });
    const avecAccent = lignes.find((l) => l.academieId === academie.id && /[éèëïô]/i.test(l.account.nomNaissance))!;
    const page = await listerCandidatures(db, { academieId: academie.id, accountId: "aucun" }, { q: avecAccent.recherche.split(" ")[0] });
    expect(page.total).toBeGreaterThan(0);
  }, 120_000);

  it("adds more on a second run, in one académie when asked", async () => {
    const avant = await db.candidature.count({ where: { academie: { code: "06" } } });
    const bilan = await seedVolume(db, { nombre: 300, academie: "06", now: TODAY, graine: 7 });
    expect(bilan.dejaPresentes).toBe(600);
    expect(bilan.parAcademie).toEqual({ "Clermont-Ferrand": 300 });
    expect(await db.candidature.count({ where: { academie: { code: "06" } } })).toBe(avant + 300);
    await expect(seedVolume(db, { nombre: 1, academie: "01", now: TODAY })).rejects.toThrow(/aucune session de démonstration pour l’académie 01/);
  }, 120_000);
});
