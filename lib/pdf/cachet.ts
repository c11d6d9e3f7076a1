import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, type Env } from "@/lib/env";
import { CertificatInvalideError, genererCertificatAutoSigne, lireCertificat, type CertificatInfo } from "./certificat";
import type { Cachet } from "./seal";

// Where the seal's key and certificate come from. Configured (SEAL_P12_PATH, SEAL_P12_PASSPHRASE):
// that file, the same on every instance. Not configured, on the embedded database: a self-signed
// certificate made at the first start and kept beside the database (.data/cachet.p12, like
// .data/auth-secret), with an empty passphrase: the file's permissions protect it, as they do the
// secret. Not configured on PostgreSQL: refused, since each instance would seal with its own key.

export const CACHET_PAR_DEFAUT = "cachet.p12";
const NOM_AUTO_SIGNE = "Portail des candidats individuels (cachet auto-signé)";

export type CachetCharge = Cachet & { fichier: string | null; info: CertificatInfo };

export class CachetIndisponibleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CachetIndisponibleError";
  }
}

/** The embedded default's file, or null for an in-memory database (tests): then kept in memory. */
export function fichierCachetParDefaut(e: Env): string | null {
  if (e.PGLITE_DATA_DIR.startsWith("memory://")) return null;
  return path.join(path.dirname(e.PGLITE_DATA_DIR), CACHET_PAR_DEFAUT);
}

/** Creates the self-signed P12 at `fichier` unless it exists; two processes at once keep one. */
export function creerCachetAutoSigne(fichier: string, now = new Date()): boolean {
  mkdirSync(path.dirname(fichier), { recursive: true, mode: 0o700 });
  const temp = `${fichier}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(temp, genererCertificatAutoSigne({ nom: NOM_AUTO_SIGNE, passphrase: "", now }), { mode: 0o600 });
  try {
    linkSync(temp, fichier);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

function ouvrir(fichier: string, passphrase: string, variable: string, now: Date): CachetCharge {
  let p12: Uint8Array;
  try {
    p12 = new Uint8Array(readFileSync(fichier));
  } catch (error) {
    throw new CachetIndisponibleError(`${variable} : le fichier du cachet ${fichier} ne peut pas être lu (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  let info: CertificatInfo;
  try {
    info = lireCertificat(p12, passphrase);
  } catch (error) {
    if (error instanceof CertificatInvalideError) throw new CachetIndisponibleError(`${variable} : ${fichier} ne peut pas servir de cachet : ${error.message}.`);
    throw error;
  }
  if (info.fin.getTime() <= now.getTime())
    throw new CachetIndisponibleError(`${variable} : le certificat du cachet (${info.sujet}) a expiré le ${info.fin.toISOString().slice(0, 10)} : remplacez-le.`);
  return { p12, passphrase, fichier, info };
}

let memoire: CachetCharge | undefined;

/**
 * The seal to use, checked (the file opens with its passphrase, its certificate matches its key
 * and has not expired); creates the embedded default when it is missing. Throws
 * CachetIndisponibleError with a French sentence for whoever deploys the portal.
 */
export function chargerCachet(e: Env = env(), now = new Date()): CachetCharge {
  if (e.SEAL_P12_PATH) return ouvrir(e.SEAL_P12_PATH, e.SEAL_P12_PASSPHRASE ?? "", "SEAL_P12_PATH", now);
  if (e.DATABASE_URL)
    throw new CachetIndisponibleError(
      "SEAL_P12_PATH est obligatoire avec DATABASE_URL (déploiement réel) : les confirmations d'inscription sont scellées avec le certificat de ce fichier PKCS#12, le même sur chaque instance. Indiquez son chemin (SEAL_P12_PATH) et sa phrase de passe (SEAL_P12_PASSPHRASE). Voir .env.example.",
    );
  const fichier = fichierCachetParDefaut(e);
  if (fichier === null) {
    memoire ??= (() => {
      const p12 = genererCertificatAutoSigne({ nom: NOM_AUTO_SIGNE, passphrase: "", now });
      return { p12, passphrase: "", fichier: null, info: lireCertificat(p12, "") };
    })();
    return memoire;
  }
  creerCachetAutoSigne(fichier, now);
  return ouvrir(fichier, "", "cachet par défaut", now);
}

let charge: { cachet: CachetCharge; until: number } | undefined;

/** chargerCachet, kept an hour per process (a replaced file is read again after that). */
export function getCachet(now = new Date()): CachetCharge {
  if (!charge || charge.until <= now.getTime()) charge = { cachet: chargerCachet(env(), now), until: now.getTime() + 3_600_000 };
  return charge.cachet;
}
