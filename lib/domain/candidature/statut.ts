// The candidature's life as a state machine with guarded transitions (STYLE.md, after
// demarches-simplifiees' dossier): which action is allowed from which status, for whom, and
// before or after the registration deadline. Error codes map to French messages here only.
import type { WindowState } from "../calendar";
import { fr } from "./format";

export const STATUTS = ["BROUILLON", "ENREGISTREE", "DESINSCRITE", "ANNULEE"] as const;
export type CandidatureStatut = (typeof STATUTS)[number];

export const ACTIONS = ["SAUVEGARDER_BROUILLON", "ENREGISTRER", "MODIFIER", "SE_DESINSCRIRE", "ANNULER"] as const;
export type CandidatureAction = (typeof ACTIONS)[number];

export type Actor = "CANDIDAT" | "GESTIONNAIRE" | "ADMIN";

export interface TransitionContext {
  actor: Actor;
  /** State of the session's registration window at the time of the action. */
  windowState: WindowState;
  /** For ANNULER: the candidature's pieces are all conformes ("dossier complet"). */
  dossierComplet?: boolean;
}

interface Transition {
  from: readonly CandidatureStatut[];
  /** Omitted: the status does not change. */
  to?: CandidatureStatut;
  actors: readonly Actor[];
  window: WindowState;
  /** Only a candidature whose dossier is still incomplete. */
  siIncomplet?: true;
}

const TRANSITIONS: Record<CandidatureAction, Transition> = {
  // Saving a step: a draft, or the pending edits of a saved candidature (its `brouillon`).
  SAUVEGARDER_BROUILLON: { from: ["BROUILLON", "ENREGISTREE", "DESINSCRITE"], actors: ["CANDIDAT"], window: "OUVERTE" },
  // "Cliquer sur ENREGISTRER pour que votre candidature soit prise en compte" [C:CF]; a candidate
  // who unregistered may register again while the window is open.
  ENREGISTRER: { from: ["BROUILLON", "DESINSCRITE"], to: "ENREGISTREE", actors: ["CANDIDAT"], window: "OUVERTE" },
  // "Jusqu'à la clôture du serveur […] vous pouvez apporter des modifications" [C:CF].
  MODIFIER: { from: ["ENREGISTREE"], actors: ["CANDIDAT"], window: "OUVERTE" },
  SE_DESINSCRIRE: { from: ["ENREGISTREE"], to: "DESINSCRITE", actors: ["CANDIDAT"], window: "OUVERTE" },
  // "Au-delà du [délai], tout dossier incomplet entraînera l'annulation" [C:CF, NI, AX21].
  ANNULER: { from: ["ENREGISTREE"], to: "ANNULEE", actors: ["GESTIONNAIRE", "ADMIN"], window: "CLOSE", siIncomplet: true },
};

export type TransitionErrorCode =
  | "TRANSITION_INTERDITE"
  | "ACTEUR_NON_AUTORISE"
  | "INSCRIPTIONS_NON_OUVERTES"
  | "INSCRIPTIONS_CLOSES"
  | "DELAI_NON_ECHU"
  | "DOSSIER_COMPLET";

const STATUT_LIBELLES: Record<CandidatureStatut, string> = {
  BROUILLON: "en brouillon",
  ENREGISTREE: "enregistrée",
  DESINSCRITE: "désinscrite",
  ANNULEE: "annulée",
};

const MESSAGES: Record<TransitionErrorCode, (from: CandidatureStatut) => string> = {
  TRANSITION_INTERDITE: (from) => fr`Cette opération n'est pas possible sur une candidature ${STATUT_LIBELLES[from]}.`,
  ACTEUR_NON_AUTORISE: () => fr`Vous n'êtes pas autorisé à effectuer cette opération sur cette candidature.`,
  INSCRIPTIONS_NON_OUVERTES: () => fr`Les inscriptions ne sont pas encore ouvertes : revenez à la date d'ouverture.`,
  INSCRIPTIONS_CLOSES: () => fr`Les inscriptions sont closes : la candidature ne peut plus être modifiée. Contactez le service des examens.`,
  DELAI_NON_ECHU: () => fr`Une candidature ne peut être annulée qu'après la clôture des inscriptions.`,
  DOSSIER_COMPLET: () => fr`Ce dossier est complet : la candidature ne peut pas être annulée.`,
};

export type TransitionResult =
  | { ok: true; to: CandidatureStatut }
  | { ok: false; code: TransitionErrorCode; message: string };

function refus(code: TransitionErrorCode, from: CandidatureStatut): TransitionResult {
  return { ok: false, code, message: MESSAGES[code](from) };
}

export function canTransition(from: CandidatureStatut, action: CandidatureAction, ctx: TransitionContext): TransitionResult {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(from)) return refus("TRANSITION_INTERDITE", from);
  if (!transition.actors.includes(ctx.actor)) return refus("ACTEUR_NON_AUTORISE", from);
  if (ctx.windowState !== transition.window) {
    if (transition.window === "CLOSE") return refus("DELAI_NON_ECHU", from);
    return refus(ctx.windowState === "A_VENIR" ? "INSCRIPTIONS_NON_OUVERTES" : "INSCRIPTIONS_CLOSES", from);
  }
  if (transition.siIncomplet && ctx.dossierComplet !== false) return refus("DOSSIER_COMPLET", from);
  return { ok: true, to: transition.to ?? from };
}

/** The actions this actor may take now, e.g. to choose which buttons to show. */
export function allowedActions(from: CandidatureStatut, ctx: TransitionContext): CandidatureAction[] {
  return ACTIONS.filter((action) => canTransition(from, action, ctx).ok);
}
