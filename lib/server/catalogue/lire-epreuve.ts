import "server-only";
import type { Db } from "@/lib/db";
import type { Examen } from "@/lib/domain/candidature/types";
import { estIdentifiant } from "@/lib/domain/identifiant";
import type { AuditActor } from "@/lib/server/audit/record-audit-event";
import { estAdminNational } from "./acces";
import { EPREUVE_SELECT, toEpreuveLigne, type EpreuveLigne } from "./lister-catalogue";

export type EpreuveDetail = EpreuveLigne & {
  examen: { code: Examen; libelle: string };
  specialite: { codeDiplome: string; libelle: string } | null;
};

/** An épreuve of the catalogue, for the national admin; null for anyone else or an unknown id. */
export async function lireEpreuve(db: Db, actor: AuditActor, id: string): Promise<EpreuveDetail | null> {
  if (!estAdminNational(actor) || !estIdentifiant(id)) return null;
  const row = await db.epreuve.findUnique({
    where: { id },
    select: {
      ...EPREUVE_SELECT,
      examen: { select: { code: true, libelle: true } },
      specialite: { select: { codeDiplome: true, libelle: true } },
    },
  });
  if (!row) return null;
  const { examen, specialite, ...epreuve } = row;
  return { ...toEpreuveLigne(epreuve), examen, specialite };
}
