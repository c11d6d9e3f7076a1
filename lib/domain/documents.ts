// "Mes documents" [issue 8 §7]: the documents an académie puts at a candidate's disposal, with the
// names Cyclades gives them. Plain data.

export const DOCUMENT_TYPES = ["CONFIRMATION_INSCRIPTION", "DEMANDE_PIECES", "RELANCE_PIECES", "NOTIFICATION_AMENAGEMENT", "CONVOCATION", "RELEVE_NOTES", "ANNULATION"] as const;
export type DocumentTypeCode = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_LIBELLES: Record<DocumentTypeCode, string> = {
  CONFIRMATION_INSCRIPTION: "Confirmation d’inscription",
  DEMANDE_PIECES: "Demande de pièces",
  RELANCE_PIECES: "Relance",
  NOTIFICATION_AMENAGEMENT: "Notification d’aménagement d’épreuves",
  CONVOCATION: "Convocation",
  RELEVE_NOTES: "Relevé de notes",
  ANNULATION: "Notification d’annulation",
};

/** "22 Ko", "1,4 Mo": a file's size as French readers expect it. */
export function tailleFr(octets: number): string {
  if (octets < 1024) return `${octets}\u00a0o`;
  if (octets < 1024 * 1024) return `${Math.round(octets / 1024)}\u00a0Ko`;
  return `${(octets / (1024 * 1024)).toFixed(1).replace(".", ",")}\u00a0Mo`;
}
