import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { SESSION_ABSOLUTE_MS } from "@/lib/domain/account/auth-session";
import { signInSchema } from "@/lib/domain/account/schemas";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { clientIpFrom } from "@/lib/server/auth/request-info";
import { signInWithPassword } from "@/lib/server/auth/sign-in-with-password";

// Auth.js v5 with e-mail + password (argon2id). The JWT cookie only carries the id of a
// server-side AuthSession and the account's session version; every request checks that row
// (lib/server/auth/current-account.ts), so sign-out, idle and absolute expiry and a password reset
// take effect at once. No Auth.js route handler is mounted: sign-in and sign-out go through server
// actions only (app/(public)/connexion, app/(public)/deconnexion).

declare module "next-auth" {
  interface User {
    sid?: string;
    sv?: number;
  }
  interface Session {
    sid?: string;
    sv?: number;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
    sv?: number;
  }
}

/**
 * A refused sign-in, with a code the sign-in action turns into French: "identifiants:<left>",
 * "verrouille:<ISO instant>", "non_active", "desactive", "formulaire".
 */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

export { SESSION_COOKIE_PATTERN } from "./auth-cookie";

function secret(): string {
  const value = env().AUTH_SECRET;
  if (!value) {
    throw new Error(
      "AUTH_SECRET n'est pas défini : lancez le portail avec « npm start » (qui le génère pour la base embarquée) ou définissez-le (openssl rand -base64 32).",
    );
  }
  return value;
}

export const { auth, signIn, signOut } = NextAuth(() => ({
  secret: secret(),
  trustHost: true,
  useSecureCookies: env().APP_URL.startsWith("https://"),
  session: { strategy: "jwt", maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000) },
  pages: { signIn: "/connexion", error: "/connexion" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new SignInRefused("formulaire");
        const result = await signInWithPassword(
          { ...parsed.data, ip: clientIpFrom(request.headers), userAgent: request.headers.get("user-agent") },
          { now: await now() },
        );
        if (!result.ok) {
          if (result.code === "verrouille") throw new SignInRefused(`verrouille:${result.until.toISOString()}`);
          if (result.code === "identifiants") throw new SignInRefused(`identifiants:${result.remaining}`);
          throw new SignInRefused(result.code);
        }
        return { id: result.accountId, sid: result.authSessionId, sv: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sid = user.sid;
        token.sv = user.sv;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: token.sid, sv: token.sv };
    },
  },
  logger: {
    error(error) {
      // A refused sign-in is an answer, not a fault; an expired or foreign cookie only means "signed out".
      if (error instanceof CredentialsSignin || error.name === "CredentialsSignin" || error.name === "JWTSessionError") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
    warn(code) {
      if (code !== "debug-enabled") console.warn(`[auth] ${code}`);
    },
    debug() {},
  },
}));
