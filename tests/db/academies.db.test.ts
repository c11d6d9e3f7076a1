import type { PrismaClient } from "@prisma/client";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { ContactSchema, CoordonneesAcademieSchema, IdentiteAcademieSchema, messageRefusAcademie } from "@/lib/domain/gestion/academies";
import { enregistrerContactAcademie } from "@/lib/server/academies/enregistrer-contact-academie";
import { lireAcademie } from "@/lib/server/academies/lire-academie";
import { listerAcademies } from "@/lib/server/academies/lister-academies";
import { modifierCoordonneesAcademie } from "@/lib/server/academies/modifier-coordonnees-academie";
import { modifierIdentiteAcademie } from "@/lib/server/academies/modifier-identite-academie";
import { supprimerContactAcademie } from "@/lib/server/academies/supprimer-contact-academie";
import { loadValidationContext, SESSION_SELECT } from "@/lib/server/candidatures/load-validation-context";
import { seed } from "@/prisma/seed";
import { creerPersonnel } from "../fixtures/back-office";

// Issue 10 §7: the national admin edits every académie (name, zone, départements, site, address,
// contacts); an académie's admin edits only its own académie's contacts, address and aménagement
// link; each change in one transaction with its audit event; the candidates' rules see it at once.
const NOW = new Date("2026-11-22T12:00:00Z");
let db: PrismaClient;

type Acteur = { id: string; role: "GESTIONNAIRE" | "ADMIN_ACADEMIE" | "ADMIN_NATIONAL"; academieId: string | null };
let national: Acteur;
let adminClermont: Acteur;
let gestionnaireClermont: Acteur;

const acteur = (a: { id: string; role: string; academieId: string | null }) => ({ id: a.id, role: a.role, academieId: a.academieId }) as Acteur;
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");

const identite = (input: Record<string, string>) => IdentiteAcademieSchema.parse(input);
const coordonnees = (input: Record<string, string>) => CoordonneesAcademieSchema.parse(input);
const contact = (input: Record<string, string>) => ContactSchema.parse(input);

async function academie(code: string) {
  return db.academie.findUniqueOrThrow({ where: { code }, include: { contacts: { orderBy: { ordre: "asc" } } } });
}

async function audits(academieId: string) {
  return db.auditEvent.findMany({ where: { academieId, action: { startsWith: "academie." } }, orderBy: { at: "asc" } });
}

beforeAll(async () => {
  db = await getDb();
  await seed(db, { today: NOW, demo: true });
  const n = await db.account.create({
    data: { email: "national.academies@example.fr", emailNormalized: "national.academies@example.fr", nomNaissance: "National", prenoms: "Essai", role: "ADMIN_NATIONAL", activatedAt: NOW },
  });
  national = acteur(n);
  adminClermont = acteur(await creerPersonnel(db, "06", "ADMIN_ACADEMIE"));
  gestionnaireClermont = acteur(await creerPersonnel(db, "06"));
}, 120_000);

describe("the national admin", () => {
  it("changes an académie's name, départements and site, audited with the changed fields before and after", async () => {
    const corse = await academie("27");
    const r = await modifierIdentiteAcademie(
      db,
      { actor: national, code: "27", input: identite({ nom: "Corse", timeZone: "Europe/Paris", departements: "2b 2A", siteUrl: "https://www.ac-corse.fr" }) },
      { now: NOW, ip: "198.51.100.7" },
    );
    expect(r).toEqual({ ok: true, modifiee: true });
    expect(await academie("27")).toMatchObject({ nom: "Corse", departements: ["2A", "2B"], siteUrl: "https://www.ac-corse.fr", timeZone: "Europe/Paris" });
    const [event] = await audits(corse.id);
    expect(event).toMatchObject({
      actorId: national.id,
      actorRole: "ADMIN_NATIONAL",
      action: "academie.identite_modifiee",
      entityType: "Academie",
      entityId: corse.id,
      before: { siteUrl: null },
      after: { siteUrl: "https://www.ac-corse.fr" },
      ip: "198.51.100.7",
      at: NOW,
    });

    // The same form again changes nothing and writes no event.
    expect(
      await modifierIdentiteAcademie(db, { actor: national, code: "27", input: identite({ nom: "Corse", timeZone: "Europe/Paris", departements: "2A 2B", siteUrl: "https://www.ac-corse.fr" }) }, { now: NOW }),
    ).toEqual({ ok: true, modifiee: false });
    expect(await audits(corse.id)).toHaveLength(1);
  });

  it("refuses a département another académie holds, naming it, and a name another académie bears; nothing changes", async () => {
    const limoges = await academie("22");
    const r = await modifierIdentiteAcademie(db, { actor: national, code: "22", input: identite({ nom: "Limoges", timeZone: "Europe/Paris", departements: "19 23 87 63", siteUrl: "" }) }, { now: NOW });
    expect(r).toEqual({ ok: false, refus: { code: "departements-pris", conflits: [{ departement: "63", academie: "Clermont-Ferrand" }] } });
    if (!r.ok) expect(plain(messageRefusAcademie(r.refus).message)).toMatch(/^Le département 63 appartient déjà à l'académie de Clermont-Ferrand\./);
    const homonyme = await modifierIdentiteAcademie(db, { actor: national, code: "22", input: identite({ nom: "nice", timeZone: "Europe/Paris", departements: "19 23 87", siteUrl: "" }) }, { now: NOW });
    expect(homonyme).toEqual({ ok: false, refus: { code: "nom-pris", academie: "23" } });
    expect(await academie("22")).toEqual(limoges);
    expect(await audits(limoges.id)).toHaveLength(0);
  });

  it("gives a département to one académie only, even when two admins try at the same moment", async () => {
    // 971 moves from Guadeloupe to nowhere, then both Martinique and Guyane claim it at once.
    await modifierIdentiteAcademie(db, { actor: national, code: "32", input: identite({ nom: "Guadeloupe", timeZone: "America/Guadeloupe", departements: "977", siteUrl: "" }) }, { now: NOW });
    const [a, b] = await Promise.all([
      modifierIdentiteAcademie(db, { actor: national, code: "31", input: identite({ nom: "Martinique", timeZone: "America/Martinique", departements: "972 971", siteUrl: "" }) }, { now: NOW }),
      modifierIdentiteAcademie(db, { actor: national, code: "33", input: identite({ nom: "Guyane", timeZone: "America/Cayenne", departements: "973 971", siteUrl: "" }) }, { now: NOW }),
    ]);
    expect([a.ok, b.ok].toSorted()).toEqual([false, true]);
    expect(await db.academie.count({ where: { departements: { has: "971" } } })).toBe(1);
  });

  it("refuses a new zone while a session's calendar still runs, explaining why; nothing changes", async () => {
    // Nice's demo sessions run around NOW.
    const nice = await academie("23");
    const r = await modifierIdentiteAcademie(db, { actor: national, code: "23", input: identite({ nom: "Nice", timeZone: "Indian/Reunion", departements: "06 83", siteUrl: "https://www.ac-nice.fr" }) }, { now: NOW });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.refus.code).toBe("fuseau-bloque");
      const { champ, message } = messageRefusAcademie(r.refus);
      expect(champ).toBe("timeZone");
      expect(plain(message)).toContain("Le fuseau horaire ne peut pas être changé tant que l'académie a des sessions en cours ou à venir");
      expect(plain(message)).toContain("en heure de Paris");
    }
    expect(await academie("23")).toEqual(nice);
    expect(await audits(nice.id)).toHaveLength(0);
  });

  it("changes the zone once every session has ended: instants kept, local strings re-expressed in the new zone, each audited", async () => {
    // Nancy-Metz's 2024 session ended long ago; its demo session ends 37 days after NOW.
    const later = new Date("2027-03-01T12:00:00Z");
    const nm = await academie("12");
    const avant = await db.session.findMany({ where: { academieId: nm.id }, orderBy: { annee: "asc" } });
    const r = await modifierIdentiteAcademie(
      db,
      { actor: national, code: "12", input: identite({ nom: "Nancy-Metz", timeZone: "America/Cayenne", departements: nm.departements.join(" "), siteUrl: nm.siteUrl ?? "" }) },
      { now: later },
    );
    expect(r).toEqual({ ok: true, modifiee: true });
    const apres = await db.session.findMany({ where: { academieId: nm.id }, orderBy: { annee: "asc" } });
    const reelle = apres.find((s) => s.annee === 2024)!;
    expect(reelle.inscriptionCloture).toEqual(avant.find((s) => s.annee === 2024)!.inscriptionCloture);
    // 6 December 2023 22:00 in Paris (21:00 UTC) is 18:00 in Cayenne (UTC-3).
    expect(reelle.inscriptionClotureLocal).toBe("2023-12-06T18:00");
    expect(reelle.depotClotureLocal).toBe("2023-12-09T19:59");
    expect(reelle.epsDateLocal).toBeNull();
    const sessionEvents = await db.auditEvent.findMany({ where: { action: "session.heures_locales_reexprimees", academieId: nm.id } });
    expect(sessionEvents).toHaveLength(avant.length);
    expect(sessionEvents.find((e) => e.entityId === reelle.id)).toMatchObject({
      before: { timeZone: "Europe/Paris", inscriptionClotureLocal: "2023-12-06T22:00" },
      after: { timeZone: "America/Cayenne", inscriptionClotureLocal: "2023-12-06T18:00" },
    });
    expect((await audits(nm.id)).at(-1)).toMatchObject({ before: { timeZone: "Europe/Paris" }, after: { timeZone: "America/Cayenne" } });
  });

  it("edits any académie's coordinates and contacts", async () => {
    const reunion = await academie("28");
    expect(
      await modifierCoordonneesAcademie(
        db,
        { actor: national, code: "28", input: coordonnees({ adressePostale: "Rectorat de La Réunion\r\nDivision des examens\n1 rue de l'Exemple\n97400 Saint-Denis", amenagementUrl: "https://www.ac-reunion.fr/amenagements" }) },
        { now: NOW },
      ),
    ).toEqual({ ok: true, modifiee: true });
    expect(await academie("28")).toMatchObject({ adressePostale: "Rectorat de La Réunion\nDivision des examens\n1 rue de l'Exemple\n97400 Saint-Denis", amenagementUrl: "https://www.ac-reunion.fr/amenagements" });
    expect(await enregistrerContactAcademie(db, { actor: national, code: "28", contactId: null, input: contact({ libelle: "Accueil des examens", email: "examens@ac-reunion.invalid", telephone: "", ordre: "1" }) }, { now: NOW })).toEqual({
      ok: true,
      modifiee: true,
    });
    expect((await audits(reunion.id)).map((e) => e.action)).toEqual(["academie.coordonnees_modifiees", "academie.contact_ajoute"]);
  });

  it("lists every académie with its admins and pending invitations", async () => {
    const lignes = await listerAcademies(db, national);
    expect(lignes.length).toBeGreaterThan(30);
    expect(lignes.map((l) => l.nom)).toEqual(lignes.map((l) => l.nom).toSorted((a, b) => a.localeCompare(b, "fr")));
    const clermont = lignes.find((l) => l.code === "06")!;
    const compte = await db.account.count({ where: { role: "ADMIN_ACADEMIE", academie: { code: "06" }, disabledAt: null, activatedAt: { not: null } } });
    expect(clermont).toMatchObject({ nom: "Clermont-Ferrand", timeZone: "Europe/Paris", departements: ["03", "15", "43", "63"], administrateurs: compte, invitations: 0 });
    expect(await listerAcademies(db, adminClermont)).toEqual([clermont]);
    expect(await listerAcademies(db, gestionnaireClermont)).toEqual([]);
  });
});

describe("an académie's admin", () => {
  it("reads their own académie with its admins, and no other", async () => {
    const page = await lireAcademie(db, adminClermont, "06", NOW);
    expect(page).toMatchObject({ code: "06", acces: "coordonnees" });
    expect(page?.administrateurs.map((a) => a.id)).toContain(adminClermont.id);
    expect(page?.sessionsEnCours.length).toBeGreaterThan(0);
    expect(await lireAcademie(db, adminClermont, "23", NOW)).toBeNull();
    expect(await lireAcademie(db, gestionnaireClermont, "06", NOW)).toBeNull();
    expect(await lireAcademie(db, national, "23", NOW)).toMatchObject({ code: "23", acces: "complet" });
    expect(await lireAcademie(db, national, "99", NOW)).toBeNull();
  });

  it("changes their académie's address and aménagement link, audited", async () => {
    const clermont = await academie("06");
    const r = await modifierCoordonneesAcademie(
      db,
      { actor: adminClermont, code: "06", input: coordonnees({ adressePostale: clermont.adressePostale ?? "", amenagementUrl: "https://www.ac-clermont.fr/amenagements" }) },
      { now: NOW },
    );
    expect(r).toEqual({ ok: true, modifiee: true });
    expect((await audits(clermont.id)).at(-1)).toMatchObject({
      actorId: adminClermont.id,
      action: "academie.coordonnees_modifiees",
      before: { amenagementUrl: clermont.amenagementUrl },
      after: { amenagementUrl: "https://www.ac-clermont.fr/amenagements" },
    });
  });

  it("adds, changes and removes their académie's contacts, each audited", async () => {
    const clermont = await academie("06");
    const ajout = await enregistrerContactAcademie(
      db,
      { actor: adminClermont, code: "06", contactId: null, input: contact({ libelle: "Bureau des BTS", email: "", telephone: "01 99 00 63 09", ordre: "9" }) },
      { now: NOW },
    );
    expect(ajout).toEqual({ ok: true, modifiee: true });
    const cree = (await academie("06")).contacts.find((c) => c.libelle === "Bureau des BTS")!;
    expect(cree).toMatchObject({ email: null, telephone: "01 99 00 63 09", ordre: 9 });

    const modif = await enregistrerContactAcademie(
      db,
      { actor: adminClermont, code: "06", contactId: cree.id, input: contact({ libelle: "Bureau des BTS", email: "bts@ac-clermont.invalid", telephone: "01 99 00 63 09", ordre: "9" }) },
      { now: NOW },
    );
    expect(modif).toEqual({ ok: true, modifiee: true });
    expect(await supprimerContactAcademie(db, { actor: adminClermont, code: "06", contactId: cree.id }, { now: NOW })).toEqual({ ok: true, modifiee: true });
    expect((await academie("06")).contacts.map((c) => c.id)).not.toContain(cree.id);

    const events = await db.auditEvent.findMany({ where: { entityType: "AcademieContact", entityId: cree.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId, e.academieId])).toEqual([
      ["academie.contact_ajoute", adminClermont.id, clermont.id],
      ["academie.contact_modifie", adminClermont.id, clermont.id],
      ["academie.contact_supprime", adminClermont.id, clermont.id],
    ]);
    expect(events[1]).toMatchObject({ before: { email: null }, after: { email: "bts@ac-clermont.invalid" } });
    expect(events[2]).toMatchObject({ before: { libelle: "Bureau des BTS", email: "bts@ac-clermont.invalid" } });
  });

  it("changes nothing of their académie's name, zone or départements, nor anything of another académie", async () => {
    const [clermont, nice] = await Promise.all([academie("06"), academie("23")]);
    const eventsAvant = await db.auditEvent.count();
    const contactNice = nice.contacts[0]!;
    const refus = { ok: false, refus: { code: "hors-perimetre" } };

    expect(await modifierIdentiteAcademie(db, { actor: adminClermont, code: "06", input: identite({ nom: "Clermont", timeZone: "Europe/Paris", departements: "03 15 43 63", siteUrl: "" }) }, { now: NOW })).toEqual(refus);
    expect(await modifierIdentiteAcademie(db, { actor: adminClermont, code: "23", input: identite({ nom: "Nice", timeZone: "Europe/Paris", departements: "06", siteUrl: "" }) }, { now: NOW })).toEqual(refus);
    expect(await modifierCoordonneesAcademie(db, { actor: adminClermont, code: "23", input: coordonnees({ adressePostale: "Ailleurs", amenagementUrl: "" }) }, { now: NOW })).toEqual(refus);
    expect(await enregistrerContactAcademie(db, { actor: adminClermont, code: "23", contactId: null, input: contact({ libelle: "Intrus", email: "intrus@example.fr", ordre: "0" }) }, { now: NOW })).toEqual(refus);
    expect(await enregistrerContactAcademie(db, { actor: adminClermont, code: "23", contactId: contactNice.id, input: contact({ libelle: "Intrus", email: "intrus@example.fr", ordre: "0" }) }, { now: NOW })).toEqual(refus);
    expect(await supprimerContactAcademie(db, { actor: adminClermont, code: "23", contactId: contactNice.id }, { now: NOW })).toEqual(refus);
    // Nice's contact reached through their own académie's code is unknown there.
    expect(await enregistrerContactAcademie(db, { actor: adminClermont, code: "06", contactId: contactNice.id, input: contact({ libelle: "Intrus", email: "intrus@example.fr", ordre: "0" }) }, { now: NOW })).toEqual({
      ok: false,
      refus: { code: "contact-inconnu" },
    });
    expect(await supprimerContactAcademie(db, { actor: adminClermont, code: "06", contactId: contactNice.id }, { now: NOW })).toEqual({ ok: false, refus: { code: "contact-inconnu" } });

    // A gestionnaire edits no académie, not even their own.
    expect(await modifierCoordonneesAcademie(db, { actor: gestionnaireClermont, code: "06", input: coordonnees({ adressePostale: "Ailleurs", amenagementUrl: "" }) }, { now: NOW })).toEqual(refus);
    expect(await enregistrerContactAcademie(db, { actor: gestionnaireClermont, code: "06", contactId: null, input: contact({ libelle: "Intrus", email: "intrus@example.fr", ordre: "0" }) }, { now: NOW })).toEqual(refus);

    expect(await academie("06")).toEqual(clermont);
    expect(await academie("23")).toEqual(nice);
    expect(await db.auditEvent.count()).toBe(eventsAvant);
  });
});

describe("the candidates' rules", () => {
  it("see a change of départements at once in this process (the académies' cache is cleared)", async () => {
    const session = await db.session.findFirstOrThrow({ where: { demo: true, academie: { code: "06" } }, select: SESSION_SELECT });
    const avant = await loadValidationContext(db, session);
    expect(avant.academies.find((a) => a.code === "15")?.departements).toEqual(["67", "68"]);
    const r = await modifierIdentiteAcademie(db, { actor: national, code: "15", input: identite({ nom: "Strasbourg", timeZone: "Europe/Paris", departements: "67", siteUrl: "" }) }, { now: NOW });
    expect(r).toEqual({ ok: true, modifiee: true });
    const apres = await loadValidationContext(db, session);
    expect(apres.academies.find((a) => a.code === "15")?.departements).toEqual(["67"]);
  });
});
