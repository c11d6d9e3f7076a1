import { parseOptions } from "@node-rs/argon2";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { normalizeEmail } from "@/lib/domain/account/email";
import { checkPassword } from "@/lib/domain/account/password";
import { PIECES_CATALOGUE } from "@/lib/domain/candidature/pieces-catalogue";
import { ACADEMIES } from "@/lib/domain/data/academies";
import { DEMO_ACCOUNTS } from "@/lib/domain/data/demo-accounts";
import { demoAnnee } from "@/lib/domain/data/sessions";
import { hashPassword, PASSWORD_HASH_OPTIONS, verifyPassword } from "@/lib/server/auth/password";
import { countDemoRows, resetDemoPasswords, seed, type DemoAccount } from "@/prisma/seed";

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
  return db.session.findFirstOrThrow({ where: { academie: { code: academieCode }, examen: { code: examen }, annee }, include: { pieces: { orderBy: { pieceCode: "asc" } } } });
}

const DEMO_EMAILS = DEMO_ACCOUNTS.map((a) => normalizeEmail(a.email));

/**
 * The demo accounts as a first start meets them: absent. On a PostgreSQL worker database another
 * test file may have seeded them already (no other test uses them).
 */
async function withoutDemoAccounts() {
  const db = await getDb();
  await db.account.deleteMany({ where: { emailNormalized: { in: DEMO_EMAILS } } });
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
      ["aix-marseille/BAC_PRO", "clermont/BAC_PRO", "nancy-metz/BAC_PRO", "nice/BAC_PRO", "nice/BP", "nice/CAP", "nice/MC", "reunion/BAC_PRO"],
    );
    for (const s of demos) {
      // The same local hours everywhere, each in its académie's zone: La Réunion is UTC+4 all year.
      const [ouverture, cloture] = s.academie.timeZone === "Indian/Reunion" ? ["2026-10-23T05:00:00.000Z", "2026-12-22T13:00:00.000Z"] : ["2026-10-23T07:00:00.000Z", "2026-12-22T16:00:00.000Z"];
      expect(s.publiee).toBe(true);
      expect(s.inscriptionOuverture.getTime()).toBeLessThan(TODAY.getTime());
      expect(s.inscriptionCloture.getTime()).toBeGreaterThan(TODAY.getTime());
      expect([s.inscriptionOuvertureLocal, s.inscriptionClotureLocal, s.confirmationLimiteLocal]).toEqual([
        "2026-10-23T09:00",
        "2026-12-22T17:00",
        "2026-12-29T17:00",
      ]);
      // 23 October 2026 is still summer time in Paris, 22 December winter time.
      expect(s.inscriptionOuverture.toISOString()).toBe(ouverture);
      expect(s.inscriptionCloture.toISOString()).toBe(cloture);
    }
  });

  it("never moves a demo session once inserted: a later day of the same year leaves its window", async () => {
    const db = await getDb();
    const before = await db.session.findMany({ where: { demo: true, annee: demoAnnee(TODAY) }, orderBy: { id: "asc" } });
    const tenDaysLater = new Date("2026-12-02T12:00:00Z");
    expect(demoAnnee(tenDaysLater)).toBe(demoAnnee(TODAY));
    await seed(db, { today: tenDaysLater, demo: true });
    expect(await db.session.findMany({ where: { demo: true, annee: demoAnnee(TODAY) }, orderBy: { id: "asc" } })).toEqual(before);
    expect(before.every((s) => s.inscriptionClotureLocal === "2026-12-22T17:00")).toBe(true);
  }, 60_000);

  it("adds a later year's demo sessions beside the earlier ones, which stay as they were", async () => {
    const db = await getDb();
    const later = new Date("2027-11-22T12:00:00Z");
    const earlier = await db.session.findMany({ where: { demo: true, annee: demoAnnee(TODAY) }, orderBy: { id: "asc" } });
    try {
      await seed(db, { today: later, demo: true });
      const added = await db.session.findMany({ where: { demo: true, annee: demoAnnee(later) } });
      expect(added).toHaveLength(earlier.length);
      expect(added.every((s) => s.publiee && s.inscriptionOuverture < later && later < s.inscriptionCloture)).toBe(true);
      expect(await db.session.findMany({ where: { demo: true, annee: demoAnnee(TODAY) }, orderBy: { id: "asc" } })).toEqual(earlier);
    } finally {
      // Other test files may share this database (PostgreSQL): leave one demo year, as seeded on TODAY.
      await db.session.deleteMany({ where: { demo: true, annee: demoAnnee(later) } });
    }
  }, 60_000);

  it("never overwrites an edited session, académie, contact or catalogue row", async () => {
    const db = await getDb();
    const session = await sessionOf("12", "BAC_PRO", 2024);
    const demo = await db.session.findFirstOrThrow({ where: { demo: true, annee: demoAnnee(TODAY), academie: { code: "06" } }, include: { pieces: true } });
    const academie = await db.academie.findUniqueOrThrow({ where: { code: "12" }, include: { contacts: { orderBy: { ordre: "asc" } } } });
    const examen = await db.examen.findUniqueOrThrow({ where: { code: "CAP" } });
    const specialite = await db.specialite.findFirstOrThrow({ orderBy: { codeDiplome: "asc" } });
    const pieceType = await db.pieceType.findFirstOrThrow({ orderBy: { code: "asc" } });
    expect(academie.contacts.length).toBeGreaterThanOrEqual(2);
    const [kept, removed] = academie.contacts;
    const [removedPiece, changedPiece] = session.pieces;
    try {
      await db.session.update({
        where: { id: session.id },
        data: {
          libelle: "Session 2024 (prolongée)",
          inscriptionCloture: new Date("2023-12-13T21:00:00Z"),
          inscriptionClotureLocal: "2023-12-13T22:00",
          informations: "Texte revu par le rectorat.",
          languesLva: ["Anglais"],
          configVersion: { increment: 1 },
        },
      });
      await db.sessionPiece.delete({ where: { id: removedPiece!.id } });
      await db.sessionPiece.update({ where: { id: changedPiece!.id }, data: { mode: "UPLOAD" } });
      await db.session.update({ where: { id: demo.id }, data: { inscriptionCloture: new Date("2026-11-30T16:00:00Z"), inscriptionClotureLocal: "2026-11-30T17:00", publiee: false } });
      await db.academie.update({ where: { id: academie.id }, data: { nom: "Nancy-Metz (rectorat)", adressePostale: "1 rue Nouvelle, 54000 Nancy", siteUrl: null } });
      await db.academieContact.update({ where: { id: kept!.id }, data: { telephone: "01 99 00 12 34", libelle: "Bureau des examens (nouveau)" } });
      await db.academieContact.delete({ where: { id: removed!.id } });
      await db.examen.update({ where: { id: examen.id }, data: { libelle: "CAP (libellé revu)" } });
      await db.specialite.update({ where: { id: specialite.id }, data: { libelle: "Libellé revu", active: false } });
      await db.pieceType.update({ where: { code: pieceType.code }, data: { libelle: "Pièce renommée" } });
      const edited = {
        session: await sessionOf("12", "BAC_PRO", 2024),
        demo: await db.session.findUniqueOrThrow({ where: { id: demo.id }, include: { pieces: true } }),
        academie: await db.academie.findUniqueOrThrow({ where: { id: academie.id }, include: { contacts: { orderBy: { ordre: "asc" } } } }),
        examen: await db.examen.findUniqueOrThrow({ where: { id: examen.id } }),
        specialite: await db.specialite.findUniqueOrThrow({ where: { id: specialite.id } }),
        pieceType: await db.pieceType.findUniqueOrThrow({ where: { code: pieceType.code } }),
      };

      await seed(db, { today: TODAY, demo: true });

      expect(await sessionOf("12", "BAC_PRO", 2024)).toEqual(edited.session);
      expect(edited.session.pieces).toHaveLength(PIECES_CATALOGUE.length - 1);
      expect(await db.session.findUniqueOrThrow({ where: { id: demo.id }, include: { pieces: true } })).toEqual(edited.demo);
      expect(await db.academie.findUniqueOrThrow({ where: { id: academie.id }, include: { contacts: { orderBy: { ordre: "asc" } } } })).toEqual(edited.academie);
      expect(edited.academie.contacts).toHaveLength(academie.contacts.length - 1);
      expect(await db.examen.findUniqueOrThrow({ where: { id: examen.id } })).toEqual(edited.examen);
      expect(await db.specialite.findUniqueOrThrow({ where: { id: specialite.id } })).toEqual(edited.specialite);
      expect(await db.pieceType.findUniqueOrThrow({ where: { code: pieceType.code } })).toEqual(edited.pieceType);
    } finally {
      // Back to the seeded rows, for the other tests of this file and of this database.
      const { pieces: _p, id: sessionId, ...sessionFields } = session;
      await db.session.update({ where: { id: sessionId }, data: sessionFields });
      await db.sessionPiece.upsert({ where: { id: removedPiece!.id }, create: removedPiece!, update: removedPiece! });
      await db.sessionPiece.update({ where: { id: changedPiece!.id }, data: { mode: changedPiece!.mode } });
      const { pieces: _d, id: demoId, ...demoFields } = demo;
      await db.session.update({ where: { id: demoId }, data: demoFields });
      const { contacts: _c, id: academieId, ...academieFields } = academie;
      await db.academie.update({ where: { id: academieId }, data: academieFields });
      await db.academieContact.update({ where: { id: kept!.id }, data: kept! });
      await db.academieContact.upsert({ where: { id: removed!.id }, create: removed!, update: removed! });
      await db.examen.update({ where: { id: examen.id }, data: examen });
      await db.specialite.update({ where: { id: specialite.id }, data: specialite });
      await db.pieceType.update({ where: { code: pieceType.code }, data: pieceType });
    }
  }, 60_000);

  it("creates activated demo accounts with random passwords, returned once and stored only hashed", async () => {
    const db = await getDb();
    await withoutDemoAccounts();
    const accounts = await seed(db, { today: TODAY, demo: true });
    expect(accounts.map((a) => a.role).toSorted()).toEqual(DEMO_ACCOUNTS.map((a) => a.role).toSorted());
    expect(new Set(accounts.map((a) => a.role))).toEqual(new Set(["CANDIDAT", "GESTIONNAIRE", "ADMIN_ACADEMIE", "ADMIN_NATIONAL"]));
    const passwords = new Set<string>();
    for (const a of accounts) {
      expect(a.password).not.toBeNull();
      const password = a.password ?? "";
      expect(checkPassword(password), password).toMatchObject({ ok: true });
      passwords.add(password);
      const row = await db.account.findUniqueOrThrow({ where: { emailNormalized: normalizeEmail(a.email) }, include: { academie: true } });
      expect(row.activatedAt).not.toBeNull();
      expect(row.disabledAt).toBeNull();
      expect(row.role).toBe(a.role);
      expect(row.academie?.nom).toBe(a.academie);
      expect(row.passwordHash).not.toContain(password);
      expect(await verifyPassword(row.passwordHash ?? "", password)).toBe(true);
      expect(parseOptions(row.passwordHash ?? "")).toMatchObject({
        algorithm: PASSWORD_HASH_OPTIONS.algorithm,
        memoryCost: PASSWORD_HASH_OPTIONS.memoryCost,
        timeCost: PASSWORD_HASH_OPTIONS.timeCost,
        parallelism: PASSWORD_HASH_OPTIONS.parallelism,
      });
    }
    // Drawn for each account, not one password shared by all.
    expect(passwords.size).toBe(accounts.length);
    expect(accounts.find((a) => a.email === "gestion.nice@example.fr")?.academie).toBe("Nice");
    // Nothing but the hash is kept: no column of any demo row holds a password.
    const dump = JSON.stringify(await db.account.findMany({ where: { emailNormalized: { in: DEMO_EMAILS } } }));
    for (const password of passwords) expect(dump).not.toContain(password);
  }, 60_000);

  it("never resets a demo account at a restart: a changed password, a disabled account stand", async () => {
    const db = await getDb();
    await withoutDemoAccounts();
    const first = await seed(db, { today: TODAY, demo: true });
    const rows = await db.account.findMany({ where: { emailNormalized: { in: DEMO_EMAILS } }, orderBy: { id: "asc" } });

    // A restart shows no password and changes nothing.
    const again = await seed(db, { today: TODAY, demo: true });
    expect(again.map((a) => a.email)).toEqual(first.map((a) => a.email));
    expect(again.every((a) => a.password === null)).toBe(true);
    expect(await db.account.findMany({ where: { emailNormalized: { in: DEMO_EMAILS } }, orderBy: { id: "asc" } })).toEqual(rows);

    const where = { emailNormalized: "gestion.nice@example.fr" };
    await db.account.update({ where, data: { passwordHash: await hashPassword("Choisi-par-moi-1!"), prenoms: "Sacha Marie" } });
    await db.account.update({ where: { emailNormalized: "admin.national@example.fr" }, data: { disabledAt: TODAY } });
    const changed = await db.account.findMany({ where: { emailNormalized: { in: DEMO_EMAILS } }, orderBy: { id: "asc" } });
    await seed(db, { today: new Date("2026-11-23T12:00:00Z"), demo: true });
    expect(await db.account.findMany({ where: { emailNormalized: { in: DEMO_EMAILS } }, orderBy: { id: "asc" } })).toEqual(changed);
    const nice = await db.account.findUniqueOrThrow({ where });
    expect(await verifyPassword(nice.passwordHash ?? "", "Choisi-par-moi-1!")).toBe(true);
  }, 60_000);

  it("creates a deleted demo account again, with a new password, and only that one", async () => {
    const db = await getDb();
    await seed(db, { today: TODAY, demo: true });
    await db.account.delete({ where: { emailNormalized: "gestion.clermont@example.fr" } });
    const accounts = await seed(db, { today: TODAY, demo: true });
    expect(accounts.filter((a) => a.password !== null).map((a) => a.email)).toEqual(["gestion.clermont@example.fr"]);
  }, 60_000);

  it("gives each demo account to one of two starts at once: each password printed once, the stored one", async () => {
    const db = await getDb();
    await withoutDemoAccounts();
    const [a, b] = await Promise.all([seed(db, { today: TODAY, demo: true }), seed(db, { today: TODAY, demo: true })]);
    const printed = [...a, ...b].filter((x): x is DemoAccount & { password: string } => x.password !== null);
    expect(printed.map((x) => x.email).toSorted()).toEqual([...DEMO_EMAILS].toSorted());
    for (const x of printed) {
      const row = await db.account.findUniqueOrThrow({ where: { emailNormalized: x.email } });
      expect(await verifyPassword(row.passwordHash ?? "", x.password)).toBe(true);
    }
    expect(await db.account.count({ where: { emailNormalized: { in: DEMO_EMAILS } } })).toBe(DEMO_EMAILS.length);
  }, 60_000);

  it("resets the demo passwords on request only, ending open sessions", async () => {
    const db = await getDb();
    await withoutDemoAccounts();
    const first = await seed(db, { today: TODAY, demo: true });
    const before = await db.account.findMany({ where: { emailNormalized: { in: DEMO_EMAILS } }, select: { emailNormalized: true, sessionVersion: true } });
    const now = new Date("2026-11-25T08:00:00Z");
    const reset = await resetDemoPasswords(db, now);
    expect(reset.map((a) => a.email)).toEqual(first.map((a) => a.email));
    for (const a of reset) {
      const password = a.password ?? "";
      expect(checkPassword(password).ok).toBe(true);
      const row = await db.account.findUniqueOrThrow({ where: { emailNormalized: a.email } });
      expect(await verifyPassword(row.passwordHash ?? "", password)).toBe(true);
      expect(await verifyPassword(row.passwordHash ?? "", first.find((f) => f.email === a.email)?.password ?? "")).toBe(false);
      expect(row.sessionVersion).toBe((before.find((b) => b.emailNormalized === a.email)?.sessionVersion ?? 0) + 1);
      expect(row.passwordChangedAt).toEqual(now);
    }
  }, 60_000);

  it("returns no accounts and adds no demo rows without demo, and counts the demo rows left", async () => {
    const db = await getDb();
    await seed(db, { today: TODAY, demo: true });
    const before = await counts();
    expect(await seed(db, { today: new Date("2030-01-15T12:00:00Z"), demo: false })).toEqual([]);
    expect(await counts()).toEqual(before);
    expect(await countDemoRows(db)).toEqual({ accounts: DEMO_ACCOUNTS.length, sessions: 8 });
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
