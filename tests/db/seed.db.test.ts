import { parseOptions } from "@node-rs/argon2";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { PIECES_CATALOGUE } from "@/lib/domain/candidature/pieces-catalogue";
import { ACADEMIES } from "@/lib/domain/data/academies";
import { demoAnnee } from "@/lib/domain/data/sessions";
import { PASSWORD_HASH_OPTIONS, verifyPassword } from "@/lib/server/auth/password";
import { normalizeEmail, seed } from "@/prisma/seed";

const TODAY = new Date("2026-11-22T12:00:00Z");

async function counts() {
  const db = await getDb();
  return {
    academies: await db.academie.count(),
    contacts: await db.academieContact.count(),
    examens: await db.examen.count(),
    specialites: await db.specialite.count(),
    pieceTypes: await db.pieceType.count(),
    sessions: await db.session.count(),
    sessionPieces: await db.sessionPiece.count(),
    accounts: await db.account.count(),
  };
}

async function sessionOf(academieCode: string, examen: "BAC_PRO" | "CAP" | "BP" | "MC", annee: number) {
  const db = await getDb();
  return db.session.findFirstOrThrow({ where: { academie: { code: academieCode }, examen: { code: examen }, annee }, include: { pieces: true } });
}

beforeAll(async () => {
  await seed(await getDb(), { today: TODAY, demo: true });
}, 60_000);

describe("seed", () => {
  it("is idempotent: a second run leaves the same rows", async () => {
    const before = await counts();
    const db = await getDb();
    const ids = (await db.session.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id);
    await seed(db, { today: TODAY, demo: true });
    expect(await counts()).toEqual(before);
    expect((await db.session.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((s) => s.id)).toEqual(ids);
    // At least: on a PostgreSQL test server the worker's database is shared with other test files.
    expect(before.academies).toBeGreaterThanOrEqual(34);
    expect(before.specialites).toBeGreaterThanOrEqual(95);
    expect(before.examens).toBe(4);
  }, 60_000);

  it("stores Nancy-Metz 2024 at its local hours, Paris time", async () => {
    const s = await sessionOf("12", "BAC_PRO", 2024);
    expect(s.inscriptionOuverture.toISOString()).toBe("2023-11-06T09:00:00.000Z");
    expect(s.inscriptionCloture.toISOString()).toBe("2023-12-06T21:00:00.000Z");
    expect([s.inscriptionOuvertureLocal, s.inscriptionClotureLocal, s.depotClotureLocal]).toEqual(["2023-11-06T10:00", "2023-12-06T22:00", "2023-12-09T23:59"]);
    expect(s.depotCloture?.toISOString()).toBe("2023-12-09T22:59:00.000Z");
    expect(s.demo).toBe(false);
    expect(s.pieces.map((p) => p.pieceCode).toSorted()).toEqual(PIECES_CATALOGUE.map((p) => p.code).toSorted());
    expect(s.pieces.every((p) => p.mode === "POSTAL")).toBe(true);
  });

  it("gives each notice session its piece mode and Nice its confirmation deadline", async () => {
    expect((await sessionOf("06", "BAC_PRO", 2024)).pieces.every((p) => p.mode === "UPLOAD")).toBe(true);
    expect((await sessionOf("02", "CAP", 2022)).pieces.every((p) => p.mode === "POSTAL")).toBe(true);
    expect((await sessionOf("02", "BAC_PRO", 2021)).pieces.every((p) => p.mode === "UPLOAD")).toBe(true);
    const nice = await sessionOf("23", "BP", 2024);
    expect(nice.confirmationLimiteLocal).toBe("2023-12-05T17:00");
    expect(nice.confirmationLimite?.toISOString()).toBe("2023-12-05T16:00:00.000Z");
    const aix = await sessionOf("02", "BAC_PRO", 2022);
    // 31 October 2021 is the first day of winter time: 23:59 local is 22:59 UTC.
    expect(aix.inscriptionCloture.toISOString()).toBe("2021-10-31T22:59:00.000Z");
  });

  it("has every académie of REFERENCE §3 with its zone", async () => {
    const db = await getDb();
    const rows = await db.academie.findMany({ where: { code: { in: ACADEMIES.map((a) => a.code) } }, select: { nom: true, timeZone: true } });
    expect(rows).toHaveLength(34);
    const zones = Object.fromEntries(rows.map((a) => [a.nom, a.timeZone]));
    expect(zones).toMatchObject({
      "La Réunion": "Indian/Reunion",
      Guyane: "America/Cayenne",
      "Nouvelle-Calédonie": "Pacific/Noumea",
      "Polynésie française": "Pacific/Tahiti",
      "Wallis-et-Futuna": "Pacific/Wallis",
      "Saint-Pierre-et-Miquelon": "America/Miquelon",
      Mayotte: "Indian/Mayotte",
      "Nancy-Metz": "Europe/Paris",
    });
    const nm = await db.academie.findUniqueOrThrow({ where: { code: "12" }, include: { contacts: true } });
    expect(nm.slug).toBe("nancy-metz");
    expect(nm.departements).toEqual(["54", "55", "57", "88"]);
    expect(nm.contacts.length).toBeGreaterThan(0);
  });

  it("opens the demo sessions around the given day", async () => {
    const db = await getDb();
    const demos = await db.session.findMany({ where: { demo: true, annee: demoAnnee(TODAY) }, include: { academie: true, examen: true } });
    expect(demos.map((s) => `${s.academie.slug}/${s.examen.code}`).toSorted()).toEqual(
      ["aix-marseille/BAC_PRO", "clermont/BAC_PRO", "nancy-metz/BAC_PRO", "nice/BAC_PRO", "nice/BP", "nice/CAP", "nice/MC"],
    );
    for (const s of demos) {
      expect(s.publiee).toBe(true);
      expect(s.inscriptionOuverture.getTime()).toBeLessThan(TODAY.getTime());
      expect(s.inscriptionCloture.getTime()).toBeGreaterThan(TODAY.getTime());
      expect([s.inscriptionOuvertureLocal, s.inscriptionClotureLocal, s.confirmationLimiteLocal]).toEqual([
        "2026-10-23T09:00",
        "2026-12-22T17:00",
        "2026-12-29T17:00",
      ]);
      // 23 October 2026 is still summer time in Paris, 22 December winter time.
      expect(s.inscriptionOuverture.toISOString()).toBe("2026-10-23T07:00:00.000Z");
      expect(s.inscriptionCloture.toISOString()).toBe("2026-12-22T16:00:00.000Z");
    }
  });

  it("moves the demo to a new year when seeded on a later day, unpublishing the old one", async () => {
    const db = await getDb();
    const later = new Date("2027-11-22T12:00:00Z");
    await seed(db, { today: later, demo: true });
    const published = await db.session.findMany({ where: { demo: true, publiee: true }, select: { annee: true } });
    expect(new Set(published.map((s) => s.annee))).toEqual(new Set([demoAnnee(later)]));
    await seed(db, { today: TODAY, demo: true });
    const back = await db.session.findMany({ where: { demo: true, publiee: true }, select: { annee: true } });
    expect(new Set(back.map((s) => s.annee))).toEqual(new Set([demoAnnee(TODAY)]));
  }, 60_000);

  it("creates activated demo accounts whose hash the portal verifies, and resets a changed password", async () => {
    const db = await getDb();
    const accounts = await seed(db, { today: TODAY, demo: true });
    expect(accounts.map((a) => a.role).toSorted()).toEqual(["ADMIN_ACADEMIE", "ADMIN_NATIONAL", "CANDIDAT", "GESTIONNAIRE", "GESTIONNAIRE", "GESTIONNAIRE", "GESTIONNAIRE"]);
    for (const a of accounts) {
      expect(a.password).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*[^A-Za-z0-9]).{8,20}$/);
      const row = await db.account.findUniqueOrThrow({ where: { emailNormalized: normalizeEmail(a.email) }, include: { academie: true } });
      expect(row.activatedAt).not.toBeNull();
      expect(row.role).toBe(a.role);
      expect(row.academie?.nom).toBe(a.academie);
      expect(await verifyPassword(row.passwordHash ?? "", a.password)).toBe(true);
    }
    const gestion = accounts.find((a) => a.email === "gestion.nice@example.fr");
    expect(gestion?.academie).toBe("Nice");
    const where = { emailNormalized: "gestion.nice@example.fr" };
    const { passwordHash, sessionVersion } = await db.account.findUniqueOrThrow({ where });
    expect(parseOptions(passwordHash ?? "")).toMatchObject({
      algorithm: PASSWORD_HASH_OPTIONS.algorithm,
      memoryCost: PASSWORD_HASH_OPTIONS.memoryCost,
      timeCost: PASSWORD_HASH_OPTIONS.timeCost,
      parallelism: PASSWORD_HASH_OPTIONS.parallelism,
    });

    await seed(db, { today: TODAY, demo: true });
    expect((await db.account.findUniqueOrThrow({ where })).passwordHash).toBe(passwordHash);

    await db.account.update({ where, data: { passwordHash: "changed" } });
    await seed(db, { today: TODAY, demo: true });
    const reset = await db.account.findUniqueOrThrow({ where });
    expect(await verifyPassword(reset.passwordHash ?? "", "Demo-Gestion-2026!")).toBe(true);
    expect(reset.sessionVersion).toBe(sessionVersion + 1);
  }, 60_000);

  it("returns no accounts and adds no demo rows without demo", async () => {
    const db = await getDb();
    const before = await counts();
    expect(await seed(db, { today: new Date("2030-01-15T12:00:00Z"), demo: false })).toEqual([]);
    expect(await counts()).toEqual(before);
  }, 60_000);

  it("puts no real staff from the notices in the seeded data", async () => {
    const db = await getDb();
    const dump = JSON.stringify([
      await db.academie.findMany({ include: { contacts: true } }),
      await db.examen.findMany(),
      await db.specialite.findMany(),
      await db.pieceType.findMany(),
      await db.session.findMany({ include: { pieces: true } }),
      await db.account.findMany({ omit: { passwordHash: true } }),
    ]);
    // Surnames of the Aix-Marseille 2021 annex (notice 004).
    const surnames = ["DANO", "MUNOZ", "ANSELMO", "BERCEOT", "BERROS", "BORDENGA", "CAUDRELIER", "GIRAUDI", "HAYOUN", "LIPMAN", "MALLEM", "RICARD", "ROUX", "ROSATI"];
    for (const name of surnames) expect(dump).not.toMatch(new RegExp(`\\b${name}\\b`, "i"));
    for (const real of ["ce.bacpro@ac-clermont.fr", "ce.dec5@ac-nancy-metz.fr", "ce.dec-incluscol@ac-nancy-metz.fr", "@ac-aix-marseille.fr\"", "@ac-nice.fr\""]) {
      expect(dump).not.toContain(real);
    }
    // Real telephone numbers of the notices (Clermont, Nancy-Metz, Aix-Marseille).
    for (const phone of [/04[ .]?73[ .]?99/, /03[ .]?83[ .]?93/, /04[ .]?42[ .]?91/]) expect(dump).not.toMatch(phone);
  });
});
