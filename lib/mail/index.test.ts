import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MailMessage } from "./types";

// env() is read once per module instance: each test loads lib/mail afresh with its own environment.
async function loadMail(vars: Record<string, string>) {
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  return import("./index");
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "outbox-"));
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

const message: MailMessage = { to: "a@example.fr", subject: "Sujet", text: "Texte", html: "<p>Texte</p>" };

describe("getMailer", () => {
  it("writes to MAIL_OUTBOX_DIR when SMTP_URL is not set", async () => {
    const { sendMail } = await loadMail({ SMTP_URL: "", MAIL_OUTBOX_DIR: dir });
    await sendMail(message);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it("can be replaced in tests and restored", async () => {
    const { sendMail, setMailerForTests, getMailer } = await loadMail({ SMTP_URL: "", MAIL_OUTBOX_DIR: dir });
    const sent: MailMessage[] = [];
    setMailerForTests({ send: async (m) => void sent.push(m) });
    await sendMail(message);
    expect(sent).toEqual([message]);
    expect(await readdir(dir)).toHaveLength(0);

    setMailerForTests(null);
    await getMailer().send(message);
    expect(await readdir(dir)).toHaveLength(1);
  });

  it("uses SMTP when SMTP_URL is set", async () => {
    // Port 9 on localhost (discard) refuses the connection: the SMTP path was taken, not the outbox.
    const { sendMail } = await loadMail({ SMTP_URL: "smtp://127.0.0.1:9", MAIL_OUTBOX_DIR: dir });
    await expect(sendMail(message)).rejects.toThrow(/ECONNREFUSED|connect/);
    expect(await readdir(dir)).toHaveLength(0);
  });
});
