import "server-only";
import type { Db } from "@/lib/db";
import type { Examen, SpecialiteInfo } from "@/lib/domain/candidature/types";
import { estInscriptible, toDisciplines } from "@/lib/domain/catalogue/epreuves";
import type { EpreuveCatalogue } from "@/lib/domain/catalogue/types";
import type { AuditActor } from "@/lib/server/audit/record-audit-event";
import { toSpecialiteInfo } from "@/lib/domain/candidature/session-config";
import { estAdminNational } from "./acces";

/** An épreuve as the catalogue pages show it (the list and an épreuve's own page). */
export const EPREUVE_SELECT = {
  id: true,
  code: true,
  libelle: true,
  nature: true,
  disciplines: true,
  generale: true,
  secteur: true,
  actif: true,
  ordre: true,
  specialiteId: true,
} as const;

/** A spécialité as the catalogue pages show it (the list and a spécialité's own page). */
export const SPECIALITE_SELECT = {
  id: true,
  codeDiplome: true,
  libelle: true,
  sigle: true,
  secteur: true,
  nbLanguesObligatoires: true,
  travailEnHauteur: true,
  active: true,
} as const;

export type EpreuveLigne = {
  id: string;
  code: string;
  libelle: string;
  nature: EpreuveCatalogue["nature"];
  disciplines: EpreuveCatalogue["disciplines"];
  generale: boolean;
  secteur: EpreuveCatalogue["secteur"];
  actif: boolean;
  ordre: number;
  specialiteId: string | null;
};

export type SpecialiteLigne = SpecialiteInfo & {
  id: string;
  active: boolean;
  /** Its own épreuves (active). */
  epreuvesPropres: number;
  /** Saved candidatures name it: it is deactivated rather than deleted. */
  candidatures: number;
  /** Active, with at least one compulsory épreuve: candidates can choose it online. */
  inscriptible: boolean;
};

export type ExamenCatalogue = {
  id: string;
  code: Examen;
  libelle: string;
  /** The exam's own épreuves (every spécialité's, or one secteur's), withdrawn ones included. */
  epreuves: EpreuveLigne[];
  specialites: SpecialiteLigne[];
};

export function toEpreuveLigne(e: { disciplines: string[] } & Omit<EpreuveLigne, "disciplines">): EpreuveLigne {
  return { ...e, disciplines: toDisciplines(e.disciplines) };
}

/** The catalogue as the rules read it (active épreuves), from these rows. */
export function actives(epreuves: readonly EpreuveLigne[], codes: ReadonlyMap<string, string>): EpreuveCatalogue[] {
  return epreuves
    .filter((e) => e.actif)
    .map((e) => ({
      code: e.code,
      libelle: e.libelle,
      nature: e.nature,
      disciplines: e.disciplines,
      generale: e.generale,
      secteur: e.specialiteId ? null : e.secteur,
      specialiteCode: e.specialiteId ? (codes.get(e.specialiteId) ?? null) : null,
      ordre: e.ordre,
    }));
}

/** The four exams with their spécialités and épreuves, for the national admin; null for anyone else. */
export async function listerCatalogue(db: Db, actor: AuditActor): Promise<ExamenCatalogue[] | null> {
  if (!estAdminNational(actor)) return null;
  const examens = await db.examen.findMany({
    orderBy: { ordre: "asc" },
    select: {
      id: true,
      code: true,
      libelle: true,
      epreuves: { select: EPREUVE_SELECT, orderBy: [{ ordre: "asc" }, { code: "asc" }] },
      specialites: {
        orderBy: { libelle: "asc" },
        select: {
          ...SPECIALITE_SELECT,
          _count: { select: { candidatures: { where: { numero: { not: null } } }, epreuves: { where: { actif: true } } } },
        },
      },
    },
  });
  return examens.map((examen) => {
    const epreuves = examen.epreuves.map(toEpreuveLigne);
    const catalogue = actives(epreuves, new Map(examen.specialites.map((s) => [s.id, s.codeDiplome])));
    return {
      id: examen.id,
      code: examen.code,
      libelle: examen.libelle,
      epreuves: epreuves.filter((e) => e.specialiteId === null),
      specialites: examen.specialites.map(({ _count, id, active, ...row }) => {
        const info = toSpecialiteInfo(row);
        return { ...info, id, active, epreuvesPropres: _count.epreuves, candidatures: _count.candidatures, inscriptible: active && estInscriptible(info, catalogue) };
      }),
    };
  });
}
