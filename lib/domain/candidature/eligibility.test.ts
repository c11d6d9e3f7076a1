import { describe, expect, it } from "vitest";
import {
  canKeepBenefices,
  canRequestEpsDispense,
  checkFormePassage,
  checkRoute,
  checkSessionPrecedente,
  type RouteInput,
} from "./eligibility";
import { fr } from "./format";
import { expectFrenchTypography } from "./test-fixtures";
import type { FormePassage, Route } from "./types";

describe("checkRoute", () => {
  it.each<[string, RouteInput, string[]]>([
    ["experience: nothing more", { typeCandidature: "EXPERIENCE_PRO_3_ANS" }, []],
    ["distance with its organisme", { typeCandidature: "ENSEIGNEMENT_A_DISTANCE", organisme: "CNED" }, []],
    ["distance without organisme", { typeCandidature: "ENSEIGNEMENT_A_DISTANCE" }, ["organisme"]],
    ["formation continue without organisme", { typeCandidature: "FORMATION_CONTINUE" }, ["organisme"]],
    ["formation continue with its organisme", { typeCandidature: "FORMATION_CONTINUE", organisme: "GRETA du Livradois" }, []],
    [
      "already sat, complete",
      { typeCandidature: "DEJA_PRESENTE", sessionPrecedente: 2023, formePrecedente: "GLOBALE", ajourne: true },
      [],
    ],
    ["already sat, nothing said", { typeCandidature: "DEJA_PRESENTE" }, ["sessionPrecedente", "formePrecedente", "ajourne"]],
    ["already sat, not ajourné is an answer", { typeCandidature: "DEJA_PRESENTE", sessionPrecedente: 2022, formePrecedente: "GLOBALE", ajourne: false }, []],
  ])("%s", (_, input, fields) => {
    const errors = checkRoute(input);
    expect(errors.map((e) => e.field)).toEqual(fields);
    expectFrenchTypography(errors);
  });
});

describe("checkSessionPrecedente", () => {
  it.each<[number | undefined, number]>([
    [2023, 0],
    [2019, 0],
    [undefined, 0],
    [2024, 1],
    [2025, 1],
  ])("previous session %s for session 2024 → %i error(s)", (previous, count) => {
    expect(checkSessionPrecedente(previous, 2024)).toHaveLength(count);
  });
});

describe("checkFormePassage: a failed candidate keeps his forme (CF step 3)", () => {
  it.each<[Route | undefined, FormePassage | undefined, FormePassage, boolean]>([
    ["DEJA_PRESENTE", "PROGRESSIVE", "PROGRESSIVE", true],
    ["DEJA_PRESENTE", "GLOBALE", "GLOBALE", true],
    ["DEJA_PRESENTE", "PROGRESSIVE", "GLOBALE", false],
    ["DEJA_PRESENTE", "GLOBALE", "PROGRESSIVE", false],
    ["EXPERIENCE_PRO_3_ANS", undefined, "PROGRESSIVE", true],
    ["ENSEIGNEMENT_A_DISTANCE", undefined, "GLOBALE", true],
    [undefined, undefined, "GLOBALE", true],
  ])("route %s, previously %s, now %s → ok=%s", (route, previous, chosen, ok) => {
    expect(checkFormePassage(route, previous, chosen).length === 0).toBe(ok);
  });

  it("says which forme to keep", () => {
    expect(checkFormePassage("DEJA_PRESENTE", "PROGRESSIVE", "GLOBALE")).toEqual([
      {
        field: "formePassage",
        message: fr`Vous vous êtes déjà présenté à l'examen sous la forme progressive : vous devez conserver cette forme de passage et choisir la forme progressive.`,
      },
    ]);
  });
});

describe("route-dependent rights", () => {
  it.each<[Route, boolean, boolean]>([
    ["DEJA_PRESENTE", false, true],
    ["ENSEIGNEMENT_A_DISTANCE", false, false],
    ["FORMATION_CONTINUE", false, false],
    ["EXPERIENCE_PRO_3_ANS", true, false],
  ])("%s: EPS dispense %s, bénéfices when ajourné %s", (route, epsDispense, benefices) => {
    expect(canRequestEpsDispense(route)).toBe(epsDispense);
    expect(canKeepBenefices({ typeCandidature: route, ajourne: true })).toBe(benefices);
  });

  it("keeps notes only for an ajourné candidate", () => {
    expect(canKeepBenefices({ typeCandidature: "DEJA_PRESENTE", ajourne: false })).toBe(false);
    expect(canKeepBenefices({ typeCandidature: "DEJA_PRESENTE" })).toBe(false);
  });
});
