// Reads the file outbox written by outbox-mailer.ts. For tests and development tools only: it uses
// mailparser, a devDependency, and must not be imported by application code.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { simpleParser, type AddressObject } from "mailparser";
import { parseOutboxTimestamp } from "./outbox-mailer";

export type OutboxMessage = {
  /** Absolute path of the .eml file. */
  file: string;
  /** Recipient addresses, lower-cased and comma-separated when there are several. */
  to: string;
  subject: string;
  text: string;
  html: string;
  date: Date;
};

export type OutboxFilter = {
  /** Exact address, case-insensitive. */
  to?: string;
  subjectIncludes?: string;
  /** Only messages written at or after this instant. */
  since?: Date;
};

// Outbox files never change once renamed into place, so each is parsed once per process:
// waitForMail polls an outbox that may hold hundreds of messages.
const parsed = new Map<string, OutboxMessage>();

function addressesOf(to: AddressObject | AddressObject[] | undefined): string[] {
  const objects = to === undefined ? [] : Array.isArray(to) ? to : [to];
  return objects.flatMap((o) => o.value).flatMap((a) => (a.address ? [a.address.toLowerCase()] : []));
}

async function parseFile(file: string): Promise<OutboxMessage> {
  const cached = parsed.get(file);
  if (cached) return cached;
  const mail = await simpleParser(await readFile(file));
  const message: OutboxMessage = {
    file,
    to: addressesOf(mail.to).join(", "),
    subject: mail.subject ?? "",
    text: mail.text ?? "",
    html: typeof mail.html === "string" ? mail.html : "",
    // The file name keeps milliseconds, the Date header only seconds.
    date: parseOutboxTimestamp(path.basename(file)) ?? mail.date ?? new Date(0),
  };
  parsed.set(file, message);
  return message;
}

async function listEml(dir: string): Promise<string[]> {
  try {
    // Temporary files start with a dot and end in .tmp: never half a message.
    return (await readdir(dir)).filter((name) => name.endsWith(".eml") && !name.startsWith("."));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

/** Messages in the outbox that match every given filter, newest first. A missing folder is empty. */
export async function readOutbox(dir: string, filter: OutboxFilter = {}): Promise<OutboxMessage[]> {
  const root = path.resolve(dir);
  const names = await listEml(root);
  const since = filter.since?.getTime();
  const candidates = names.filter((name) => {
    const stamp = parseOutboxTimestamp(name);
    return since === undefined || stamp === null || stamp.getTime() >= since;
  });
  const messages = await Promise.all(candidates.map((name) => parseFile(path.join(root, name))));
  const to = filter.to?.trim().toLowerCase();
  return messages
    .filter((m) => to === undefined || m.to.split(", ").includes(to))
    .filter((m) => filter.subjectIncludes === undefined || m.subject.includes(filter.subjectIncludes))
    .filter((m) => since === undefined || m.date.getTime() >= since)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || path.basename(b.file).localeCompare(path.basename(a.file)));
}

/** Polls the outbox until a matching message arrives and returns the newest; rejects after timeoutMs. */
export async function waitForMail(dir: string, filter: OutboxFilter, timeoutMs = 10_000): Promise<OutboxMessage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [newest] = await readOutbox(dir, filter);
    if (newest) return newest;
    if (Date.now() >= deadline) break;
    await sleep(Math.min(100, Math.max(0, deadline - Date.now())));
  }
  const present = (await readOutbox(dir)).slice(0, 10).map((m) => `  ${m.date.toISOString()} ${m.to} « ${m.subject} »`);
  throw new Error(
    `Aucun courriel ne correspond à ${JSON.stringify(filter)} dans ${path.resolve(dir)} après ${timeoutMs} ms.\n` +
      (present.length ? `Derniers courriels :\n${present.join("\n")}` : "La boîte d'envoi est vide."),
  );
}

/** The http(s) links in a plain-text body, in order, without the punctuation that ends a sentence. */
export function extractLinks(text: string): string[] {
  const links: string[] = [];
  for (const match of text.matchAll(/https?:\/\/[^\s<>"'«»]+/g)) {
    let url = match[0].replace(/[.,;:!?]+$/, "");
    // A closing parenthesis belongs to the URL only if the URL opened one.
    while (url.endsWith(")") && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) {
      url = url.slice(0, -1).replace(/[.,;:!?]+$/, "");
    }
    links.push(url);
  }
  return links;
}
