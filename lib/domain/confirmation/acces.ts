// Who may read a candidature's documents: its candidate, and the staff who manage its académie
// (gestionnaires and admins of that académie, national admins). Anyone else is told it does not
// exist (a 404), so that a document's address says nothing to them.
import { canManageAcademie, type Role } from "../account/roles";

export type Lecteur = { id: string; role: Role; academieId: string | null };

export function peutLireDocuments(lecteur: Lecteur, candidature: { accountId: string; academieId: string }): boolean {
  if (lecteur.role === "CANDIDAT") return lecteur.id === candidature.accountId;
  return canManageAcademie(lecteur, candidature.academieId);
}

/** A version from a URL ("1", "12"): a positive integer of at most six digits, else null. */
export function parseVersion(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null;
}

/** "confirmation-inscription-2024-06-BCP-000042-v2.pdf": only characters every browser and OS keep. */
export function nomFichierConfirmation(numero: string, version: number): string {
  return `confirmation-inscription-${numero.replace(/[^A-Za-z0-9-]/g, "-")}-v${version}.pdf`;
}
