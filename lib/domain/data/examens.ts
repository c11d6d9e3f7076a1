// The four vocational exams candidats individuels register for (notices NI, AX22).
export type ExamenCodeData = "BAC_PRO" | "CAP" | "BP" | "MC";

export type ExamenData = {
  code: ExamenCodeData;
  libelle: string;
  libelleCourt: string;
  ordre: number;
};

export const EXAMENS: readonly ExamenData[] = [
  { code: "BAC_PRO", libelle: "Baccalauréat professionnel", libelleCourt: "Bac pro", ordre: 1 },
  { code: "CAP", libelle: "Certificat d'aptitude professionnelle", libelleCourt: "CAP", ordre: 2 },
  { code: "BP", libelle: "Brevet professionnel", libelleCourt: "BP", ordre: 3 },
  { code: "MC", libelle: "Mention complémentaire", libelleCourt: "MC", ordre: 4 },
];

export function findExamen(code: ExamenCodeData): ExamenData {
  const examen = EXAMENS.find((e) => e.code === code);
  if (!examen) throw new RangeError(`Examen inconnu : ${code}`);
  return examen;
}
