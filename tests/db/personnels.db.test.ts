import type { PrismaClient, Role } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { changerEtatPersonnel } from "@/lib/server/accounts/changer-etat-personnel";
import { validateAuthSession } from "@/lib/server/auth/validate-auth-session";
import { seed } from "@/prisma/seed";
import { creerPersonnel } from "../fixtures/back-office";

// Issue 10 §6: an admin deactivates a staff account of their académie, whose sessions end at once;
// never another académie's, never their own.
const NOW = new Date("2026-11-22T12:00:00Z");
let db: PrismaClient;

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: NOW, demo: true });
}, 120_000);

const acteur = (a: { id: string; role: Role; academieId: string | null }) => ({ id: a.id, role: a.role, academieId: a.academieId });

async function session(accountId: string) {
  return db.authSession.create({ data: { accountId, createdAt: NOW, lastSeenAt: NOW, expiresAt: new Date(NOW.getTime() + 3_600_000) } });
}

describe("deactivating a staff account", () => {
  it("ends its open sessions at once, is audited, and can be undone", async () => {
    const admin = await creerPersonnel(db, "06", "ADMIN_ACADEMIE");
    const gestionnaire = await creerPersonnel(db, "06");
    const ouverte = await session(gestionnaire.id);
    expect(await validateAuthSession({ sid: ouverte.id, sv: 0 }, { now: NOW, db })).not.toBeNull();

    expect(await changerEtatPersonnel({ actor: acteur(admin), accountId: gestionnaire.id, actif: false }, { now: NOW, db })).toEqual({ ok: true, nom: "Essai Personnel" });
    expect(await validateAuthSession({ sid: ouverte.id, sv: 0 }, { now: NOW, db })).toBeNull();
    expect(await db.authSession.findUniqueOrThrow({ where: { id: ouverte.id } })).toMatchObject({ revokedAt: NOW });
    expect(await db.auditEvent.findFirst({ where: { action: "personnel.desactive", entityId: gestionnaire.id } })).toMatchObject({ actorId: admin.id });
    expect(await changerEtatPersonnel({ actor: acteur(admin), accountId: gestionnaire.id, actif: false }, { now: NOW, db })).toEqual({ ok: false, code: "deja" });

    expect(await changerEtatPersonnel({ actor: acteur(admin), accountId: gestionnaire.id, actif: true }, { now: NOW, db })).toMatchObject({ ok: true });
    expect(await db.account.findUniqueOrThrow({ where: { id: gestionnaire.id } })).toMatchObject({ disabledAt: null, sessionVersion: 1 });
  });

  it("refuses another académie's account, a candidate, oneself, and a gestionnaire acting", async () => {
    const admin = await creerPersonnel(db, "06", "ADMIN_ACADEMIE");
    const nice = await creerPersonnel(db, "23");
    const candidat = await db.account.create({ data: { email: "candidat.perso@example.fr", emailNormalized: "candidat.perso@example.fr", nomNaissance: "Candidat", prenoms: "Essai", role: "CANDIDAT" } });
    expect(await changerEtatPersonnel({ actor: acteur(admin), accountId: nice.id, actif: false }, { now: NOW, db })).toEqual({ ok: false, code: "introuvable" });
    expect(await changerEtatPersonnel({ actor: acteur(admin), accountId: candidat.id, actif: false }, { now: NOW, db })).toEqual({ ok: false, code: "introuvable" });
    expect(await changerEtatPersonnel({ actor: acteur(admin), accountId: admin.id, actif: false }, { now: NOW, db })).toEqual({ ok: false, code: "soi-meme" });
    const gestionnaire = await creerPersonnel(db, "06");
    expect(await changerEtatPersonnel({ actor: acteur(gestionnaire), accountId: admin.id, actif: false }, { now: NOW, db })).toEqual({ ok: false, code: "introuvable" });
    for (const id of [nice.id, candidat.id, admin.id]) expect((await db.account.findUniqueOrThrow({ where: { id } })).disabledAt).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "personnel.desactive", entityId: { in: [nice.id, candidat.id, admin.id] } } })).toBe(0);
  });
});
