import { describe, expect, it } from "vitest";
import { listenHost, parseEnv, seedDemo } from "./env";

describe("parseEnv", () => {
  it("accepts no environment at all: embedded database, file outbox, local storage", () => {
    const e = parseEnv({});
    expect(e.DATABASE_URL).toBeUndefined();
    expect(e.PGLITE_DATA_DIR).toBe(".data/pglite");
    expect(e.MAIL_OUTBOX_DIR).toBe(".data/outbox");
    expect(e.STORAGE_DIR).toBe(".data/fichiers");
    expect(e.APP_URL).toBe("http://localhost:3000");
    expect(seedDemo(e)).toBe(true);
  });

  it("points APP_URL at the port unless a public address is given", () => {
    expect(parseEnv({ PORT: "3651" }).APP_URL).toBe("http://localhost:3651");
    expect(parseEnv({ PORT: "3651", APP_URL: "https://candidats.example.fr" }).APP_URL).toBe("https://candidats.example.fr");
  });

  it("treats empty values as unset and a PostgreSQL URL as the server database", () => {
    expect(parseEnv({ DATABASE_URL: "", SMTP_URL: "" }).DATABASE_URL).toBeUndefined();
    const e = parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/portail", APP_URL: "https://candidats.example.fr" });
    expect(e.DATABASE_URL).toBe("postgresql://postgres@127.0.0.1:5432/portail");
    expect(seedDemo(e)).toBe(false);
    expect(seedDemo(parseEnv({ DATABASE_URL: "postgresql://h/p", APP_URL: "http://localhost:3000", SEED_DEMO: "true" }))).toBe(true);
  });

  it("explains every wrong variable in plain French", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "court", SMTP_URL: "http://x" })).toThrowError(
      /Configuration invalide :\n- DATABASE_URL : DATABASE_URL doit être une adresse PostgreSQL.*\n- AUTH_SECRET : AUTH_SECRET doit contenir au moins 32 caractères.*\n- SMTP_URL : SMTP_URL doit commencer par smtp:\/\/ ou smtps:\/\/\.\nVoir \.env\.example\./s,
    );
  });
});

const PUBLIC = "https://candidats.example.fr";
const REMOTE_DB = "postgresql://portail:motdepasse@db.example.fr:5432/portail";

/** The French message parseEnv throws for this environment, or null when it is accepted. */
function refusal(source: Record<string, string>): string | null {
  try {
    parseEnv(source);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe("a real deployment", () => {
  it("requires APP_URL with DATABASE_URL: the links in e-mails need the public address", () => {
    expect(refusal({ DATABASE_URL: REMOTE_DB })).toBe(
      "Configuration invalide :\n- APP_URL : APP_URL est obligatoire avec DATABASE_URL : c'est l'adresse publique du portail, celle des liens envoyés par courriel (par exemple https://candidats.example.fr).\nVoir .env.example.",
    );
    expect(parseEnv({ DATABASE_URL: REMOTE_DB, APP_URL: PUBLIC }).APP_URL).toBe(PUBLIC);
  });

  it("checks the rules between variables once each variable is valid", () => {
    expect(refusal({ DATABASE_URL: REMOTE_DB, SMTP_URL: "http://x" })).toMatch(/^Configuration invalide :\n- SMTP_URL : [^\n]*\nVoir/);
    expect(refusal({ DATABASE_URL: REMOTE_DB, SMTP_URL: "smtp://x" })).toMatch(/^Configuration invalide :\n- APP_URL : /);
  });
});

describe("TEST_CLOCK (a cookie sets the server's now)", () => {
  it("is accepted on a portal served to this machine only, embedded or on a local PostgreSQL", () => {
    const local: Record<string, string>[] = [
      { TEST_CLOCK: "1" },
      { TEST_CLOCK: "1", PORT: "3600" },
      { TEST_CLOCK: "true", APP_URL: "http://localhost:3600" },
      { TEST_CLOCK: "1", APP_URL: "http://127.0.0.1:3600" },
      { TEST_CLOCK: "1", APP_URL: "http://[::1]:3600" },
      { TEST_CLOCK: "1", APP_URL: "http://localhost:3600", DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/portail_e2e_3600" },
      { TEST_CLOCK: "1", APP_URL: "http://localhost:3600", DATABASE_URL: "postgresql:///portail?host=/var/run/postgresql" },
    ];
    for (const source of local) {
      expect(refusal(source), JSON.stringify(source)).toBeNull();
      expect(parseEnv(source).TEST_CLOCK).toBe(true);
    }
  });

  it("refuses to start with a public APP_URL, whatever NODE_ENV says", () => {
    for (const NODE_ENV of ["production", "development", "test"]) {
      expect(refusal({ NODE_ENV, TEST_CLOCK: "1", APP_URL: PUBLIC }), NODE_ENV).toBe(
        "Configuration invalide :\n- TEST_CLOCK : TEST_CLOCK laisse chaque navigateur choisir l'heure du serveur : il est réservé aux tests de bout en bout, sur un portail servi à cette seule machine. Retirez TEST_CLOCK, ou donnez à APP_URL une adresse locale (http://localhost:3000) au lieu de https://candidats.example.fr.\nVoir .env.example.",
      );
    }
    // A name that merely contains "localhost", or credentials in front of a public host, are public.
    expect(refusal({ TEST_CLOCK: "1", APP_URL: "http://localhost.example.fr" })).toMatch(/TEST_CLOCK : /);
    expect(refusal({ TEST_CLOCK: "1", APP_URL: "http://localhost@candidats.example.fr" })).toMatch(/TEST_CLOCK : /);
    expect(refusal({ TEST_CLOCK: "1", APP_URL: "http://192.168.1.20:3000" })).toMatch(/TEST_CLOCK : /);
  });

  it("refuses a database on another machine even with a local APP_URL", () => {
    expect(refusal({ TEST_CLOCK: "1", APP_URL: "http://localhost:3000", DATABASE_URL: REMOTE_DB })).toMatch(
      /^Configuration invalide :\n- TEST_CLOCK : TEST_CLOCK .* refusé avec une base de données sur une autre machine \(DATABASE_URL\)\./,
    );
  });

  it("stays off when unset, false or empty, and then any deployment is accepted", () => {
    for (const TEST_CLOCK of ["0", "false", ""]) {
      expect(parseEnv({ TEST_CLOCK, APP_URL: PUBLIC, DATABASE_URL: REMOTE_DB }).TEST_CLOCK).not.toBe(true);
    }
  });

  it("makes `next start` listen on the loopback interface only", () => {
    expect(listenHost(parseEnv({ TEST_CLOCK: "1", APP_URL: "http://localhost:3600" }))).toBe("127.0.0.1");
    expect(listenHost(parseEnv({ TEST_CLOCK: "1", APP_URL: "http://127.0.0.1:3600" }))).toBe("127.0.0.1");
    expect(listenHost(parseEnv({ TEST_CLOCK: "1", APP_URL: "http://[::1]:3600" }))).toBe("::1");
    expect(listenHost(parseEnv({}))).toBeUndefined();
    expect(listenHost(parseEnv({ APP_URL: PUBLIC }))).toBeUndefined();
  });
});

describe("demo data (fictitious sessions and accounts)", () => {
  it("is on by default only for the embedded database served locally", () => {
    expect(seedDemo(parseEnv({}))).toBe(true);
    expect(seedDemo(parseEnv({ APP_URL: "http://127.0.0.1:3000" }))).toBe(true);
    expect(seedDemo(parseEnv({ APP_URL: PUBLIC }))).toBe(false);
    expect(seedDemo(parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/portail", APP_URL: "http://localhost:3000" }))).toBe(false);
    expect(seedDemo(parseEnv({ APP_URL: "http://localhost:3000", SEED_DEMO: "false" }))).toBe(false);
  });

  it("refuses to start when asked for with a public APP_URL, on either database", () => {
    const message =
      "Configuration invalide :\n- SEED_DEMO : Les données de démonstration (sessions et comptes fictifs) sont refusées sur un portail public (APP_URL=https://candidats.example.fr) : retirez SEED_DEMO ou mettez SEED_DEMO=false. Pour un essai, gardez une adresse locale (http://localhost:3000).\nVoir .env.example.";
    expect(refusal({ SEED_DEMO: "true", APP_URL: PUBLIC })).toBe(message);
    expect(refusal({ SEED_DEMO: "1", APP_URL: PUBLIC, DATABASE_URL: REMOTE_DB })).toBe(message);
    expect(refusal({ SEED_DEMO: "false", APP_URL: PUBLIC, DATABASE_URL: REMOTE_DB })).toBeNull();
  });

  it("names every broken rule at once", () => {
    expect(refusal({ SEED_DEMO: "true", TEST_CLOCK: "1", APP_URL: PUBLIC, DATABASE_URL: REMOTE_DB })).toMatch(
      /^Configuration invalide :\n- TEST_CLOCK : [^\n]*\n- SEED_DEMO : [^\n]*\nVoir \.env\.example\.$/,
    );
    // Without APP_URL the portal is on localhost: the demo is allowed, the remote database is not.
    expect(refusal({ SEED_DEMO: "true", TEST_CLOCK: "1", DATABASE_URL: REMOTE_DB })).toMatch(
      /^Configuration invalide :\n- APP_URL : [^\n]*\n- TEST_CLOCK : [^\n]*base de données sur une autre machine[^\n]*\nVoir \.env\.example\.$/,
    );
  });
});

describe("the seal of generated documents", () => {
  it("takes a PKCS#12 file and its passphrase, both optional on the embedded database", () => {
    expect(parseEnv({}).SEAL_P12_PATH).toBeUndefined();
    const e = parseEnv({ SEAL_P12_PATH: "/etc/portail/cachet.p12", SEAL_P12_PASSPHRASE: "phrase de passe" });
    expect(e).toMatchObject({ SEAL_P12_PATH: "/etc/portail/cachet.p12", SEAL_P12_PASSPHRASE: "phrase de passe" });
  });

  it("says in French what is wrong with the seal's variables", () => {
    expect(refusal({ SEAL_P12_PATH: "/etc/portail/cachet.pem" })).toMatch(/^Configuration invalide :\n- SEAL_P12_PATH : SEAL_P12_PATH doit être le chemin d'un fichier PKCS#12 \(\.p12 ou \.pfx\)/);
    expect(refusal({ SEAL_P12_PASSPHRASE: "secret" })).toMatch(/^Configuration invalide :\n- SEAL_P12_PASSPHRASE : SEAL_P12_PASSPHRASE est la phrase de passe du fichier donné par SEAL_P12_PATH/);
  });
});
