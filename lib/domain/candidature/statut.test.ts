import { describe, expect, it } from "vitest";
import { fr } from "./format";
import {
  allowedActions,
  canTransition,
  type Actor,
  type CandidatureAction,
  type CandidatureStatut,
  type TransitionContext,
  type TransitionErrorCode,
} from "./statut";

const candidat = (windowState: TransitionContext["windowState"]): TransitionContext => ({ actor: "CANDIDAT", windowState });
const gestionnaire = (dossierComplet?: boolean, actor: Actor = "GESTIONNAIRE"): TransitionContext => ({
  actor,
  windowState: "CLOSE",
  dossierComplet,
});

describe("canTransition", () => {
  it.each<[CandidatureStatut, CandidatureAction, TransitionContext, CandidatureStatut | TransitionErrorCode]>([
    // The candidate, while the window is open.
    ["BROUILLON", "SAUVEGARDER_BROUILLON", candidat("OUVERTE"), "BROUILLON"],
    ["BROUILLON", "ENREGISTRER", candidat("OUVERTE"), "ENREGISTREE"],
    ["ENREGISTREE", "SAUVEGARDER_BROUILLON", candidat("OUVERTE"), "ENREGISTREE"],
    ["ENREGISTREE", "MODIFIER", candidat("OUVERTE"), "ENREGISTREE"],
    ["ENREGISTREE", "SE_DESINSCRIRE", candidat("OUVERTE"), "DESINSCRITE"],
    ["DESINSCRITE", "ENREGISTRER", candidat("OUVERTE"), "ENREGISTREE"],
    // Moves that do not exist.
    ["BROUILLON", "MODIFIER", candidat("OUVERTE"), "TRANSITION_INTERDITE"],
    ["BROUILLON", "SE_DESINSCRIRE", candidat("OUVERTE"), "TRANSITION_INTERDITE"],
    ["ENREGISTREE", "ENREGISTRER", candidat("OUVERTE"), "TRANSITION_INTERDITE"],
    ["DESINSCRITE", "SE_DESINSCRIRE", candidat("OUVERTE"), "TRANSITION_INTERDITE"],
    ["ANNULEE", "ENREGISTRER", candidat("OUVERTE"), "TRANSITION_INTERDITE"],
    ["ANNULEE", "SAUVEGARDER_BROUILLON", candidat("OUVERTE"), "TRANSITION_INTERDITE"],
    ["ANNULEE", "ANNULER", gestionnaire(false), "TRANSITION_INTERDITE"],
    ["BROUILLON", "ANNULER", gestionnaire(false), "TRANSITION_INTERDITE"],
    // Every candidate mutation needs the window open.
    ["BROUILLON", "ENREGISTRER", candidat("A_VENIR"), "INSCRIPTIONS_NON_OUVERTES"],
    ["BROUILLON", "SAUVEGARDER_BROUILLON", candidat("A_VENIR"), "INSCRIPTIONS_NON_OUVERTES"],
    ["BROUILLON", "ENREGISTRER", candidat("CLOSE"), "INSCRIPTIONS_CLOSES"],
    ["ENREGISTREE", "MODIFIER", candidat("CLOSE"), "INSCRIPTIONS_CLOSES"],
    ["ENREGISTREE", "SE_DESINSCRIRE", candidat("CLOSE"), "INSCRIPTIONS_CLOSES"],
    ["ENREGISTREE", "SAUVEGARDER_BROUILLON", candidat("CLOSE"), "INSCRIPTIONS_CLOSES"],
    // Who may do what.
    ["ENREGISTREE", "MODIFIER", { actor: "GESTIONNAIRE", windowState: "OUVERTE" }, "ACTEUR_NON_AUTORISE"],
    ["ENREGISTREE", "ANNULER", { actor: "CANDIDAT", windowState: "CLOSE", dossierComplet: false }, "ACTEUR_NON_AUTORISE"],
    // A manager cancels an incomplete dossier, only after the deadline.
    ["ENREGISTREE", "ANNULER", gestionnaire(false), "ANNULEE"],
    ["ENREGISTREE", "ANNULER", gestionnaire(false, "ADMIN"), "ANNULEE"],
    ["ENREGISTREE", "ANNULER", { actor: "GESTIONNAIRE", windowState: "OUVERTE", dossierComplet: false }, "DELAI_NON_ECHU"],
    ["ENREGISTREE", "ANNULER", gestionnaire(true), "DOSSIER_COMPLET"],
    ["ENREGISTREE", "ANNULER", gestionnaire(undefined), "DOSSIER_COMPLET"],
  ])("%s + %s (%o) → %s", (from, action, ctx, expected) => {
    const result = canTransition(from, action, ctx);
    expect(result.ok ? result.to : result.code).toBe(expected);
    if (!result.ok) expect(result.message).not.toMatch(/'| [:;!?]/);
  });

  it.each<[CandidatureStatut, CandidatureAction, TransitionContext, string]>([
    ["ENREGISTREE", "MODIFIER", candidat("CLOSE"), fr`Les inscriptions sont closes : la candidature ne peut plus être modifiée. Contactez le service des examens.`],
    ["BROUILLON", "ENREGISTRER", candidat("A_VENIR"), fr`Les inscriptions ne sont pas encore ouvertes : revenez à la date d'ouverture.`],
    ["ANNULEE", "MODIFIER", candidat("OUVERTE"), fr`Cette opération n'est pas possible sur une candidature annulée.`],
    ["ENREGISTREE", "ANNULER", gestionnaire(true), fr`Ce dossier est complet : la candidature ne peut pas être annulée.`],
  ])("explains a refusal in French: %s + %s", (from, action, ctx, message) => {
    expect(canTransition(from, action, ctx)).toMatchObject({ ok: false, message });
  });
});

describe("allowedActions", () => {
  it.each<[CandidatureStatut, TransitionContext, CandidatureAction[]]>([
    ["BROUILLON", candidat("OUVERTE"), ["SAUVEGARDER_BROUILLON", "ENREGISTRER"]],
    ["ENREGISTREE", candidat("OUVERTE"), ["SAUVEGARDER_BROUILLON", "MODIFIER", "SE_DESINSCRIRE"]],
    ["ENREGISTREE", candidat("CLOSE"), []],
    ["ENREGISTREE", gestionnaire(false), ["ANNULER"]],
    ["ANNULEE", candidat("OUVERTE"), []],
  ])("%s for %o", (from, ctx, actions) => expect(allowedActions(from, ctx)).toEqual(actions));
});
