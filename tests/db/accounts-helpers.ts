// Shared by the accounts database tests: a mailer that keeps messages in memory, and factories.
import type { Db } from "@/lib/db";
import { calendarDateToUtc } from "@/lib/domain/account/birth-date";
import type { CreateAccountInput } from "@/lib/domain/account/schemas";
import { extractLinks } from "@/lib/mail/read-outbox";
import { setMailerForTests, type MailMessage } from "@/lib/mail";
import { runPendingJobs } from "@/lib/jobs/run-pending";
import { createAccount } from "@/lib/server/accounts/create-account";
import { hashPassword } from "@/lib/server/auth/password";

export const sent: MailMessage[] = [];

/** Captures mail in memory from now on; what earlier tests queued is delivered first, then forgotten. */
export async function captureMail(): Promise<void> {
  setMailerForTests({ send: async (m) => void sent.push(m) });
  await runPendingJobs(["courriel"]);
  sent.length = 0;
}

/** Runs the queued mail jobs now, as the worker would (the captured mailer receives them). */
export async function deliverMail(): Promise<void> {
  await runPendingJobs(["courriel"]);
}

export async function mailsTo(address: string): Promise<MailMessage[]> {
  await deliverMail();
  return sent.filter((m) => m.to.toLowerCase() === address.toLowerCase());
}

/** The token carried by the last link of that path in the last mail to `address`. */
export async function tokenFromMail(address: string, path: string): Promise<string> {
  const mail = (await mailsTo(address)).at(-1);
  if (!mail) throw new Error(`Aucun courriel pour ${address}`);
  const link = extractLinks(mail.text).find((l) => new URL(l).pathname === path);
  if (!link) throw new Error(`Aucun lien ${path} dans « ${mail.subject} »`);
  return new URL(link).searchParams.get("jeton") ?? "";
}

let counter = 0;
export function uniqueEmail(prefix = "candidat"): string {
  counter += 1;
  return `${prefix}.${Date.now()}.${counter}@example.fr`;
}

export function candidateInput(email: string, overrides: Partial<CreateAccountInput> = {}): CreateAccountInput {
  return {
    civilite: "MADAME",
    nomNaissance: "Exemple",
    nomUsage: null,
    prenoms: "Camille Marie",
    dateNaissance: { year: 2001, month: 3, day: 14 },
    paysNaissance: "FR",
    email,
    password: "Mot-de-passe-1!",
    ...overrides,
  };
}

export const PASSWORD = "Mot-de-passe-1!";

/** An activated account, straight in the database. */
export async function activeAccount(db: Db, email: string, options: { role?: "CANDIDAT" | "GESTIONNAIRE" | "ADMIN_ACADEMIE" | "ADMIN_NATIONAL"; academieId?: string | null; at?: Date } = {}) {
  const at = options.at ?? new Date("2026-11-01T08:00:00Z");
  return db.account.create({
    data: {
      email,
      emailNormalized: email.toLowerCase(),
      nomNaissance: "Essai",
      prenoms: "Dominique",
      civilite: "MONSIEUR",
      dateNaissance: calendarDateToUtc({ year: 1990, month: 1, day: 2 }),
      paysNaissance: "FR",
      passwordHash: await hashPassword(PASSWORD),
      passwordChangedAt: at,
      role: options.role ?? "CANDIDAT",
      academieId: options.academieId ?? null,
      activatedAt: at,
      createdAt: at,
    },
  });
}

export async function academie(db: Db, code: string, nom: string) {
  return db.academie.upsert({
    where: { code },
    create: { code, slug: `test-${code}`, nom, timeZone: "Europe/Paris", departements: [] },
    update: {},
  });
}

/** createAccount, for tests that do not exercise its rate limit: a refusal fails the test. */
export async function signUp(...args: Parameters<typeof createAccount>) {
  const result = await createAccount(...args);
  if (result.outcome === "limite") throw new Error(result.message);
  return result;
}
