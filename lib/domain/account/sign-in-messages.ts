import { zonedParts } from "../calendar";
import { fr } from "../typographie";
import { SIGN_IN_THROTTLE } from "./throttle";

// Codes of a refused sign-in (lib/auth.ts) → what the person reads.
export type SignInRefusalKind = "identifiants" | "verrouille" | "non_active" | "desactive" | "erreur";

/** "14 h 15": the unlock time, on the Paris clock like every time Cyclades shows. */
export function heureParis(instant: Date): string {
  const p = zonedParts(instant, "Europe/Paris");
  return `${p.hour}\u00a0h\u00a0${String(p.minute).padStart(2, "0")}`;
}

export function parseRefusalCode(code: string): { kind: SignInRefusalKind; detail: string } {
  const [kind = "", detail = ""] = code.split(/:(.*)/s);
  const known: SignInRefusalKind[] = ["identifiants", "verrouille", "non_active", "desactive"];
  return { kind: (known as string[]).includes(kind) ? (kind as SignInRefusalKind) : kind === "erreur" ? "erreur" : "identifiants", detail };
}

export function signInRefusalMessage(code: string): string {
  const { kind, detail } = parseRefusalCode(code);
  switch (kind) {
    case "verrouille": {
      const minutes = SIGN_IN_THROTTLE.lockMs / 60_000;
      return fr`Trop de tentatives de connexion ont échoué : par sécurité, la connexion est bloquée pendant ${minutes} minutes, jusqu'à ${heureParis(new Date(detail))} (heure de Paris). Réessayez ensuite, ou choisissez un nouveau mot de passe avec « Mot de passe oublié ».`;
    }
    case "non_active":
      return fr`Votre compte n'est pas encore activé : cliquez sur le lien « Activer mon compte » du courriel reçu à sa création (valable 48 heures), ou demandez un nouveau lien d'activation.`;
    case "desactive":
      return fr`Ce compte est désactivé : contactez le service gestionnaire de votre académie.`;
    case "erreur":
      return fr`La connexion n'a pas pu aboutir à cause d'une erreur technique. Réessayez dans quelques instants.`;
    case "identifiants": {
      const base = fr`Adresse mail ou mot de passe incorrect.`;
      const remaining = Number(detail);
      if (detail !== "" && Number.isInteger(remaining) && remaining > 0 && remaining <= 3) {
        const echecs = remaining > 1 ? `${remaining} nouveaux échecs` : "1 nouvel échec";
        return `${base} ${fr`Attention : après ${echecs}, la connexion sera bloquée pendant 15 minutes.`}`;
      }
      return base;
    }
  }
}
