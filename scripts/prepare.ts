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

/**
 * The seal of the confirmations d'inscription (lib/pdf/cachet.ts): the configured PKCS#12 file is
 * opened and checked now, so that a wrong path or passphrase stops the start with a French message
 * instead of failing at the first ENREGISTRER; on the embedded database without one, a
 * self-signed certificate is created at the first start. On PostgreSQL without SEAL_P12_PATH the
 * portal refuses to start.
 */
export async function ensureSealCertificate(): Promise<string> {
  const { chargerCachet, fichierCachetParDefaut } = await import("../lib/pdf/cachet");
  const e = env();
  const existait = !e.SEAL_P12_PATH && !e.DATABASE_URL ? existsSync(fichierCachetParDefaut(e) ?? "") : true;
  const cachet = chargerCachet(e);
  const fin = cachet.info.fin.toISOString().slice(0, 10);
  if (e.SEAL_P12_PATH) return `Cachet des documents : ${cachet.info.sujet} (${e.SEAL_P12_PATH}), valable jusqu'au ${fin}.`;
  return `Cachet des documents : certificat auto-signé ${existait ? "" : "créé "}dans ${cachet.fichier} (essai local ; en production, SEAL_P12_PATH), valable jusqu'au ${fin}.`;
}
