import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOutboxMailer } from "./outbox-mailer";
import { extractLinks, readOutbox, waitForMail } from "./read-outbox";

const FROM = "Portail <ne-pas-repondre@candidats.example.fr>";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "outbox-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function send(to: string, subject: string) {
  return createOutboxMailer({ dir, from: FROM }).send({ to, subject, text: subject, html: `<p>${subject}</p>` });
}

describe("readOutbox", () => {
  it("is empty for a missing folder", async () => {
    expect(await readOutbox(path.join(dir, "absent"))).toEqual([]);
  });

  it("filters by recipient (case-insensitive), subject and time", async () => {
    await send("alice@example.fr", "Activez votre compte");
    await send("bob@example.fr", "Activez votre compte");
    await new Promise((r) => setTimeout(r, 5));
    const since = new Date();
    await send("Alice@Example.fr", "Votre candidature est enregistrée");

    expect((await readOutbox(dir)).map((m) => m.to)).toEqual(["alice@example.fr", "bob@example.fr", "alice@example.fr"]);
    expect((await readOutbox(dir, { to: "ALICE@example.fr" })).map((m) => m.subject)).toEqual([
      "Votre candidature est enregistrée",
      "Activez votre compte",
    ]);
    expect((await readOutbox(dir, { subjectIncludes: "Activez" })).map((m) => m.to)).toEqual(["bob@example.fr", "alice@example.fr"]);
    expect((await readOutbox(dir, { since })).map((m) => m.subject)).toEqual(["Votre candidature est enregistrée"]);
    expect(await readOutbox(dir, { to: "bob@example.fr", since })).toEqual([]);
  });

  it("ignores temporary and foreign files", async () => {
    await send("alice@example.fr", "Bonjour");
    await writeFile(path.join(dir, ".2026-01-01T000000.000Z-aaaa-x.eml.1234.tmp"), "From: half");
    await writeFile(path.join(dir, "README.txt"), "not a message");
    expect(await readOutbox(dir)).toHaveLength(1);
  });
});

describe("waitForMail", () => {
  it("returns a message that arrives while it waits", async () => {
    const waiting = waitForMail(dir, { to: "late@example.fr" }, 5_000);
    setTimeout(() => void send("late@example.fr", "Enfin"), 150);
    expect((await waiting).subject).toBe("Enfin");
  });

  it("says what the outbox holds when nothing matches in time", async () => {
    await send("other@example.fr", "Autre sujet");
    await expect(waitForMail(dir, { to: "nobody@example.fr" }, 200)).rejects.toThrow(/Aucun courriel[\s\S]*other@example\.fr « Autre sujet »/);
  });
});

describe("extractLinks", () => {
  it("finds http(s) links without trailing punctuation", () => {
    const text = [
      "Activez votre compte : https://candidats.example.fr/activation?jeton=a1b2&x=1.",
      "Aide (https://example.fr/aide) ou http://localhost:3000/connexion, puis « https://example.fr/a_(b) ».",
      "ftp://example.fr n'est pas un lien web.",
    ].join("\n");
    expect(extractLinks(text)).toEqual([
      "https://candidats.example.fr/activation?jeton=a1b2&x=1",
      "https://example.fr/aide",
      "http://localhost:3000/connexion",
      "https://example.fr/a_(b)",
    ]);
  });
});
