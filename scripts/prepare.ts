import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";

/** The embedded setup keeps a generated AUTH_SECRET in the data folder; a real deployment sets its own. */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const e = env();
  if (e.DATABASE_URL) {
    throw new Error(
      "AUTH_SECRET est obligatoire avec DATABASE_URL (déploiement réel) : générez-le avec « openssl rand -base64 32 » et gardez-le identique sur chaque instance.",
    );
  }
  const file = path.join(path.dirname(e.PGLITE_DATA_DIR), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
