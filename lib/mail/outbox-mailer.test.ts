import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOutboxMailer, outboxTimestamp, parseOutboxTimestamp, sanitiseRecipient } from "./outbox-mailer";
import { readOutbox } from "./read-outbox";

const FROM = "Portail des candidats individuels <ne-pas-repondre@candidats.example.fr>";
const SUBJECT = "Activez votre compte – délai de 48 h";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "outbox-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("createOutboxMailer", () => {
  it("writes one parsable .eml per message, accented subject and both parts intact", async () => {
    const mailer = createOutboxMailer({ dir, from: FROM });
    await mailer.send({
      to: "Élodie Martin <Elodie.Martin@example.fr>",
      subject: SUBJECT,
      text: "Bonjour Élodie,\nCliquez sur le lien : https://candidats.example.fr/activation/abc",
      html: "<p>Bonjour Élodie, l’accès est « ouvert ».</p>",
      replyTo: "scolarite@ac-exemple.fr",
    });

    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    const [file] = files as [string];
    expect(file).toMatch(/^\d{4}-\d{2}-\d{2}T\d{6}\.\d{3}Z-[0-9a-f]{8}-elodie\.martin@example\.fr\.eml$/);

    const raw = await readFile(path.join(dir, file), "utf8");
    expect(raw).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    expect(raw).toContain("multipart/alternative");
    expect(raw).toMatch(/^Reply-To: scolarite@ac-exemple\.fr\r$/m);
    expect(raw).toMatch(/^To: =\?UTF-8\?Q\?=C3=89lodie_Martin\?= <Elodie\.Martin@example\.fr>\r$/m);
    // RFC 5322 line endings, and nothing but ASCII on the wire.
    expect(raw.replace(/\r\n/g, "")).not.toContain("\n");
    expect(raw).toMatch(/^[\x00-\x7f]*$/);

    const [message, ...others] = await readOutbox(dir);
    expect(others).toHaveLength(0);
    expect(message).toMatchObject({
      file: path.join(dir, file),
      to: "elodie.martin@example.fr",
      subject: SUBJECT,
      html: "<p>Bonjour Élodie, l’accès est « ouvert ».</p>",
    });
    expect(message?.text.trim()).toBe("Bonjour Élodie,\nCliquez sur le lien : https://candidats.example.fr/activation/abc");
    expect(message?.date.getTime()).toBe(parseOutboxTimestamp(file)?.getTime());
  });

  it("names files so that they sort in sending order, even within one millisecond, and leaves no temporary file", async () => {
    const mailer = createOutboxMailer({ dir, from: FROM });
    for (const n of [1, 2, 3, 4, 5]) {
      await mailer.send({ to: "a@example.fr", subject: `Message ${n}`, text: `${n}`, html: `<p>${n}</p>` });
    }
    const names = await readdir(dir);
    expect(names).toHaveLength(5);
    expect(names.every((n) => n.endsWith(".eml") && !n.startsWith("."))).toBe(true);
    expect(new Set(names).size).toBe(5);

    const messages = await readOutbox(dir);
    expect(messages.map((m) => m.subject)).toEqual(["Message 5", "Message 4", "Message 3", "Message 2", "Message 1"]);
    const byName = [...names].sort().map((n) => messages.find((m) => path.basename(m.file) === n)?.subject);
    expect(byName).toEqual(["Message 1", "Message 2", "Message 3", "Message 4", "Message 5"]);
  });

  it("keeps every message when many are sent at once", async () => {
    const mailer = createOutboxMailer({ dir, from: FROM });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => mailer.send({ to: "b@example.fr", subject: `Lot ${i}`, text: "x", html: "<p>x</p>" })),
    );
    expect(await readdir(dir)).toHaveLength(20);
    expect(new Set((await readOutbox(dir)).map((m) => m.subject)).size).toBe(20);
  });

  it("creates the folder when it is missing", async () => {
    const nested = path.join(dir, "a", "b");
    await createOutboxMailer({ dir: nested, from: FROM }).send({ to: "c@example.fr", subject: "S", text: "t", html: "<p>h</p>" });
    expect(await readdir(nested)).toHaveLength(1);
  });
});

describe("file names", () => {
  it("uses a colon-free ISO timestamp that parses back", () => {
    const at = new Date("2026-01-15T09:05:07.042Z");
    expect(outboxTimestamp(at)).toBe("2026-01-15T090507.042Z");
    expect(parseOutboxTimestamp(`${outboxTimestamp(at)}-abcd1234-x.eml`)?.toISOString()).toBe(at.toISOString());
    expect(parseOutboxTimestamp("notes.eml")).toBeNull();
  });

  it("sanitises the recipient", () => {
    expect(sanitiseRecipient("Jean Dupont <Jean.Dupont@Example.fr>")).toBe("jean.dupont@example.fr");
    expect(sanitiseRecipient("../../etc/passwd")).toBe("etc_passwd");
    expect(sanitiseRecipient("   ")).toBe("destinataire");
    expect(sanitiseRecipient(`${"x".repeat(200)}@example.fr`)).toHaveLength(80);
  });
});
