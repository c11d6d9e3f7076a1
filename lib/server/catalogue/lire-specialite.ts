import "server-only";
import type { Db } from "@/lib/db";
import { toSpecialiteInfo } from "@/lib/domain/candidature/session-config";
import type { Examen, SpecialiteInfo } from "@/lib/domain/candidature/types";
import { epreuvesDeSpecialite, estInscriptible } from "@/lib/domain/catalogue/epreuves";
import type { EpreuveDef } from "@/lib/domain/catalogue/types";
import type { AuditActor } from "@/lib/server/audit/record-audit-event";
import { estAdminNational } from "./acces";
import { actives, SPECIALITE_SELECT, toEpreuveLigne, type EpreuveLigne } from "./lister-catalogue";

export type SpecialiteDetail = {
  id: string;
  examen: { id: string; code: Examen; libelle: string };
  specialite: SpecialiteInfo & { active: boolean };
  /** Its own épreuves, withdrawn ones included. */
  epreuvesPropres: EpreuveLigne[];
  /** What a candidate of this spécialité sits: the exam's épreuves and its own, as the wizard reads them. */
  epreuves: EpreuveDef[];
  candidatures: number;
  inscriptible: boolean;
};

/** A spécialité by its code diplôme, for the national admin; null for anyone else or an unknown code. */
export async function lireSpecialite(db: Db, actor: AuditActor, codeDiplome: string): Promise<SpecialiteDetail | null> {
  if (!estAdminNational(actor) || !/^\d{8}$/.test(codeDiplome)) return null;
  const row = await db.specialite.findUnique({
    where: { codeDiplome },
    select: {
      ...SPECIALITE_SELECT,
      examen: { select: { id: true, code: true, libelle: true } },
      _count: { select: { candidatures: { where: { numero: { not: null } } } } },
    },
  });
  if (!row) return null;
  const lignes = (
    await db.epreuve.findMany({
      where: { examenId: row.examen.id, OR: [{ specialiteId: null }, { specialiteId: row.id }] },
      select: { id: true, code: true, libelle: true, nature: true, disciplines: true, generale: true, secteur: true, actif: true, ordre: true, specialiteId: true },
      orderBy: [{ ordre: "asc" }, { code: "asc" }],
    })
  ).map(toEpreuveLigne);
  const specialite = toSpecialiteInfo(row);
  const catalogue = actives(lignes, new Map([[row.id, row.codeDiplome]]));
  return {
    id: row.id,
    examen: row.examen,
    specialite: { ...specialite, active: row.active },
    epreuvesPropres: lignes.filter((e) => e.specialiteId === row.id),
    epreuves: epreuvesDeSpecialite(catalogue, specialite),
    candidatures: row._count.candidatures,
    inscriptible: row.active && estInscriptible(specialite, catalogue),
  };
}
