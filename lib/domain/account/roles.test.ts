import { describe, expect, it } from "vitest";
import { academieNom, canManageAcademie, checkInvitation, homeFor, invitableRoles, type Actor } from "./roles";

const national: Actor = { role: "ADMIN_NATIONAL", academieId: null };
const adminClermont: Actor = { role: "ADMIN_ACADEMIE", academieId: "clermont" };
const gestionClermont: Actor = { role: "GESTIONNAIRE", academieId: "clermont" };
const candidat: Actor = { role: "CANDIDAT", academieId: null };

describe("checkInvitation", () => {
  it.each([
    [national, { role: "GESTIONNAIRE", academieId: "nice" }, true],
    [national, { role: "ADMIN_ACADEMIE", academieId: "nice" }, true],
    [national, { role: "ADMIN_NATIONAL", academieId: null }, true],
    [national, { role: "ADMIN_NATIONAL", academieId: "nice" }, "academie-interdite"],
    [national, { role: "GESTIONNAIRE", academieId: null }, "academie-requise"],
    [adminClermont, { role: "GESTIONNAIRE", academieId: "clermont" }, true],
    [adminClermont, { role: "ADMIN_ACADEMIE", academieId: "clermont" }, true],
    [adminClermont, { role: "GESTIONNAIRE", academieId: "nice" }, "hors-academie"],
    [adminClermont, { role: "ADMIN_NATIONAL", academieId: null }, "role-interdit"],
    [gestionClermont, { role: "GESTIONNAIRE", academieId: "clermont" }, "role-interdit"],
    [candidat, { role: "GESTIONNAIRE", academieId: "clermont" }, "role-interdit"],
  ] as const)("%j invites %j → %s", (actor, target, expected) => {
    const result = checkInvitation(actor, target);
    expect(result).toEqual(expected === true ? { ok: true } : { ok: false, refusal: expected });
  });

  it("lists the roles each actor may give", () => {
    expect(invitableRoles(national)).toEqual(["GESTIONNAIRE", "ADMIN_ACADEMIE", "ADMIN_NATIONAL"]);
    expect(invitableRoles(adminClermont)).toEqual(["GESTIONNAIRE", "ADMIN_ACADEMIE"]);
    expect(invitableRoles(gestionClermont)).toEqual([]);
    expect(invitableRoles(candidat)).toEqual([]);
  });
});

describe("canManageAcademie", () => {
  it.each([
    [national, "nice", true],
    [adminClermont, "clermont", true],
    [gestionClermont, "clermont", true],
    [gestionClermont, "nice", false],
    [candidat, "clermont", false],
  ] as const)("%j on %s → %s", (actor, academieId, expected) => {
    expect(canManageAcademie(actor, academieId)).toBe(expected);
  });

  it("sends staff to /gestion and candidates to /mon-compte", () => {
    expect(homeFor("CANDIDAT")).toBe("/mon-compte");
    expect(homeFor("GESTIONNAIRE")).toBe("/gestion");
  });
});

describe("academieNom", () => {
  it("elides before a vowel", () => {
    expect(academieNom("Clermont-Ferrand")).toBe("académie de Clermont-Ferrand");
    expect(academieNom("Aix-Marseille")).toBe("académie d’Aix-Marseille");
    expect(academieNom("Orléans-Tours")).toBe("académie d’Orléans-Tours");
  });
});
