// Catalogue of pièces justificatives (REFERENCE §4). Cyclades lists them by rubrique as
// "CODE : libellé" [C:CF]. Only CINSIG01 and 1NATID01 are codes seen in Cyclades; the others are
// ours [I], as are the rubriques not shown in the CF notice.
export interface PieceDef {
  code: string;
  libelle: string;
  rubrique: string;
  /**
   * The signed confirmation d'inscription: its deadline is the session's confirmationLimite when
   * the académie sets one (NI: "au plus tard une semaine après la clôture"), else the deposit's.
   */
  confirmation?: true;
}

/** How a piece reaches the académie, set per session and piece by the académie (SessionPiece.mode). */
export const PIECE_MODES = ["UPLOAD", "POSTAL"] as const;
export type PieceMode = (typeof PIECE_MODES)[number];

export const PIECES_CATALOGUE = [
  { code: "CINSIG01", libelle: "Confirmation d’inscription datée et signée", rubrique: "Confirmation d’inscription", confirmation: true },
  { code: "1NATID01", libelle: "Document justifiant l’identité, en cours de validité", rubrique: "Nationalité" },
  {
    code: "JDCREC01",
    libelle: "Certificat de participation à la journée défense et citoyenneté ou attestation de recensement",
    rubrique: "Situation militaire",
  },
  { code: "DIPLOM01", libelle: "Copie des diplômes permettant des dispenses d’épreuves", rubrique: "Acquis" },
  {
    code: "RELEVE01",
    libelle: "Relevé de notes de la session antérieure, notes à conserver entourées en rouge",
    rubrique: "Acquis",
  },
  { code: "VAEDEC01", libelle: "Notification de la décision du jury de validation des acquis de l’expérience", rubrique: "Acquis" },
  { code: "ATTFOR01", libelle: "Attestation d’inscription de l’organisme de formation pour l’année en cours", rubrique: "Formation" },
  { code: "ATTSTG01", libelle: "Attestations de stage justifiant des périodes de formation exigées", rubrique: "Formation" },
  {
    code: "CERTRV01",
    libelle: "Certificats de travail justifiant de 3 ans d’expérience dans le domaine du diplôme",
    rubrique: "Expérience professionnelle",
  },
  {
    code: "HAUTEU01",
    libelle: "Attestation de formation à l’utilisation des équipements pour les travaux temporaires en hauteur",
    rubrique: "Spécialité",
  },
  {
    code: "CMEPS01",
    libelle: "Certificat médical d’inaptitude à l’EPS (date de validité, signature et cachet du médecin)",
    rubrique: "Éducation physique et sportive",
  },
  { code: "MDPH01", libelle: "Notification de la MDPH", rubrique: "Éducation physique et sportive" },
  { code: "AMENAG01", libelle: "Notification d’aménagement d’épreuves", rubrique: "Handicap" },
] as const satisfies readonly PieceDef[];

export type PieceCode = (typeof PIECES_CATALOGUE)[number]["code"];

export function findPiece(code: string): PieceDef | undefined {
  return PIECES_CATALOGUE.find((p) => p.code === code);
}
