import { z } from "zod";
import { isLoopbackDatabaseUrl, isLoopbackUrl } from "./domain/loopback";

// Every variable is optional: the portal starts with no environment at all (embedded database,
// file outbox, local storage). Messages are plain French for whoever deploys it.
const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "true" || v === "1"));

/** A variable that may be absent or empty (both mean unset), else must match `schema`. */
const optionalText = <T extends z.ZodType<string | undefined>>(schema: T) => schema.optional().or(z.literal("").transform(() => undefined));

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
  // An S3-compatible bucket instead of STORAGE_DIR, for several instances: all five or none.
  STORAGE_S3_ENDPOINT: optionalText(
    z.url({ protocol: /^https?$/, error: "STORAGE_S3_ENDPOINT doit être l'adresse complète du service S3, par exemple https://s3.fr-par.scw.cloud." }),
  ),
  STORAGE_S3_BUCKET: optionalText(
    z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        "STORAGE_S3_BUCKET doit être un nom de compartiment S3 : 3 à 63 caractères, lettres minuscules, chiffres, points et tirets.",
      ),
  ),
  STORAGE_S3_REGION: optionalText(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "STORAGE_S3_REGION doit être une région S3, par exemple eu-west-3 ou fr-par.")),
  STORAGE_S3_ACCESS_KEY_ID: optionalText(z.string().min(1)),
  STORAGE_S3_SECRET_ACCESS_KEY: optionalText(z.string().min(1)),
  STORAGE_S3_FORCE_PATH_STYLE: booleanFlag,
  // The PAdES seal of generated documents: a PKCS#12 file (key + certificate) and its passphrase.
  SEAL_P12_PATH: optionalText(
    z.string().regex(/\.(p12|pfx)$/i, "SEAL_P12_PATH doit être le chemin d'un fichier PKCS#12 (.p12 ou .pfx) : la clé et le certificat du cachet des documents."),
  ),
  SEAL_P12_PASSPHRASE: z.string().optional(),
  SEED_DEMO: booleanFlag,
  TEST_CLOCK: booleanFlag,
});

const defaultAppUrl = (port: number) => `http://localhost:${port}`;

type Issue = { variable: string; message: string };

// Rules between variables, once each is valid: a real deployment (PostgreSQL) says where it is
// served, and what only a test or a trial may use stays on a portal only this machine reaches.
function deploymentIssues(e: z.infer<typeof envSchema>): Issue[] {
  const issues: Issue[] = [];
  if (e.DATABASE_URL && !e.APP_URL) {
    issues.push({
      variable: "APP_URL",
      message:
        "APP_URL est obligatoire avec DATABASE_URL : c'est l'adresse publique du portail, celle des liens envoyés par courriel (par exemple https://candidats.example.fr).",
    });
  }
  const appUrl = e.APP_URL ?? defaultAppUrl(e.PORT);
  // Anyone who reaches a portal with TEST_CLOCK may choose its "now" (register after a deadline,
  // keep an expired link alive): only on this machine, and never against a database elsewhere.
  if (e.TEST_CLOCK && !isLoopbackUrl(appUrl)) {
    issues.push({
      variable: "TEST_CLOCK",
      message: `TEST_CLOCK laisse chaque navigateur choisir l'heure du serveur : il est réservé aux tests de bout en bout, sur un portail servi à cette seule machine. Retirez TEST_CLOCK, ou donnez à APP_URL une adresse locale (http://localhost:${e.PORT}) au lieu de ${appUrl}.`,
    });
  } else if (e.TEST_CLOCK && e.DATABASE_URL && !isLoopbackDatabaseUrl(e.DATABASE_URL)) {
    issues.push({
      variable: "TEST_CLOCK",
      message:
        "TEST_CLOCK laisse chaque navigateur choisir l'heure du serveur : il est refusé avec une base de données sur une autre machine (DATABASE_URL). Retirez TEST_CLOCK, ou utilisez une base locale (127.0.0.1).",
    });
  }
  if (e.SEAL_P12_PASSPHRASE !== undefined && e.SEAL_P12_PASSPHRASE !== "" && !e.SEAL_P12_PATH) {
    issues.push({
      variable: "SEAL_P12_PASSPHRASE",
      message: "SEAL_P12_PASSPHRASE est la phrase de passe du fichier donné par SEAL_P12_PATH : indiquez aussi SEAL_P12_PATH (le fichier .p12 du cachet), ou retirez SEAL_P12_PASSPHRASE.",
    });
  }
  if (e.SEED_DEMO === true && !isLoopbackUrl(appUrl)) {
    issues.push({
      variable: "SEED_DEMO",
      message: `Les données de démonstration (sessions et comptes fictifs) sont refusées sur un portail public (APP_URL=${appUrl}) : retirez SEED_DEMO ou mettez SEED_DEMO=false. Pour un essai, gardez une adresse locale (http://localhost:${e.PORT}).`,
    });
  }
  return issues;
}

const S3_VARIABLES = ["STORAGE_S3_ENDPOINT", "STORAGE_S3_BUCKET", "STORAGE_S3_REGION", "STORAGE_S3_ACCESS_KEY_ID", "STORAGE_S3_SECRET_ACCESS_KEY"] as const;

// The S3 bucket is all or nothing: half a configuration would silently keep files on one machine.
function storageIssues(e: z.infer<typeof envSchema>): Issue[] {
  const manquantes = S3_VARIABLES.filter((v) => e[v] === undefined);
  const demande = manquantes.length < S3_VARIABLES.length || e.STORAGE_S3_FORCE_PATH_STYLE !== undefined;
  if (demande && manquantes.length > 0) {
    return [
      {
        variable: manquantes.join(", "),
        message: `Le stockage S3 demande ces cinq variables ensemble : ${S3_VARIABLES.join(", ")} ; il manque ${manquantes.join(", ")}. Donnez-les toutes, ou retirez les variables STORAGE_S3_* pour garder les fichiers dans STORAGE_DIR.`,
      },
    ];
  }
  // Candidates' documents are personal data: never in clear over the network.
  if (e.STORAGE_S3_ENDPOINT?.startsWith("http:") && !isLoopbackUrl(e.STORAGE_S3_ENDPOINT)) {
    return [
      {
        variable: "STORAGE_S3_ENDPOINT",
        message: `STORAGE_S3_ENDPOINT doit être en https:// : les pièces des candidats sont des données personnelles. http:// n'est accepté que vers cette machine (par exemple http://127.0.0.1:9000), pas vers ${new URL(e.STORAGE_S3_ENDPOINT).host}.`,
      },
    ];
  }
  return [];
}

function invalid(issues: readonly Issue[]): Error {
  const lines = issues.map((i) => `- ${i.variable} : ${i.message}`);
  return new Error(`Configuration invalide :\n${lines.join("\n")}\nVoir .env.example.`);
}

export type Env = Omit<z.infer<typeof envSchema>, "APP_URL"> & { APP_URL: string };

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) throw invalid(result.error.issues.map((i) => ({ variable: i.path.join("."), message: i.message })));
  const issues = [...deploymentIssues(result.data), ...storageIssues(result.data)];
  if (issues.length > 0) throw invalid(issues);
  // Links in e-mails point to the port the portal listens on unless a public address is given.
  return { ...result.data, APP_URL: result.data.APP_URL ?? defaultAppUrl(result.data.PORT) };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The S3-compatible bucket for documents, or null for the local folder (STORAGE_DIR). */
export function storageS3(e: Env = env()) {
  const { STORAGE_S3_ENDPOINT: endpoint, STORAGE_S3_BUCKET: bucket, STORAGE_S3_REGION: region } = e;
  const { STORAGE_S3_ACCESS_KEY_ID: accessKeyId, STORAGE_S3_SECRET_ACCESS_KEY: secretAccessKey } = e;
  if (!endpoint || !bucket || !region || !accessKeyId || !secretAccessKey) return null;
  return { endpoint, bucket, region, accessKeyId, secretAccessKey, forcePathStyle: e.STORAGE_S3_FORCE_PATH_STYLE ?? false };
}

/**
 * Demo accounts and sessions are seeded on the embedded database served locally unless SEED_DEMO
 * says otherwise; never with a public APP_URL (parseEnv refuses SEED_DEMO=true there).
 */
export function seedDemo(e: Env = env()): boolean {
  return e.SEED_DEMO ?? (!e.DATABASE_URL && isLoopbackUrl(e.APP_URL));
}

/**
 * The address `next start` must listen on: with TEST_CLOCK, the loopback interface only, so that
 * no other machine reaches a server whose clock a cookie sets; otherwise Next's default (every
 * interface), for a reverse proxy or a container.
 */
export function listenHost(e: Env = env()): string | undefined {
  if (!e.TEST_CLOCK) return undefined;
  return new URL(e.APP_URL).hostname === "[::1]" ? "::1" : "127.0.0.1";
}
