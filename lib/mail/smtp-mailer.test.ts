import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSmtpMailer } from "./smtp-mailer";

// An in-process SMTP sink on a random local port: the real nodemailer SMTP path, no relay needed.
type Received = { envelopeFrom: string; envelopeTo: string[]; mail: ParsedMail };
let received: Received[] = [];
let server: SMTPServer;
let url: string;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith("@refuse.example")) return callback(new Error("Destinataire refusé"));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const from = session.envelope.mailFrom;
          received.push({
            envelopeFrom: from ? from.address : "",
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            mail,
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received = [];
});

describe("createSmtpMailer", () => {
  it("delivers the message with MAIL_FROM, both parts and the accented subject", async () => {
    const mailer = createSmtpMailer({ url, from: "Portail <ne-pas-repondre@candidats.example.fr>" });
    await mailer.send({
      to: "elodie@example.fr",
      subject: "Activez votre compte – délai de 48 h",
      text: "Bonjour Élodie",
      html: "<p>Bonjour Élodie</p>",
      replyTo: "scolarite@ac-exemple.fr",
    });

    expect(received).toHaveLength(1);
    const [{ envelopeFrom, envelopeTo, mail }] = received as [Received];
    expect(envelopeFrom).toBe("ne-pas-repondre@candidats.example.fr");
    expect(envelopeTo).toEqual(["elodie@example.fr"]);
    expect(mail.subject).toBe("Activez votre compte – délai de 48 h");
    expect(mail.from?.text).toBe('"Portail" <ne-pas-repondre@candidats.example.fr>');
    expect(mail.replyTo?.value[0]?.address).toBe("scolarite@ac-exemple.fr");
    expect(mail.text?.trim()).toBe("Bonjour Élodie");
    expect(mail.html).toBe("<p>Bonjour Élodie</p>");
  });

  it("rejects when the relay refuses the recipient", async () => {
    const mailer = createSmtpMailer({ url, from: "ne-pas-repondre@candidats.example.fr" });
    await expect(mailer.send({ to: "x@refuse.example", subject: "s", text: "t", html: "<p>h</p>" })).rejects.toThrow();
    expect(received).toHaveLength(0);
  });
});
