import { describe, expect, it } from "vitest";
import { demoLeftoversWarning, formatDemoAccounts, type DemoAccount } from "./seed";

const created: DemoAccount[] = [
  { role: "CANDIDAT", email: "candidat.demo@example.fr", password: "Ab7c-De8f-Gh9j-Km2n" },
  { role: "GESTIONNAIRE", email: "gestion.nice@example.fr", password: "Pq3r-St4u-Vw5x-Yz6a", academie: "Nice" },
];

describe("formatDemoAccounts", () => {
  it("shows the passwords of the accounts just created, once, and says so", () => {
    expect(formatDemoAccounts(created).split("\n")).toEqual([
      "Comptes de démonstration créés. Notez leurs mots de passe : ils ne seront plus affichés (la base n'en garde qu'une empreinte).",
      "Rôle          Adresse électronique      Mot de passe         Académie",
      "------------  ------------------------  -------------------  --------",
      "Candidat      candidat.demo@example.fr  Ab7c-De8f-Gh9j-Km2n  —",
      "Gestionnaire  gestion.nice@example.fr   Pq3r-St4u-Vw5x-Yz6a  Nice",
    ]);
  });

  it("at a later start, lists the accounts without passwords and tells how to get new ones", () => {
    const later = created.map((a) => ({ ...a, password: null }));
    const text = formatDemoAccounts(later, { outboxDir: ".data/outbox" });
    expect(text.split("\n")).toEqual([
      "Comptes de démonstration déjà créés : leurs mots de passe ont été affichés au premier démarrage.",
      "Rôle          Adresse électronique      Académie",
      "------------  ------------------------  --------",
      "Candidat      candidat.demo@example.fr  —",
      "Gestionnaire  gestion.nice@example.fr   Nice",
      "Mot de passe perdu : « Mot de passe oublié ? » sur la page de connexion (le lien arrive dans .data/outbox), ou « npm run demo:reset-passwords », portail arrêté, qui en tire de nouveaux et les affiche.",
    ]);
    // With an SMTP server the example.fr mails reach nobody: only the command is offered.
    expect(formatDemoAccounts(later)).toMatch(/\nMot de passe perdu : « npm run demo:reset-passwords », portail arrêté, qui en tire de nouveaux et les affiche\.$/);
  });

  it("mixes both when an account was added since the first start", () => {
    const text = formatDemoAccounts([{ ...created[0]!, password: null }, created[1]!]);
    expect(text).toContain("Candidat      candidat.demo@example.fr  (déjà affiché)       —");
    expect(text).toContain("Pq3r-St4u-Vw5x-Yz6a");
    expect(text).toMatch(/\nMot de passe perdu : /);
  });

  it("titles the passwords drawn again by demo:reset-passwords", () => {
    expect(formatDemoAccounts(created, { reset: true }).split("\n")[0]).toBe(
      "Comptes de démonstration, avec de nouveaux mots de passe (les sessions ouvertes sont fermées). Notez leurs mots de passe : ils ne seront plus affichés (la base n'en garde qu'une empreinte).",
    );
  });
});

describe("demoLeftoversWarning", () => {
  it("warns only when demo rows are left", () => {
    expect(demoLeftoversWarning({ accounts: 0, sessions: 0 })).toBeNull();
    expect(demoLeftoversWarning({ accounts: 7, sessions: 0 })).toMatch(/^Attention : la base contient encore 7 compte\(s\) et 0 session\(s\) publiée\(s\) de démonstration/);
  });
});
