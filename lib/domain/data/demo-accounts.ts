import type { Role } from "../account/roles";

// Fictitious people on example.fr, created by the seed on a portal served locally (SEED_DEMO).
// No password here: each account gets a random one when the seed creates it (prisma/seed.ts),
// printed once and stored only as a hash.

export type DemoAccountData = {
  role: Role;
  email: string;
  academieCode?: string;
  civilite: "MADAME" | "MONSIEUR";
  nomNaissance: string;
  prenoms: string;
  dateNaissance?: string;
  paysNaissance?: string;
};

export const DEMO_ACCOUNTS = [
  { role: "CANDIDAT", email: "candidat.demo@example.fr", civilite: "MADAME", nomNaissance: "Exemple", prenoms: "Camille Marie", dateNaissance: "2001-03-14", paysNaissance: "FR" },
  { role: "GESTIONNAIRE", email: "gestion.nancy-metz@example.fr", academieCode: "12", civilite: "MONSIEUR", nomNaissance: "Fictif", prenoms: "Claude" },
  { role: "GESTIONNAIRE", email: "gestion.clermont@example.fr", academieCode: "06", civilite: "MADAME", nomNaissance: "Essai", prenoms: "Dominique" },
  { role: "GESTIONNAIRE", email: "gestion.nice@example.fr", academieCode: "23", civilite: "MONSIEUR", nomNaissance: "Modèle", prenoms: "Sacha" },
  { role: "GESTIONNAIRE", email: "gestion.aix-marseille@example.fr", academieCode: "02", civilite: "MADAME", nomNaissance: "Témoin", prenoms: "Louise" },
  { role: "ADMIN_ACADEMIE", email: "admin.clermont@example.fr", academieCode: "06", civilite: "MONSIEUR", nomNaissance: "Démo", prenoms: "Alex" },
  // Nice's admin, to try (and test) that an académie's admin never reaches another académie's sessions.
  { role: "ADMIN_ACADEMIE", email: "admin.nice@example.fr", academieCode: "23", civilite: "MADAME", nomNaissance: "Simulacre", prenoms: "Morgane" },
  // La Réunion's demo session (UTC+4) has its staff too, to try the back office in another zone.
  { role: "GESTIONNAIRE", email: "gestion.reunion@example.fr", academieCode: "28", civilite: "MADAME", nomNaissance: "Maquette", prenoms: "Nadia" },
  { role: "ADMIN_ACADEMIE", email: "admin.reunion@example.fr", academieCode: "28", civilite: "MONSIEUR", nomNaissance: "Prototype", prenoms: "Jordan" },
  { role: "ADMIN_NATIONAL", email: "admin.national@example.fr", civilite: "MADAME", nomNaissance: "Spécimen", prenoms: "Jeanne" },
] as const satisfies readonly DemoAccountData[];

type LocalPart<Email> = Email extends `${infer Name}@example.fr` ? Name : never;
/** "admin.clermont" for admin.clermont@example.fr: how tests name a demo account. */
export type DemoAccountName = LocalPart<(typeof DEMO_ACCOUNTS)[number]["email"]>;

export function demoAccountEmail(name: DemoAccountName): string {
  return `${name}@example.fr`;
}
