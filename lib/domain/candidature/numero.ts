// Numéro d'inscription, assigned at the first ENREGISTRER [C:CF]: session year, académie code,
// exam and the session's 6-digit sequence, e.g. "2024-06-BACPRO-000123". Unique per session
// because the sequence is; readable aloud on the phone.
import type { Examen } from "./types";

export interface NumeroInscription {
  annee: number;
  academieCode: string;
  examen: Examen;
  sequence: number;
}

const EXAMEN_SIGLES: Record<Examen, string> = { BAC_PRO: "BACPRO", CAP: "CAP", BP: "BP", MC: "MC" };

const SEQUENCE_MAX = 999_999;

const NUMERO_PATTERN = /^(\d{4})-(\d{2})-(BACPRO|CAP|BP|MC)-(\d{6})$/;

export function formatNumeroInscription({ annee, academieCode, examen, sequence }: NumeroInscription): string {
  if (!Number.isInteger(annee) || annee < 1000 || annee > 9999) throw new RangeError(`Année de session invalide : ${annee}`);
  if (!/^\d{2}$/.test(academieCode)) throw new RangeError(`Code académie invalide : ${academieCode}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > SEQUENCE_MAX)
    throw new RangeError(`Séquence hors de 1…${SEQUENCE_MAX} : ${sequence}`);
  return `${annee}-${academieCode}-${EXAMEN_SIGLES[examen]}-${String(sequence).padStart(6, "0")}`;
}

export function parseNumeroInscription(numero: string): NumeroInscription | null {
  const match = NUMERO_PATTERN.exec(numero.trim().toUpperCase());
  if (!match) return null;
  const [, annee, academieCode, sigle, sequence] = match;
  const examen = (Object.keys(EXAMEN_SIGLES) as Examen[]).find((e) => EXAMEN_SIGLES[e] === sigle);
  if (!annee || !academieCode || !examen || !sequence || Number(sequence) === 0) return null;
  return { annee: Number(annee), academieCode, examen, sequence: Number(sequence) };
}
