// Every message the portal sends has the same shape: a title, a few paragraphs, at most one action,
// the service's sign-off. Plain text comes first: it is what screen readers and many clients show.

export type MailLayout = {
  title: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Why the person receives this message, for instance; shown small, above the automatic-message line. */
  footer?: string;
};

export const MAIL_SIGN_OFF = "Le service des examens";
export const MAIL_AUTOMATIC_NOTICE = "Ceci est un message automatique, merci de ne pas y répondre.";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

function checkedUrl(url: string): string {
  // Only web links: a javascript: or data: URL in a button would be an injection, not a typo.
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Lien de courriel invalide : ${url}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error(`Lien de courriel non web : ${url}`);
  return parsed.href;
}

/** Line breaks a person typed in a paragraph stay line breaks in HTML. */
function paragraphHtml(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, "<br>\n");
}

export function renderMail({ title, paragraphs, action, footer }: MailLayout): { text: string; html: string } {
  const url = action ? checkedUrl(action.url) : undefined;

  const textParts = [title, ...paragraphs];
  if (action && url) textParts.push(`${action.label} :\n${url}`);
  textParts.push(MAIL_SIGN_OFF);
  const textFooter = [footer, MAIL_AUTOMATIC_NOTICE].filter((line): line is string => Boolean(line));
  const text = `${textParts.join("\n\n")}\n\n-- \n${textFooter.join("\n\n")}\n`;

  const font = "font-family: Marianne, Arial, sans-serif; color: #161616;";
  const p = (content: string, style = "") => `<p style="margin: 0 0 16px; font-size: 16px; line-height: 24px; ${style}">${content}</p>`;
  const actionHtml =
    action && url
      ? [
          `<p style="margin: 24px 0;"><a href="${escapeHtml(url)}" style="display: inline-block; padding: 8px 16px; background: #000091; color: #ffffff; text-decoration: none; font-size: 16px; line-height: 24px;">${escapeHtml(action.label)}</a></p>`,
          p(`Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :<br>\n<a href="${escapeHtml(url)}" style="color: #000091; word-break: break-all;">${escapeHtml(url)}</a>`, "font-size: 14px;"),
        ].join("\n")
      : "";
  const html = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin: 0; padding: 0; background: #ffffff;">
<div style="max-width: 600px; margin: 0 auto; padding: 24px 16px; ${font}">
<h1 style="margin: 0 0 24px; font-size: 24px; line-height: 32px;">${escapeHtml(title)}</h1>
${paragraphs.map((para) => p(paragraphHtml(para))).join("\n")}
${actionHtml}
${p(escapeHtml(MAIL_SIGN_OFF))}
<hr style="border: 0; border-top: 1px solid #dddddd; margin: 24px 0;">
${footer ? p(paragraphHtml(footer), "font-size: 14px; color: #3a3a3a;") : ""}
${p(escapeHtml(MAIL_AUTOMATIC_NOTICE), "font-size: 14px; color: #3a3a3a;")}
</div>
</body>
</html>
`;
  return { text, html };
}
