import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setMailerForTests } from "@/lib/mail";
import { acceptInvitation } from "@/lib/server/accounts/accept-invitation";
import { changeEmail } from "@/lib/server/accounts/change-email";
import { changePassword } from "@/lib/server/accounts/change-password";
import { confirmEmailChange } from "@/lib/server/accounts/confirm-email-change";
import { inspectLink } from "@/lib/server/accounts/inspect-link";
import { inviteStaff } from "@/lib/server/accounts/invite-staff";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";
import { resetPassword } from "@/lib/server/accounts/reset-password";
import { updateIdentity } from "@/lib/server/accounts/update-identity";
import { verifyPassword } from "@/lib/server/auth/password";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";
import { validateAuthSession } from "@/lib/server/auth/validate-auth-session";
import { academie, activeAccount, candidateInput, captureMail, signUp, deliverMail, mailsTo, PASSWORD, sent, tokenFromMail, uniqueEmail } from "./accounts-helpers";

const T0 = new Date("2026-11-22T18:00:00Z");
const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);
let ipCounter = 0;
const ip = () => `198.51.100.${++ipCounter}`;

beforeAll(async () => {
  await getDb();
}, 60_000);
beforeEach(captureMail);
afterAll(() => setMailerForTests(null));

async function session(email: string, at = T0) {
  const result = await signInWithPassword({ email, password: PASSWORD, ip: ip() }, { now: at });
  if (!result.ok) throw new Error(`sign-in failed: ${result.code}`);
  return result.authSessionId;
}
const actorOf = (a: { id: string; role: "CANDIDAT" | "GESTIONNAIRE" | "ADMIN_ACADEMIE" | "ADMIN_NATIONAL"; academieId: string | null }) => ({ id: a.id, role: a.role, academieId: a.academieId });

describe("mot de passe oublié", () => {
  it("sends nothing for an unknown address, a one-hour single-use link otherwise", async () => {
    const db = await getDb();
    expect(await requestPasswordReset(uniqueEmail("inconnu"), { now: T0 })).toEqual({ queued: null });
    await deliverMail();
    expect(sent).toHaveLength(0);

    const email = uniqueEmail();
    await activeAccount(db, email);
    expect(await requestPasswordReset(email.toUpperCase(), { now: T0 })).toEqual({ queued: "reinitialisation" });
    const [mail] = (await mailsTo(email));
    expect(mail?.subject).toBe("Réinitialisez votre mot de passe");
    expect(mail?.text).toContain("valable 1\u00a0heure");
    const token = await tokenFromMail(email, "/mot-de-passe/nouveau");
    expect(await inspectLink(token, "PASSWORD_RESET", { now: minutes(59) })).toEqual({ state: "valide", email });
    expect((await inspectLink(token, "PASSWORD_RESET", { now: minutes(60) })).state).toBe("expire");
    expect(await resetPassword({ token, password: "Nouveau-Secret-2?" }, { now: minutes(60) })).toEqual({ outcome: "expire" });
  });

  it("setting the new password ends every session of the account and uses the link up", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const account = await activeAccount(db, email);
    const sid = await session(email);
    await requestPasswordReset(email, { now: minutes(1) });
    const token = await tokenFromMail(email, "/mot-de-passe/nouveau");
    expect(await resetPassword({ token, password: "Nouveau-Secret-2?" }, { now: minutes(2), ip: "203.0.113.9" })).toEqual({ outcome: "modifie" });

    const after = await db.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(after.sessionVersion).toBe(1);
    expect(after.passwordChangedAt?.toISOString()).toBe(minutes(2).toISOString());
    expect(await verifyPassword(after.passwordHash!, "Nouveau-Secret-2?")).toBe(true);
    expect(await validateAuthSession({ sid, sv: 0 }, { now: minutes(3) })).toBeNull();
    expect((await db.authSession.findUniqueOrThrow({ where: { id: sid } })).revokedAt).not.toBeNull();
    expect(await resetPassword({ token, password: "Encore-Autre-3!" }, { now: minutes(3) })).toEqual({ outcome: "utilise" });
    expect((await mailsTo(email)).map((m) => m.subject)).toEqual(["Réinitialisez votre mot de passe", "Votre mot de passe a été modifié"]);
    expect(await db.auditEvent.count({ where: { entityId: account.id, action: "mot_de_passe.reinitialise" } })).toBe(1);
  });

  it("sends an account not activated yet a new activation link instead", async () => {
    const email = uniqueEmail();
    await signUp(candidateInput(email), { now: T0 });
    await captureMail();
    expect(await requestPasswordReset(email, { now: minutes(5) })).toEqual({ queued: "activation" });
    expect((await mailsTo(email))[0]?.subject).toBe("Activez votre compte candidat");
  });
});

describe("mon compte", () => {
  it("changes the password with the current one, ending the other sessions only", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const account = await activeAccount(db, email);
    const here = await session(email);
    const elsewhere = await session(email);
    const actor = actorOf(account);
    expect(await changePassword({ actor, authSessionId: here, currentPassword: "Mauvais-1!", password: "Nouveau-Secret-2?" }, { now: minutes(1) })).toEqual({
      ok: false,
      code: "mot_de_passe_actuel",
    });
    expect(await changePassword({ actor, authSessionId: here, currentPassword: PASSWORD, password: "Nouveau-Secret-2?" }, { now: minutes(2) })).toEqual({ ok: true });
    expect(await validateAuthSession({ sid: here, sv: 0 }, { now: minutes(3) })).not.toBeNull();
    expect(await validateAuthSession({ sid: elsewhere, sv: 0 }, { now: minutes(3) })).toBeNull();
    expect(await verifyPassword((await db.account.findUniqueOrThrow({ where: { id: account.id } })).passwordHash!, "Nouveau-Secret-2?")).toBe(true);
  });

  it("changes the address only once the link sent to the new one is followed, and tells the old one", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const account = await activeAccount(db, email);
    const actor = actorOf(account);
    const nouvelle = uniqueEmail("nouvelle");
    expect(await changeEmail({ actor, email: nouvelle, currentPassword: "Mauvais-1!" }, { now: T0 })).toEqual({ ok: false, code: "mot_de_passe_actuel" });
    expect(await changeEmail({ actor, email: email.toUpperCase(), currentPassword: PASSWORD }, { now: T0 })).toEqual({ ok: false, code: "meme_adresse" });
    expect(await changeEmail({ actor, email: nouvelle, currentPassword: PASSWORD }, { now: T0 })).toEqual({ ok: true });
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).email).toBe(email);

    const token = await tokenFromMail(nouvelle, "/confirmer-adresse");
    expect(await confirmEmailChange(token, { now: minutes(10) })).toEqual({ outcome: "modifiee", email: nouvelle });
    const after = await db.account.findUniqueOrThrow({ where: { id: account.id } });
    expect([after.email, after.emailNormalized]).toEqual([nouvelle, nouvelle]);
    expect((await mailsTo(email)).map((m) => m.subject)).toEqual(["L'adresse mail de votre compte a été modifiée"]);
    expect(await confirmEmailChange(token, { now: minutes(11) })).toEqual({ outcome: "utilise" });
    expect((await signInWithPassword({ email: nouvelle, password: PASSWORD, ip: ip() }, { now: minutes(12) })).ok).toBe(true);
  });

  it("answers the same when the new address is taken, and tells its owner instead", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const taken = uniqueEmail("prise");
    const account = await activeAccount(db, email);
    await activeAccount(db, taken);
    expect(await changeEmail({ actor: actorOf(account), email: taken, currentPassword: PASSWORD }, { now: T0 })).toEqual({ ok: true });
    expect((await mailsTo(taken)).map((m) => m.subject)).toEqual(["Votre adresse mail est déjà utilisée par un compte"]);
    expect(await db.accountToken.count({ where: { accountId: account.id, kind: "EMAIL_CHANGE" } })).toBe(0);
  });

  it("refuses a confirmation when the address was taken in between", async () => {
    const db = await getDb();
    const email = uniqueEmail();
    const account = await activeAccount(db, email);
    const nouvelle = uniqueEmail("nouvelle");
    await changeEmail({ actor: actorOf(account), email: nouvelle, currentPassword: PASSWORD }, { now: T0 });
    await activeAccount(db, nouvelle);
    expect(await confirmEmailChange(await tokenFromMail(nouvelle, "/confirmer-adresse"), { now: minutes(1) })).toEqual({ outcome: "adresse_prise" });
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).email).toBe(email);
  });

  it("changes the identity while there is no candidature, never after", async () => {
    const db = await getDb();
    const account = await activeAccount(db, uniqueEmail());
    const input = {
      civilite: "MADAME" as const,
      nomNaissance: "Témoin",
      nomUsage: "Modèle",
      prenoms: "Louise Anne",
      dateNaissance: { year: 1999, month: 12, day: 31 },
      paysNaissance: "BE",
    };
    expect(await updateIdentity({ actor: actorOf(account), input }, { now: T0 })).toEqual({ ok: true });
    const after = await db.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(after).toMatchObject({ nomNaissance: "Témoin", nomUsage: "Modèle", prenoms: "Louise Anne", paysNaissance: "BE" });
    expect(after.dateNaissance?.toISOString()).toBe("1999-12-31T00:00:00.000Z");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: account.id, action: "identite.modifiee" } });
    expect(audit.before).toMatchObject({ nomNaissance: "Essai", dateNaissance: "1990-01-02" });
    expect(audit.after).toMatchObject({ nomNaissance: "Témoin", dateNaissance: "1999-12-31" });

    const ac = await academie(db, "T1", "Académie d'essai");
    const examen = await db.examen.upsert({ where: { code: "CAP" }, create: { code: "CAP", libelle: "CAP", libelleCourt: "CAP" }, update: {} });
    const sessionRow = await db.session.create({
      data: { academieId: ac.id, examenId: examen.id, annee: 2099, libelle: "Session 2099", inscriptionOuverture: T0, inscriptionOuvertureLocal: "2026-11-22T19:00", inscriptionCloture: minutes(60), inscriptionClotureLocal: "2026-11-22T20:00" },
    });
    await db.candidature.create({ data: { accountId: account.id, sessionId: sessionRow.id, academieId: ac.id } });
    expect(await updateIdentity({ actor: actorOf(account), input: { ...input, nomNaissance: "Autre" } }, { now: minutes(1) })).toEqual({ ok: false, code: "figee" });
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).nomNaissance).toBe("Témoin");
  });
});

describe("personnels: invitation only", () => {
  it("lets an admin d'académie invite a gestionnaire of their académie, who then chooses a password and signs in", async () => {
    const db = await getDb();
    const clermont = await academie(db, "T6", "Clermont-Ferrand");
    const admin = await activeAccount(db, uniqueEmail("admin"), { role: "ADMIN_ACADEMIE", academieId: clermont.id });
    const email = uniqueEmail("gestion");
    const input = { role: "GESTIONNAIRE" as const, academieId: clermont.id, email, nomNaissance: "Fictif", prenoms: "Claude" };
    expect(await inviteStaff({ actor: actorOf(admin), input }, { now: T0 })).toEqual({ ok: true, renvoyee: false });
    const invited = await db.account.findUniqueOrThrow({ where: { emailNormalized: email } });
    expect(invited).toMatchObject({ role: "GESTIONNAIRE", academieId: clermont.id, activatedAt: null, passwordHash: null });
    const [mail] = (await mailsTo(email));
    expect(mail?.text).toContain("l’académie de Clermont-Ferrand");
    expect(mail?.text).toContain("valable 7\u00a0jours");

    // Invited again while pending: a fresh link, the same account.
    expect(await inviteStaff({ actor: actorOf(admin), input }, { now: minutes(5) })).toEqual({ ok: true, renvoyee: true });
    const token = await tokenFromMail(email, "/invitation");
    expect(await signInWithPassword({ email, password: "Gestion-Secret-1!", ip: ip() }, { now: minutes(6) })).toMatchObject({ ok: false });
    expect(await acceptInvitation({ token, password: "Gestion-Secret-1!" }, { now: minutes(7) })).toEqual({ outcome: "active" });
    expect((await signInWithPassword({ email, password: "Gestion-Secret-1!", ip: ip() }, { now: minutes(8) })).ok).toBe(true);
    expect(await acceptInvitation({ token, password: "Autre-Secret-1!" }, { now: minutes(9) })).toEqual({ outcome: "utilise" });
    expect(await db.auditEvent.count({ where: { entityId: invited.id, action: { in: ["personnel.invite", "personnel.invitation_renvoyee", "personnel.invitation_acceptee"] } } })).toBe(3);
  });

  it("refuses other académies, roles above the inviter's, candidates and used addresses", async () => {
    const db = await getDb();
    const clermont = await academie(db, "T6", "Clermont-Ferrand");
    const nice = await academie(db, "T23", "Nice");
    const admin = actorOf(await activeAccount(db, uniqueEmail("admin"), { role: "ADMIN_ACADEMIE", academieId: clermont.id }));
    const gestionnaire = actorOf(await activeAccount(db, uniqueEmail("gest"), { role: "GESTIONNAIRE", academieId: clermont.id }));
    const candidat = actorOf(await activeAccount(db, uniqueEmail("cand")));
    const national = actorOf(await activeAccount(db, uniqueEmail("nat"), { role: "ADMIN_NATIONAL" }));
    const invite = (actor: typeof admin, role: "GESTIONNAIRE" | "ADMIN_ACADEMIE" | "ADMIN_NATIONAL", academieId: string | null, email = uniqueEmail("invite")) =>
      inviteStaff({ actor, input: { role, academieId, email, nomNaissance: "Fictif", prenoms: "Sacha" } }, { now: T0 });

    expect(await invite(admin, "GESTIONNAIRE", nice.id)).toEqual({ ok: false, code: "hors-academie" });
    expect(await invite(admin, "ADMIN_NATIONAL", null)).toEqual({ ok: false, code: "role-interdit" });
    expect(await invite(gestionnaire, "GESTIONNAIRE", clermont.id)).toEqual({ ok: false, code: "role-interdit" });
    expect(await invite(candidat, "GESTIONNAIRE", clermont.id)).toEqual({ ok: false, code: "role-interdit" });
    expect(await invite(national, "GESTIONNAIRE", "inexistante")).toEqual({ ok: false, code: "academie_inconnue" });
    const taken = uniqueEmail("pris");
    await activeAccount(db, taken);
    expect(await invite(national, "GESTIONNAIRE", nice.id, taken)).toEqual({ ok: false, code: "adresse_utilisee" });
    expect(await invite(national, "ADMIN_NATIONAL", null)).toMatchObject({ ok: true });
    await deliverMail();
    expect(sent.map((m) => m.subject)).toEqual(["Votre accès à l'espace de gestion des inscriptions"]);
  });
});
