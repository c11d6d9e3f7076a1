import type { Clock } from "../clock";

// Single-use links sent by mail. Activation: 48 hours [C:NI, C:AX22 "vous avez 48h pour cliquer
// sur le lien « Activer mon compte », sinon votre compte sera supprimé"]; password reset: 1 hour
// [issue 3]; e-mail change: 24 hours; staff invitation: 7 days (an admin invites ahead of a session).
export type TokenKind = "ACTIVATION" | "PASSWORD_RESET" | "EMAIL_CHANGE" | "INVITATION";

const HOUR_MS = 60 * 60 * 1000;

export const TOKEN_LIFETIME_MS: Record<TokenKind, number> = {
  ACTIVATION: 48 * HOUR_MS,
  PASSWORD_RESET: 1 * HOUR_MS,
  EMAIL_CHANGE: 24 * HOUR_MS,
  INVITATION: 7 * 24 * HOUR_MS,
};

/** How long a link stays valid, in words for the mail ("48 heures", "1 heure", "7 jours"). */
export const TOKEN_LIFETIME_TEXT: Record<TokenKind, string> = {
  ACTIVATION: "48\u00a0heures",
  PASSWORD_RESET: "1\u00a0heure",
  EMAIL_CHANGE: "24\u00a0heures",
  INVITATION: "7\u00a0jours",
};

/** At most this many links of one kind per account per hour: the rest are not sent (no mailbox flooding). */
export const TOKENS_PER_HOUR = 5;

export function tokenExpiresAt(kind: TokenKind, clock: Clock): Date {
  return new Date(clock.now().getTime() + TOKEN_LIFETIME_MS[kind]);
}

export type TokenState = "valide" | "expire" | "utilise";

/** A used link stays "used" after its expiry (the clearer message); expiry is exclusive: at expiresAt it has expired. */
export function tokenState(token: { expiresAt: Date; usedAt: Date | null }, clock: Clock): TokenState {
  if (token.usedAt) return "utilise";
  return clock.now().getTime() >= token.expiresAt.getTime() ? "expire" : "valide";
}

export function isTokenExpired(token: { expiresAt: Date }, clock: Clock): boolean {
  return clock.now().getTime() >= token.expiresAt.getTime();
}

/** The instant before which an unactivated candidate account created at `createdAt`… is purged (createdAt + 48 h). */
export function activationDeadline(createdAt: Date): Date {
  return new Date(createdAt.getTime() + TOKEN_LIFETIME_MS.ACTIVATION);
}
