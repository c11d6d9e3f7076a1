import "server-only";
import { env } from "@/lib/env";
import { formatInstantFr } from "@/lib/domain/calendar";
import { zoneLabel } from "@/lib/domain/zones";
import { fr } from "@/lib/domain/typographie";
import { TOKEN_LIFETIME_TEXT } from "@/lib/domain/account/tokens";
import { ROLE_LABELS, type StaffRole } from "@/lib/domain/account/roles";
import { renderMail, type MailMessage } from "@/lib/mail";

// Every mail the account flows send, in French, plain text and HTML (lib/mail/layout.ts). The
// sender is the académie-neutral MAIL_FROM. Links point at APP_URL.

const ZONE = "Europe/Paris";

export function appUrl(pathAndQuery: string): string {
  return new URL(pathAndQuery, env().APP_URL).href;
}

/** Typographic apostrophes in a value inserted into a fr`` sentence (fr only touches literal parts). */
const apostrophes = (text: string) => text.replace(/'/g, "’");

function jusquA(expiresAt: Date): string {
  return `${formatInstantFr(expiresAt, ZONE)} (${zoneLabel(ZONE)})`;
}

function mail(to: string, subject: string, layout: Parameters<typeof renderMail>[0]): MailMessage {
  return { to, subject, ...renderMail(layout) };
}

export function activationMail({ to, prenoms, token, expiresAt }: { to: string; prenoms: string; token: string; expiresAt: Date }): MailMessage {
  return mail(to, "Activez votre compte candidat", {
    title: "Activez votre compte candidat",
    paragraphs: [
      `Bonjour ${prenoms},`,
      fr`Votre compte candidat a été créé avec cette adresse. Pour pouvoir vous connecter et vous inscrire à un examen, activez-le en suivant le lien ci-dessous.`,
      fr`Ce lien est valable ${TOKEN_LIFETIME_TEXT.ACTIVATION}, jusqu'au ${jusquA(expiresAt)}. Passé ce délai, votre compte sera supprimé et vous devrez le créer à nouveau.`,
    ],
    action: { label: "Activer mon compte", url: appUrl(`/activer?jeton=${token}`) },
    footer: fr`Vous recevez ce message parce qu'un compte a été créé avec votre adresse. Si ce n'est pas vous, ignorez-le : sans activation, le compte sera supprimé.`,
  });
}

export function accountExistsMail({ to }: { to: string }): MailMessage {
  return mail(to, "Vous avez déjà un compte candidat", {
    title: "Vous avez déjà un compte candidat",
    paragraphs: [
      "Bonjour,",
      fr`Une demande de création de compte vient d'être faite avec votre adresse, mais un compte existe déjà pour elle : aucun nouveau compte n'a été créé.`,
      fr`Si c'est vous, connectez-vous avec votre adresse et votre mot de passe. Si vous l'avez oublié, choisissez « Mot de passe oublié » sur la page de connexion.`,
    ],
    action: { label: "Se connecter", url: appUrl("/connexion") },
    footer: fr`Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre compte n'a pas été modifié.`,
  });
}

export function passwordResetMail({ to, token, expiresAt }: { to: string; token: string; expiresAt: Date }): MailMessage {
  return mail(to, "Réinitialisez votre mot de passe", {
    title: "Réinitialisez votre mot de passe",
    paragraphs: [
      "Bonjour,",
      fr`Vous avez demandé à changer le mot de passe de votre compte. Choisissez-en un nouveau en suivant le lien ci-dessous.`,
      fr`Ce lien est valable ${TOKEN_LIFETIME_TEXT.PASSWORD_RESET}, jusqu'au ${jusquA(expiresAt)}, et ne sert qu'une fois.`,
    ],
    action: { label: "Choisir un nouveau mot de passe", url: appUrl(`/mot-de-passe/nouveau?jeton=${token}`) },
    footer: fr`Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste le même.`,
  });
}

export function passwordChangedMail({ to, at }: { to: string; at: Date }): MailMessage {
  return mail(to, "Votre mot de passe a été modifié", {
    title: "Votre mot de passe a été modifié",
    paragraphs: [
      "Bonjour,",
      fr`Le mot de passe de votre compte a été modifié le ${jusquA(at)}. Les autres connexions ouvertes avec l'ancien mot de passe ont été fermées.`,
      fr`Si vous n'êtes pas à l'origine de ce changement, réinitialisez votre mot de passe tout de suite avec « Mot de passe oublié » et prévenez le service gestionnaire de votre académie.`,
    ],
    action: { label: "Mot de passe oublié", url: appUrl("/mot-de-passe/oublie") },
  });
}

export function emailChangeMail({ to, token, expiresAt }: { to: string; token: string; expiresAt: Date }): MailMessage {
  return mail(to, "Confirmez votre nouvelle adresse mail", {
    title: "Confirmez votre nouvelle adresse mail",
    paragraphs: [
      "Bonjour,",
      fr`Vous avez demandé que cette adresse devienne celle de votre compte candidat : c'est elle qui servira pour vous connecter et recevoir les messages du service des examens. Confirmez-la en suivant le lien ci-dessous.`,
      fr`Ce lien est valable ${TOKEN_LIFETIME_TEXT.EMAIL_CHANGE}, jusqu'au ${jusquA(expiresAt)}. Tant que vous ne l'avez pas suivi, votre ancienne adresse reste en usage.`,
    ],
    action: { label: "Confirmer ma nouvelle adresse", url: appUrl(`/confirmer-adresse?jeton=${token}`) },
    footer: fr`Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.`,
  });
}

export function emailTakenMail({ to }: { to: string }): MailMessage {
  return mail(to, "Votre adresse mail est déjà utilisée par un compte", {
    title: "Votre adresse est déjà celle d'un compte",
    paragraphs: [
      "Bonjour,",
      fr`Le titulaire d'un compte a demandé que cette adresse devienne la sienne, mais elle est déjà celle d'un compte : la demande n'a pas été prise en compte.`,
      fr`Si vous avez deux comptes, connectez-vous avec celui qui porte cette adresse.`,
    ],
    action: { label: "Se connecter", url: appUrl("/connexion") },
    footer: fr`Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre compte n'a pas été modifié.`,
  });
}

export function emailChangedMail({ to, at }: { to: string; at: Date }): MailMessage {
  return mail(to, "L'adresse mail de votre compte a été modifiée", {
    title: "L'adresse mail de votre compte a été modifiée",
    paragraphs: [
      "Bonjour,",
      fr`L'adresse mail de votre compte candidat a été remplacée le ${jusquA(at)}. Les prochains messages seront envoyés à la nouvelle adresse, qui sert désormais à vous connecter.`,
      fr`Si vous n'êtes pas à l'origine de ce changement, contactez sans attendre le service gestionnaire de votre académie.`,
    ],
  });
}

export function invitationMail({ to, prenoms, role, academie, token, expiresAt }: { to: string; prenoms: string; role: StaffRole; academie: string | null; token: string; expiresAt: Date }): MailMessage {
  const roleLabel = ROLE_LABELS[role].toLowerCase();
  const roleText = /^[aeiouyéè]/i.test(roleLabel) ? `d'${roleLabel}` : `de ${roleLabel}`;
  return mail(to, "Votre accès à l'espace de gestion des inscriptions", {
    title: "Votre accès à l'espace de gestion",
    paragraphs: [
      `Bonjour ${prenoms},`,
      academie
        ? fr`Un compte ${apostrophes(roleText)} vous a été ouvert pour l'${apostrophes(academie)} sur le portail des inscriptions des candidats individuels.`
        : fr`Un compte ${apostrophes(roleText)} vous a été ouvert sur le portail des inscriptions des candidats individuels.`,
      fr`Pour l'activer, choisissez votre mot de passe en suivant le lien ci-dessous. Ce lien est valable ${TOKEN_LIFETIME_TEXT.INVITATION}, jusqu'au ${jusquA(expiresAt)}.`,
    ],
    action: { label: "Choisir mon mot de passe", url: appUrl(`/invitation?jeton=${token}`) },
    footer: fr`Si vous ne vous attendiez pas à ce message, ignorez-le et prévenez l'administrateur de votre académie.`,
  });
}
