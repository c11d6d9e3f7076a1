// The exams' catalogue as the rules read it: spécialités (candidature/types.ts SpecialiteInfo) and
// épreuves, plain data loaded from the Specialite and Epreuve tables (the one source of truth;
// lib/domain/data only holds what the seed first inserts).
import type { Discipline, Secteur } from "../candidature/types";

export const EPREUVE_NATURES = ["OBLIGATOIRE", "FACULTATIVE", "CONTROLE"] as const;
export type EpreuveNatureData = (typeof EPREUVE_NATURES)[number];

/** An épreuve of an exam's catalogue, as stored. */
export interface EpreuveCatalogue {
  code: string;
  libelle: string;
  nature: EpreuveNatureData;
  disciplines: readonly Discipline[];
  /** Common to every spécialité of the exam, so it can be dispensed from another spécialité [I]. */
  generale: boolean;
  /** An exam épreuve for one secteur only; null: every secteur (and always for a spécialité's own). */
  secteur: Secteur | null;
  /** The spécialité whose own épreuve it is (code diplôme); null: the exam's. */
  specialiteCode: string | null;
  ordre: number;
}

/** What the seed inserts: the exam's own épreuves. */
export type EpreuveSeed = Omit<EpreuveCatalogue, "specialiteCode">;

/** An épreuve of one spécialité, as the wizard's rules read it. */
export interface EpreuveDef {
  code: string;
  libelle: string;
  nature: EpreuveNatureData;
  disciplines: readonly Discipline[];
  generale: boolean;
}

/**
 * The Epreuve row's natural key column within its exam (never null: a unique index treats NULLs as
 * distinct): "EXAMEN" for an exam épreuve of every secteur, its secteur for one secteur's, the
 * spécialité's id for a spécialité's own.
 */
export function porteeEpreuve({ specialiteId, secteur }: { specialiteId: string | null; secteur: Secteur | null }): string {
  return specialiteId ?? secteur ?? "EXAMEN";
}
