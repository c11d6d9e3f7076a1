import { describe, expect, it } from "vitest";
import { escapeHtml, MAIL_AUTOMATIC_NOTICE, MAIL_SIGN_OFF, renderMail } from "./layout";

describe("renderMail", () => {
  it("renders a French plain-text and HTML message with the action, sign-off and notice", () => {
    const { text, html } = renderMail({
      title: "Activez votre compte",
      paragraphs: ["Bonjour Élodie,", "Votre compte a été créé.\nLe lien est valable 48 heures."],
      action: { label: "Activer mon compte", url: "https://candidats.example.fr/activation?jeton=abc&x=1" },
      footer: "Vous recevez ce message car une inscription a été faite avec cette adresse.",
    });

    expect(text).toContain("Activez votre compte\n\nBonjour Élodie,\n\nVotre compte a été créé.\nLe lien est valable 48 heures.");
    expect(text).toContain("Activer mon compte :\nhttps://candidats.example.fr/activation?jeton=abc&x=1");
    expect(text).toContain(MAIL_SIGN_OFF);
    expect(text).toContain(MAIL_AUTOMATIC_NOTICE);
    expect(text).not.toMatch(/<[a-z]/i);

    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>Activez votre compte</title>");
    expect(html).toContain('href="https://candidats.example.fr/activation?jeton=abc&amp;x=1"');
    expect(html).toContain(">Activer mon compte</a>");
    expect(html).toContain("Votre compte a été créé.<br>\nLe lien est valable 48 heures.");
    expect(html).toContain("Le service des examens");
    expect(html).toContain("Ceci est un message automatique, merci de ne pas y répondre.");
  });

  it("escapes every piece of content", () => {
    const evil = `<script>alert("x")</script> & 'co'`;
    const { text, html } = renderMail({
      title: evil,
      paragraphs: [evil],
      action: { label: evil, url: "https://example.fr/?q=\"><script>alert(1)</script>" },
      footer: evil,
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain('href="https://example.fr/?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"');
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;");
    // Plain text is not HTML: it keeps what was written.
    expect(text).toContain(evil);
  });

  it("refuses links that are not web links", () => {
    expect(() => renderMail({ title: "t", paragraphs: [], action: { label: "x", url: "javascript:alert(1)" } })).toThrow(/non web/);
    expect(() => renderMail({ title: "t", paragraphs: [], action: { label: "x", url: "/relative" } })).toThrow(/invalide/);
  });

  it("has no footer paragraph when none is given", () => {
    const { text } = renderMail({ title: "Titre", paragraphs: ["Un."] });
    expect(text).toBe(`Titre\n\nUn.\n\n${MAIL_SIGN_OFF}\n\n-- \n${MAIL_AUTOMATIC_NOTICE}\n`);
  });
});

describe("escapeHtml", () => {
  it("escapes the five significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
