import { instantToLocal, parseLocalDateTime } from "../calendar";
import { ACADEMIE_CODES, findAcademieByCode } from "./academies";
import type { ExamenCodeData } from "./examens";

// Registration sessions taken from the seed notices (shared/seeds), plus demonstration sessions
// placed around the day the portal is seeded. Every date is a local wall-clock string
// "YYYY-MM-DDTHH:mm" in the académie's zone (Europe/Paris for the notices' four, Indian/Reunion
// for La Réunion's demo); prisma/seed.ts turns them into instants with localToInstant. Deadlines
// are exclusive: "jusqu'à 17 h" closes at 17:00.

export type PieceModeData = "UPLOAD" | "POSTAL";

export type SessionData = {
  academieCode: string;
  examen: ExamenCodeData;
  /** Year of the exams ("Session 2024"), registration runs in the autumn before. */
  annee: number;
  libelle: string;
  demo: boolean;
  inscriptionOuvertureLocal: string;
  inscriptionClotureLocal: string;
  depotOuvertureLocal?: string;
  depotClotureLocal?: string;
  /** Last moment to return the dated, signed confirmation d'inscription. */
  confirmationLimiteLocal?: string;
  epsDateLocal?: string;
  languesLva: readonly string[];
  languesLvb: readonly string[];
  languesLvf: readonly string[];
  activitesEps: readonly string[];
  activitesEpsAdaptees: readonly string[];
  informations?: string;
  /** How every pièce justificative of the session is returned (one mode per session in the notices). */
  modePieces: PieceModeData;
};

// Clermont notice (CF) lists; the other académies' notices give none, so they reuse them [inferred].
export const LANGUES_LVA_LVB_CLERMONT = ["Allemand", "Anglais", "Espagnol", "Italien"] as const;
export const LANGUES_LVF_CLERMONT = ["Allemand", "Anglais", "Espagnol", "Portugais", "Italien", "Langue des signes française (LSF)"] as const;
// National list of ponctuel bac pro EPS activities (CF, REFERENCE §5).
export const ACTIVITES_EPS_BAC_PRO = ["Danse", "Tennis de table", "Demi-fond"] as const;
// Clermont's adapted list (MDPH notification); reused elsewhere [inferred].
export const ACTIVITES_EPS_ADAPTEES_CLERMONT = ["800 mètres marche", "Natation 250 mètres"] as const;

type Choix = Pick<SessionData, "languesLva" | "languesLvb" | "languesLvf" | "activitesEps" | "activitesEpsAdaptees">;

function choixFor(examen: ExamenCodeData): Choix {
  switch (examen) {
    case "BAC_PRO":
      return {
        languesLva: LANGUES_LVA_LVB_CLERMONT,
        languesLvb: LANGUES_LVA_LVB_CLERMONT,
        languesLvf: LANGUES_LVF_CLERMONT,
        activitesEps: ACTIVITES_EPS_BAC_PRO,
        activitesEpsAdaptees: ACTIVITES_EPS_ADAPTEES_CLERMONT,
      };
    // [inferred] CAP has one compulsory LV and EPS, BP one compulsory LV in most spécialités, MC
    // neither; their épreuves are not modelled yet, so these lists only feed the wizard's choices.
    case "CAP":
      return { languesLva: LANGUES_LVA_LVB_CLERMONT, languesLvb: [], languesLvf: [], activitesEps: ACTIVITES_EPS_BAC_PRO, activitesEpsAdaptees: ACTIVITES_EPS_ADAPTEES_CLERMONT };
    case "BP":
      return { languesLva: LANGUES_LVA_LVB_CLERMONT, languesLvb: [], languesLvf: [], activitesEps: [], activitesEpsAdaptees: [] };
    case "MC":
      return { languesLva: [], languesLvb: [], languesLvf: [], activitesEps: [], activitesEpsAdaptees: [] };
  }
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Moves a local "YYYY-MM-DD[THH:mm]" string by whole calendar days, keeping the wall-clock time. */
export function addDaysLocal(local: string, days: number): string {
  const hasTime = local.length > 10;
  const parsed = parseLocalDateTime(hasTime ? local : `${local}T00:00`);
  if (!parsed) throw new RangeError(`Date locale invalide : ${local}`);
  const d = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day + days));
  const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  return hasTime ? `${date}${local.slice(10)}` : date;
}

const NM = ACADEMIE_CODES.NANCY_METZ;
const CF = ACADEMIE_CODES.CLERMONT_FERRAND;
const NI = ACADEMIE_CODES.NICE;
const AX = ACADEMIE_CODES.AIX_MARSEILLE;
// La Réunion (UTC+4 all year) has no notice here: its demo session makes a zone other than Paris
// run every day, on the home page, the session page and the wizard.
const RE = "28";

const NICE_CONFIRMATION =
  "La confirmation d'inscription, vérifiée, datée et signée, est à téléverser dans « Mes justificatifs » avec les pièces justificatives au plus tard une semaine après la clôture des inscriptions. Sans elle, la candidature est annulée.";

function nice(examen: ExamenCodeData, ouverture: string, cloture: string, informations?: string): SessionData {
  // Notice NI §7: upload "au plus tard une semaine après la clôture du serveur" → same hour, +7 days.
  const limite = addDaysLocal(cloture, 7);
  return {
    academieCode: NI,
    examen,
    annee: 2024,
    libelle: "Session 2024",
    demo: false,
    inscriptionOuvertureLocal: ouverture,
    inscriptionClotureLocal: cloture,
    depotOuvertureLocal: ouverture,
    depotClotureLocal: limite,
    confirmationLimiteLocal: limite,
    ...choixFor(examen),
    informations: informations ? `${informations}\n${NICE_CONFIRMATION}` : NICE_CONFIRMATION,
    modePieces: "UPLOAD",
  };
}

// Notice AX22 gives days without hours [inferred]: windows open at 00:00 and close at 23:59.
function aix2022(examen: ExamenCodeData, ouverture: string, cloture: string, depotOuverture: string, depotCloture: string): SessionData {
  return {
    academieCode: AX,
    examen,
    annee: 2022,
    libelle: "Session 2022",
    demo: false,
    inscriptionOuvertureLocal: `${ouverture}T00:00`,
    inscriptionClotureLocal: `${cloture}T23:59`,
    depotOuvertureLocal: `${depotOuverture}T00:00`,
    depotClotureLocal: `${depotCloture}T23:59`,
    confirmationLimiteLocal: `${depotCloture}T23:59`,
    ...choixFor(examen),
    informations:
      "La confirmation d'inscription datée et signée et les pièces justificatives sont à envoyer par courrier postal au rectorat (préciser l'intitulé du diplôme) pendant la période de retour indiquée. Aucune modification n'est possible après la fin des inscriptions.",
    modePieces: "POSTAL",
  };
}

/** Sessions described by the five notices, with their exact local hours. */
export const SESSIONS_REELLES: readonly SessionData[] = [
  {
    // Notice NM. Pieces by post, "cachet de la poste faisant foi, au plus tard le 09 décembre 2023":
    // the postmark day counts whole, hence 23:59.
    academieCode: NM,
    examen: "BAC_PRO",
    annee: 2024,
    libelle: "Session 2024",
    demo: false,
    inscriptionOuvertureLocal: "2023-11-06T10:00",
    inscriptionClotureLocal: "2023-12-06T22:00",
    depotOuvertureLocal: "2023-11-06T10:00",
    depotClotureLocal: "2023-12-09T23:59",
    // The signed confirmation travels with the pieces.
    confirmationLimiteLocal: "2023-12-09T23:59",
    ...choixFor("BAC_PRO"),
    informations:
      "Toutes les pièces justificatives sont à envoyer par voie postale, cachet de la poste faisant foi, au plus tard le 9 décembre 2023 ; aucun autre mode de réception n'est accepté (courriel, par exemple). Tout dossier incomplet envoyé après la date limite entraîne l'annulation de l'inscription.\nL'organisation étant académique, les épreuves peuvent avoir lieu dans un autre département de l'académie que celui du domicile.",
    modePieces: "POSTAL",
  },
  {
    // Notice CF. Every piece, including the signed récapitulatif (DCANDT01), is uploaded by closing.
    academieCode: CF,
    examen: "BAC_PRO",
    annee: 2024,
    libelle: "Session 2024",
    demo: false,
    inscriptionOuvertureLocal: "2023-10-19T09:00",
    inscriptionClotureLocal: "2023-12-01T17:00",
    depotOuvertureLocal: "2023-10-19T09:00",
    depotClotureLocal: "2023-12-01T17:00",
    confirmationLimiteLocal: "2023-12-01T17:00",
    // The notice gives the day only; midnight stands for "le 7 mai 2024" [inferred hour].
    epsDateLocal: "2024-05-07T00:00",
    ...choixFor("BAC_PRO"),
    informations:
      "Les épreuves ponctuelles d'EPS ont lieu dans le Puy-de-Dôme le 7 mai 2024 ; la convocation est distincte de celle des autres épreuves.\nAu-delà de la clôture, tout dossier incomplet entraîne l'annulation définitive de l'inscription, notifiée par lettre recommandée.",
    modePieces: "UPLOAD",
  },
  nice("BAC_PRO", "2023-10-18T15:00", "2023-11-22T17:00", "Le baccalauréat professionnel ASSP et le baccalauréat professionnel esthétique cosmétique parfumerie font l'objet d'une note spécifique publiée sur le site de l'académie."),
  nice("BP", "2023-10-31T15:00", "2023-11-28T17:00"),
  nice("MC", "2023-10-10T15:00", "2023-11-10T17:00"),
  nice("CAP", "2023-10-10T15:00", "2023-11-10T17:00", "Les CAP accompagnant éducatif petite enfance, esthétique cosmétique parfumerie et pâtissier font l'objet d'une note spécifique publiée sur le site de l'académie."),
  aix2022("BAC_PRO", "2021-10-14", "2021-10-31", "2021-10-25", "2021-11-07"),
  aix2022("MC", "2021-10-14", "2021-10-31", "2021-10-25", "2021-11-07"),
  aix2022("BP", "2021-10-18", "2021-11-12", "2021-11-08", "2021-11-21"),
  aix2022("CAP", "2021-11-19", "2021-12-08", "2021-12-01", "2021-12-22"),
  {
    // Notice AX21: no hours either [inferred 00:00 / 23:59]; upload "pour le lundi 7 décembre 2020".
    academieCode: AX,
    examen: "BAC_PRO",
    annee: 2021,
    libelle: "Session 2021",
    demo: false,
    inscriptionOuvertureLocal: "2020-11-02T00:00",
    inscriptionClotureLocal: "2020-11-22T23:59",
    depotOuvertureLocal: "2020-11-02T00:00",
    depotClotureLocal: "2020-12-07T23:59",
    confirmationLimiteLocal: "2020-12-07T23:59",
    ...choixFor("BAC_PRO"),
    informations:
      "La confirmation d'inscription datée et signée et les pièces justificatives sont à téléverser dans l'espace candidat au plus tard le 7 décembre 2020 ; après cette date, la candidature est annulée.",
    modePieces: "UPLOAD",
  },
];

/**
 * Year of the demonstration sessions: the local year of `today` plus two, and never a year of the
 * notices' sessions (at least the latest plus one, for a clock set in the past). Registration in
 * the autumn of year N is for session N+1, which an administrator may create for real; N+2 stays
 * clear of it. The seed never overwrites a non-demo session that would share the year anyway.
 */
export function demoAnnee(today: Date, zone = "Europe/Paris"): number {
  const derniereReelle = Math.max(...SESSIONS_REELLES.map((s) => s.annee));
  return Math.max(Number(instantToLocal(today, zone).slice(0, 4)) + 2, derniereReelle + 1);
}

// Piece return mode of each académie's demo, as in its latest real session.
const DEMO_ACADEMIES: readonly { code: string; examens: readonly ExamenCodeData[]; modePieces: PieceModeData }[] = [
  { code: NM, examens: ["BAC_PRO"], modePieces: "POSTAL" },
  { code: CF, examens: ["BAC_PRO"], modePieces: "UPLOAD" },
  { code: NI, examens: ["BAC_PRO", "CAP", "BP", "MC"], modePieces: "UPLOAD" },
  { code: AX, examens: ["BAC_PRO"], modePieces: "POSTAL" },
  // No notice to follow [inferred]: pieces uploaded, the post from the island being slow.
  { code: RE, examens: ["BAC_PRO"], modePieces: "UPLOAD" },
];

/**
 * Demonstration sessions open on any day: registration and pieces from 30 days before `today`
 * at 09:00 to 30 days after at 17:00 (local: each académie's own day and hours, in its zone),
 * confirmation one week after closing, same hour. Bac pro for the four académies of the notices
 * and for La Réunion, plus CAP, BP and MC for Nice.
 */
export function demoSessions(today: Date): SessionData[] {
  return DEMO_ACADEMIES.flatMap(({ code, examens, modePieces }) => {
    const academie = findAcademieByCode(code);
    if (!academie) throw new RangeError(`Académie inconnue : ${code}`);
    const jour = instantToLocal(today, academie.timeZone).slice(0, 10);
    const annee = demoAnnee(today, academie.timeZone);
    const ouverture = `${addDaysLocal(jour, -30)}T09:00`;
    const cloture = `${addDaysLocal(jour, 30)}T17:00`;
    return examens.map(
      (examen): SessionData => ({
        academieCode: code,
        examen,
        annee,
        libelle: `Session ${annee} (démonstration)`,
        demo: true,
        inscriptionOuvertureLocal: ouverture,
        inscriptionClotureLocal: cloture,
        depotOuvertureLocal: ouverture,
        depotClotureLocal: cloture,
        confirmationLimiteLocal: addDaysLocal(cloture, 7),
        ...choixFor(examen),
        informations: "Session de démonstration : les inscriptions n'ont aucune valeur et les données peuvent être effacées à tout moment.",
        modePieces,
      }),
    );
  });
}
