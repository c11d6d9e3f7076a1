import { z } from "zod";

// Every variable is optional: the portal starts with no environment at all (embedded database,
// file outbox, local storage). Messages are plain French for whoever deploys it.
const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "true" || v === "1"));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL doit être une adresse PostgreSQL (postgresql://utilisateur@hôte:5432/base).")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.url("APP_URL doit être une adresse complète, par exemple https://candidats.example.fr.").optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET doit contenir au moins 32 caractères (par exemple : openssl rand -base64 32).").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL doit commencer par smtp:// ou smtps://.")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default("Portail des candidats individuels <ne-pas-repondre@candidats.example.fr>"),
  MAIL_OUTBOX_DIR: z.string().min(1).default(".data/outbox"),
  STORAGE_DIR: z.string().min(1).default(".data/fichiers"),
  SEED_DEMO: booleanFlag,
  TEST_CLOCK: booleanFlag,
});

export type Env = Omit<z.infer<typeof envSchema>, "APP_URL"> & { APP_URL: string };

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `- ${i.path.join(".")} : ${i.message}`);
    throw new Error(`Configuration invalide :\n${lines.join("\n")}\nVoir .env.example.`);
  }
  // Links in e-mails point to the port the portal listens on unless a public address is given.
  return { ...result.data, APP_URL: result.data.APP_URL ?? `http://localhost:${result.data.PORT}` };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Demo accounts and sessions are seeded on the embedded database unless SEED_DEMO says otherwise. */
export function seedDemo(e: Env = env()): boolean {
  return e.SEED_DEMO ?? !e.DATABASE_URL;
}
