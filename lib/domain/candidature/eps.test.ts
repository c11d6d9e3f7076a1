import { describe, expect, it } from "vitest";
import { checkEps, type EpsInput } from "./eps";
import { fr } from "./format";
import { expectFrenchTypography, SESSION_CLERMONT_2024 } from "./test-fixtures";
import type { Route } from "./types";

const session = SESSION_CLERMONT_2024;

// Clermont notice, E7: APTE → two of DANSE, TENNIS DE TABLE, DEMI FOND; INAPTE → certificat
// médical; DISPENSE → 3 years' experience; adapted (MDPH): 800 m marche, natation 250 m.
describe("checkEps", () => {
  it.each<[string, EpsInput, Route | undefined, string[]]>([
    ["apte: danse + demi-fond", { epsChoix: "APTE", epsActivites: ["danse", "demi-fond"] }, "DEJA_PRESENTE", []],
    ["apte: tennis de table + danse", { epsChoix: "APTE", epsActivites: ["tennis de table", "danse"] }, "EXPERIENCE_PRO_3_ANS", []],
    ["apte: one activity", { epsChoix: "APTE", epsActivites: ["danse"] }, "DEJA_PRESENTE", ["epsActivites"]],
    ["apte: three activities", { epsChoix: "APTE", epsActivites: ["danse", "demi-fond", "tennis de table"] }, "DEJA_PRESENTE", ["epsActivites"]],
    ["apte: the same activity twice", { epsChoix: "APTE", epsActivites: ["danse", "danse"] }, "DEJA_PRESENTE", ["epsActivites"]],
    ["apte: an activity not offered", { epsChoix: "APTE", epsActivites: ["danse", "natation 250 mètres"] }, "DEJA_PRESENTE", ["epsActivites"]],
    ["apte: none", { epsChoix: "APTE" }, "DEJA_PRESENTE", ["epsActivites"]],
    ["inapte", { epsChoix: "INAPTE", epsActivites: [] }, "ENSEIGNEMENT_A_DISTANCE", []],
    ["inapte with an activity", { epsChoix: "INAPTE", epsActivites: ["danse"] }, "ENSEIGNEMENT_A_DISTANCE", ["epsActivites"]],
    ["dispense on the experience route", { epsChoix: "DISPENSE" }, "EXPERIENCE_PRO_3_ANS", []],
    ["dispense on the distance route", { epsChoix: "DISPENSE" }, "ENSEIGNEMENT_A_DISTANCE", ["epsChoix"]],
    ["dispense after sitting the exam", { epsChoix: "DISPENSE" }, "DEJA_PRESENTE", ["epsChoix"]],
    ["dispense, route not chosen yet", { epsChoix: "DISPENSE" }, undefined, []],
    ["dispense with an activity", { epsChoix: "DISPENSE", epsActivites: ["danse"] }, "EXPERIENCE_PRO_3_ANS", ["epsActivites"]],
    ["adaptée with MDPH", { epsChoix: "ADAPTEE", epsActivites: ["800 mètres marche"], epsNotificationMdph: true }, "DEJA_PRESENTE", []],
    ["adaptée without MDPH", { epsChoix: "ADAPTEE", epsActivites: ["800 mètres marche"] }, "DEJA_PRESENTE", ["epsNotificationMdph"]],
    ["adaptée: a regular activity", { epsChoix: "ADAPTEE", epsActivites: ["danse"], epsNotificationMdph: true }, "DEJA_PRESENTE", ["epsActivites"]],
    [
      "adaptée: two activities, no MDPH",
      { epsChoix: "ADAPTEE", epsActivites: ["800 mètres marche", "natation 250 mètres"] },
      "DEJA_PRESENTE",
      ["epsNotificationMdph", "epsActivites"],
    ],
    ["no choice", {}, "DEJA_PRESENTE", ["epsChoix"]],
  ])("%s", (_, eps, route, fields) => {
    const errors = checkEps(eps, route, session);
    expect(errors.map((e) => e.field)).toEqual(fields);
    expectFrenchTypography(errors);
  });

  it.each<[EpsInput, Route, string]>([
    [
      { epsChoix: "APTE", epsActivites: ["danse"] },
      "DEJA_PRESENTE",
      fr`Choisissez deux activités différentes parmi danse, tennis de table, demi-fond (vous en avez choisi 1).`,
    ],
    [
      { epsChoix: "DISPENSE" },
      "ENSEIGNEMENT_A_DISTANCE",
      fr`La dispense d'EPS est réservée aux candidats justifiant de trois ans d'expérience professionnelle. Si vous êtes inapte, choisissez « Inapte » et fournissez un certificat médical ; sinon, choisissez deux activités.`,
    ],
    [
      { epsChoix: "ADAPTEE", epsActivites: ["danse"], epsNotificationMdph: true },
      "DEJA_PRESENTE",
      fr`L'activité « danse » n'est pas proposée : choisissez une seule activité parmi 800 mètres marche, natation 250 mètres.`,
    ],
  ])("explains the fix: %#", (eps, route, message) => expect(checkEps(eps, route, session)[0]?.message).toBe(message));

  it("asks nothing of a spécialité without EPS, and refuses a choice posted anyway", () => {
    expect(checkEps({}, "DEJA_PRESENTE", session, false)).toEqual([]);
    expect(checkEps({ epsChoix: "APTE", epsActivites: ["danse", "demi-fond"] }, "DEJA_PRESENTE", session, false)).toEqual([
      { field: "epsChoix", message: fr`Votre spécialité ne comporte pas d'épreuve d'éducation physique et sportive : n'indiquez aucun choix d'EPS.` },
    ]);
  });
});
