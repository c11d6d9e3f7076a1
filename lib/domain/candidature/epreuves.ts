// Step 5 shows the candidate's status for each compulsory épreuve, "Inscrit" unless step 4 or
// the EPS choice says otherwise [C:CF]: a kept note → BENEFICE, a dispense (VAE, other
// spécialité, or a diploma covering every subject of the épreuve) → DISPENSE, EPS inapte or
// dispensé → E7 DISPENSE (coefficient neutralised [C:S15]). The épreuve de contrôle is always
// "Inscrit".
import { isDispenseAccordee } from "./acquis";
import { CASE_UNITE_COMPRISE } from "./dispenses-table";
import { EPREUVE_CONTROLE, listEpreuvesObligatoires, type EpreuveDef } from "./epreuves-bac-pro";
import type { AcquisData } from "./schemas";
import type { Discipline, EpsChoix, SpecialiteInfo } from "./types";

export type StatutEpreuve = "INSCRIT" | "DISPENSE" | "BENEFICE";

export interface EpreuveStatut {
  code: string;
  libelle: string;
  nature: "OBLIGATOIRE" | "CONTROLE";
  statut: StatutEpreuve;
  /** The kept note, for a BENEFICE. */
  note?: number;
  /** Subjects dispensed by a diploma within an épreuve still sat for the rest ("E3: PSE"). */
  disciplinesDispensees?: Discipline[];
}

/** Subjects dispensed by a diploma, as the annexe 1 table allows them. */
function disciplinesDispensees(acquis: AcquisData | undefined): ReadonlySet<Discipline> {
  if (acquis?.type !== "DISPENSES_DIPLOME") return new Set();
  return new Set(
    acquis.disciplines.filter((d) => {
      const caseUnite = CASE_UNITE_COMPRISE[d];
      return isDispenseAccordee(acquis.diplome, d, caseUnite !== undefined && acquis[caseUnite]);
    }),
  );
}

function epreuvesDispensees(acquis: AcquisData | undefined): readonly string[] {
  return acquis?.type === "AUTRE_SPECIALITE" || acquis?.type === "DISPENSES_VAE" ? acquis.epreuves : [];
}

export function computeEpreuveStatuses(
  specialite: SpecialiteInfo,
  acquis: AcquisData | undefined,
  epsChoix: EpsChoix | undefined,
  epreuves: readonly EpreuveDef[] = listEpreuvesObligatoires(specialite),
): EpreuveStatut[] {
  const dispensees = disciplinesDispensees(acquis);
  const parDispense = epreuvesDispensees(acquis);
  const statuts = epreuves.map((epreuve): EpreuveStatut => {
    const base = { code: epreuve.code, libelle: epreuve.libelle, nature: "OBLIGATOIRE" as const };
    const benefice = acquis?.type === "BENEFICES_NOTES" ? acquis.benefices.find((b) => b.epreuveCode === epreuve.code) : undefined;
    if (benefice) return { ...base, statut: "BENEFICE", note: benefice.note };
    const partielles = epreuve.disciplines.filter((d) => dispensees.has(d));
    const toutDispense = partielles.length > 0 && partielles.length === epreuve.disciplines.length;
    const epsNonPratiquee = epreuve.disciplines.includes("EPS") && (epsChoix === "INAPTE" || epsChoix === "DISPENSE");
    if (parDispense.includes(epreuve.code) || toutDispense || epsNonPratiquee)
      return { ...base, statut: "DISPENSE" };
    return partielles.length > 0 ? { ...base, statut: "INSCRIT", disciplinesDispensees: partielles } : { ...base, statut: "INSCRIT" };
  });
  return [...statuts, { ...EPREUVE_CONTROLE, nature: "CONTROLE", statut: "INSCRIT" }];
}
