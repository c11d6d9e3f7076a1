import { fr } from "../typographie";

// What a person reads when a link from a mail cannot be used, per kind of link.
export const ACTIVATION_LINK_MESSAGES = {
  expire: {
    title: "Ce lien d'activation a expiré",
    description: fr`Il était valable 48 heures. Le compte, qui n'a pas été activé à temps, a été supprimé : créez-le à nouveau.`,
  },
  inconnu: {
    title: "Ce lien d'activation n'est pas valide",
    description: fr`Il est incomplet, a été remplacé par un lien plus récent, ou le compte a été supprimé faute d'activation dans les 48 heures. Copiez le lien en entier depuis le dernier courriel reçu, demandez un nouveau lien ou créez votre compte à nouveau.`,
  },
  utilise: {
    title: "Votre compte est déjà activé",
    description: fr`Ce lien a déjà servi : connectez-vous avec votre adresse mail et votre mot de passe.`,
  },
} as const;

export const RESET_LINK_MESSAGES = {
  expire: {
    title: "Ce lien a expiré",
    description: fr`Un lien pour choisir un nouveau mot de passe est valable 1 heure. Demandez-en un nouveau.`,
  },
  utilise: {
    title: "Ce lien a déjà servi",
    description: fr`Chaque lien ne sert qu'une fois. Si vous n'avez pas pu choisir votre mot de passe, demandez un nouveau lien.`,
  },
  inconnu: {
    title: "Ce lien n'est pas valide",
    description: fr`Il est peut-être incomplet : copiez-le en entier depuis le courriel reçu, ou demandez un nouveau lien.`,
  },
} as const;

export const EMAIL_CHANGE_LINK_MESSAGES = {
  expire: {
    title: "Ce lien a expiré",
    description: fr`Il était valable 24 heures. Votre adresse n'a pas changé : refaites la demande depuis « Mon compte ».`,
  },
  utilise: {
    title: "Ce lien a déjà servi",
    description: fr`La nouvelle adresse a déjà été confirmée, ou une demande plus récente l'a remplacée.`,
  },
  inconnu: {
    title: "Ce lien n'est pas valide",
    description: fr`Il est peut-être incomplet : copiez-le en entier depuis le courriel reçu, ou refaites la demande depuis « Mon compte ».`,
  },
  adresse_prise: {
    title: "Cette adresse est déjà utilisée",
    description: fr`Un autre compte utilise déjà cette adresse : votre adresse n'a pas changé.`,
  },
} as const;

export const INVITATION_LINK_MESSAGES = {
  expire: {
    title: "Cette invitation a expiré",
    description: fr`Une invitation est valable 7 jours. Demandez à l'administrateur qui vous a invité de vous en envoyer une nouvelle.`,
  },
  utilise: {
    title: "Cette invitation a déjà servi",
    description: fr`Votre compte est activé : connectez-vous avec votre adresse mail et le mot de passe choisi.`,
  },
  inconnu: {
    title: "Cette invitation n'est pas valide",
    description: fr`Le lien est peut-être incomplet : copiez-le en entier depuis le courriel reçu.`,
  },
} as const;
