import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { chargerCachet, CachetIndisponibleError, creerCachetAutoSigne } from "./cachet";
import { genererCertificatAutoSigne } from "./certificat";

const dir = mkdtempSync(path.join(tmpdir(), "cachet-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("chargerCachet: where the seal's certificate comes from", () => {
  it("embedded database: a self-signed certificate created beside it at the first start, kept private, the same afterwards", () => {
    const e = parseEnv({ PGLITE_DATA_DIR: path.join(dir, "defaut", "pglite") });
    const premier = chargerCachet(e);
    expect(premier.fichier).toBe(path.join(dir, "defaut", "cachet.p12"));
    expect(premier.info).toMatchObject({ autoSigne: true, sujet: "CN=Portail des candidats individuels (cachet auto-signé), O=Portail des candidats individuels, C=FR" });
    expect(statSync(premier.fichier!).mode & 0o777).toBe(0o600);
    expect(Buffer.from(chargerCachet(e).p12).equals(Buffer.from(premier.p12))).toBe(true);
    expect(creerCachetAutoSigne(premier.fichier!)).toBe(false);
  });

  it("in-memory database (tests): a certificate kept in memory", () => {
    expect(chargerCachet(parseEnv({ PGLITE_DATA_DIR: "memory://" })).fichier).toBeNull();
  });

  it("PostgreSQL without SEAL_P12_PATH: refused, saying what to set", () => {
    const e = parseEnv({ DATABASE_URL: "postgresql://portail@127.0.0.1:5432/portail", APP_URL: "https://candidats.example.fr" });
    expect(() => chargerCachet(e)).toThrow(CachetIndisponibleError);
    expect(() => chargerCachet(e)).toThrow(/^SEAL_P12_PATH est obligatoire avec DATABASE_URL \(déploiement réel\)/);
  });

  it("a configured file: opened with its passphrase, refused in French when it cannot seal", () => {
    const fichier = path.join(dir, "configure.p12");
    writeFileSync(fichier, genererCertificatAutoSigne({ nom: "Rectorat d’essai", passphrase: "bonne phrase" }));
    const base = { DATABASE_URL: "postgresql://portail@127.0.0.1:5432/portail", APP_URL: "https://candidats.example.fr", SEAL_P12_PATH: fichier };
    expect(chargerCachet(parseEnv({ ...base, SEAL_P12_PASSPHRASE: "bonne phrase" })).info.sujet).toMatch(/^CN=Rectorat d’essai,/);
    expect(() => chargerCachet(parseEnv({ ...base, SEAL_P12_PASSPHRASE: "mauvaise" }))).toThrow(
      `SEAL_P12_PATH : ${fichier} ne peut pas servir de cachet : le fichier PKCS#12 ne s'ouvre pas avec cette phrase de passe.`,
    );
    expect(() => chargerCachet(parseEnv({ ...base, SEAL_P12_PATH: path.join(dir, "absent.p12") }))).toThrow(/ne peut pas être lu \(ENOENT\)/);
    const pem = path.join(dir, "pas-un-p12.p12");
    writeFileSync(pem, "-----BEGIN CERTIFICATE-----\n");
    expect(() => chargerCachet(parseEnv({ ...base, SEAL_P12_PATH: pem }))).toThrow(/n'est pas un PKCS#12 lisible/);
  });

  it("an expired certificate is refused", () => {
    const fichier = path.join(dir, "expire.p12");
    writeFileSync(fichier, genererCertificatAutoSigne({ nom: "Ancien", passphrase: "", now: new Date("2010-01-01T00:00:00Z") }));
    expect(() => chargerCachet(parseEnv({ SEAL_P12_PATH: fichier }))).toThrow(/a expiré le 2020-01-01 : remplacez-le\./);
  });
});
