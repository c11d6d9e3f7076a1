import { describe, expect, it } from "vitest";
import { parseEnv, seedDemo } from "./env";

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
    const e = parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/portail" });
    expect(e.DATABASE_URL).toBe("postgresql://postgres@127.0.0.1:5432/portail");
    expect(seedDemo(e)).toBe(false);
    expect(seedDemo(parseEnv({ DATABASE_URL: "postgresql://h/p", SEED_DEMO: "true" }))).toBe(true);
  });

  it("explains every wrong variable in plain French", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "court", SMTP_URL: "http://x" })).toThrowError(
      /Configuration invalide :\n- DATABASE_URL : DATABASE_URL doit être une adresse PostgreSQL.*\n- AUTH_SECRET : AUTH_SECRET doit contenir au moins 32 caractères.*\n- SMTP_URL : SMTP_URL doit commencer par smtp:\/\/ ou smtps:\/\/\.\nVoir \.env\.example\./s,
    );
  });
});
