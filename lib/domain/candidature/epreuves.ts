// Step 5 shows the candidate's status for each compulsory épreuve, "Inscrit" unless step 4 or
// the EPS choice says otherwise [C:CF]: a kept note → BENEFICE, a dispense (VAE, other
// spécialité, or a diploma covering every subject of the épreuve) → DISPENSE, EPS inapte or
// dispensé → the EPS épreuve DISPENSE (coefficient neutralised [C:S15]). An épreuve de contrôle,
// when the exam has one, is always "Inscrit". The épreuves are the spécialité's, from the
// catalogue (catalogue/epreuves.ts).
import { isDispenseAccordee } from "./acquis";
import { CASE_UNITE_COMPRISE } from "./dispenses-table";
import type { EpreuveDef } from "../catalogue/types";
import type { AcquisData } from "./schemas";
import type { Discipline, EpsChoix } from "./types";

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

/** The spécialité's compulsory épreuves with their status, then its épreuve de contrôle if any. */
export function computeEpreuveStatuses(epreuves: readonly EpreuveDef[], acquis: AcquisData | undefined, epsChoix: EpsChoix | undefined): EpreuveStatut[] {
  const dispensees = disciplinesDispensees(acquis);
  const parDispense = epreuvesDispensees(acquis);
  const statuts = epreuves
    .filter((e) => e.nature === "OBLIGATOIRE")
    .map((epreuve): EpreuveStatut => {
      const base = { code: epreuve.code, libelle: epreuve.libelle, nature: "OBLIGATOIRE" as const };
      const benefice = acquis?.type === "BENEFICES_NOTES" ? acquis.benefices.find((b) => b.epreuveCode === epreuve.code) : undefined;
      if (benefice) return { ...base, statut: "BENEFICE", note: benefice.note };
      const partielles = epreuve.disciplines.filter((d) => dispensees.has(d));
      const toutDispense = partielles.length > 0 && partielles.length === epreuve.disciplines.length;
      const epsNonPratiquee = epreuve.disciplines.includes("EPS") && (epsChoix === "INAPTE" || epsChoix === "DISPENSE");
      if (parDispense.includes(epreuve.code) || toutDispense || epsNonPratiquee) return { ...base, statut: "DISPENSE" };
      return partielles.length > 0 ? { ...base, statut: "INSCRIT", disciplinesDispensees: partielles } : { ...base, statut: "INSCRIT" };
    });
  const controles = epreuves
    .filter((e) => e.nature === "CONTROLE")
    .map((e): EpreuveStatut => ({ code: e.code, libelle: e.libelle, nature: "CONTROLE", statut: "INSCRIT" }));
  return [...statuts, ...controles];
}

const avecControle = (statuts: readonly EpreuveStatut[]) => statuts.some((s) => s.nature === "CONTROLE");

/** The document's section: "Épreuves obligatoires et épreuve de contrôle", or without it when the exam has none. */
export function titreStatutsEpreuves(statuts: readonly EpreuveStatut[]): string {
  return avecControle(statuts) ? "Épreuves obligatoires et épreuve de contrôle" : "Épreuves obligatoires";
}

/** The table's caption on the candidate's pages. */
export function legendeStatutsEpreuves(statuts: readonly EpreuveStatut[]): string {
  return avecControle(statuts) ? "Vos épreuves obligatoires et l’épreuve de contrôle" : "Vos épreuves obligatoires";
}
