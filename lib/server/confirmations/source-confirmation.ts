import "server-only";
import type { Db, Tx } from "@/lib/db";
import { parsedSteps, storedSteps } from "@/lib/domain/candidature/donnees";
import { computeRequiredPieces } from "@/lib/domain/candidature/pieces";
import type { CandidatureData } from "@/lib/domain/candidature/schemas";
import { STEP_KEYS } from "@/lib/domain/candidature/validate";
import { epreuvesDeSpecialite } from "@/lib/domain/catalogue/epreuves";
import type { ConfirmationSource } from "@/lib/domain/confirmation/contenu";
import { piecesConfirmation } from "@/lib/domain/confirmation/pieces";
import { lireCatalogue } from "@/lib/server/candidatures/load-validation-context";

/** What a confirmation is generated from, except its code and generation time. */
export type SourceSansVerification = Omit<ConfirmationSource, "verification" | "genereAt"> & {
  candidatureId: string;
  academieId: string;
};

/**
 * The saved version `version` of a candidature, with its session, académie, exam, spécialité and
 * the candidate's identity, as plain data for lib/domain/confirmation/contenu.ts. Null when the
 * version does not exist or the candidature has no numéro (never saved).
 */
export async function lireSourceConfirmation(db: Db | Tx, candidatureId: string, version: number): Promise<SourceSansVerification | null> {
  const saved = await db.candidatureVersion.findUnique({
    where: { candidatureId_version: { candidatureId, version } },
    select: {
      donnees: true,
      savedAt: true,
      candidature: {
        select: {
          numero: true,
          account: { select: { civilite: true, nomNaissance: true, nomUsage: true, prenoms: true, dateNaissance: true, paysNaissance: true } },
          session: {
            select: {
              libelle: true,
              annee: true,
              inscriptionOuverture: true,
              inscriptionCloture: true,
              depotOuverture: true,
              depotCloture: true,
              confirmationLimite: true,
              examenId: true,
              examen: { select: { libelle: true } },
              adressePostale: true,
              academie: { select: { id: true, nom: true, adressePostale: true, timeZone: true } },
              pieces: { select: { pieceCode: true, mode: true } },
            },
          },
        },
      },
    },
  });
  const candidature = saved?.candidature;
  if (!saved || !candidature?.numero) return null;

  const steps = parsedSteps(storedSteps(saved.donnees));
  const manquantes = STEP_KEYS.filter((key) => steps[key] === undefined);
  // A saved version was validated whole at ENREGISTRER: a step that no longer parses is a bug or a
  // hand edit, and the document must not print a partial candidature as if it were complete.
  if (manquantes.length > 0) throw new Error(`La version ${version} de la candidature ${candidatureId} ne se relit pas (étapes ${manquantes.join(", ")}).`);
  const donnees = steps as CandidatureData;

  const { session, account } = candidature;
  // The spécialité and its épreuves as the catalogue has them (a withdrawn spécialité still names
  // the documents of its candidatures; its épreuves are the active ones).
  const catalogue = await lireCatalogue(db, session.examenId);
  const trouvee = catalogue.specialites.find((s) => s.codeDiplome === donnees.qualification.specialiteCode);
  if (!trouvee) throw new Error(`Spécialité ${donnees.qualification.specialiteCode} inconnue (candidature ${candidatureId}).`);
  const { active: _active, ...specialite } = trouvee;

  const requises = computeRequiredPieces(donnees, { annee: session.annee }, { dateNaissance: account.dateNaissance, specialite });

  return {
    candidatureId,
    academieId: session.academie.id,
    // Where the signed confirmation goes by post: the session's own address when the académie set one.
    academie: { nom: session.academie.nom, adressePostale: session.adressePostale ?? session.academie.adressePostale, timeZone: session.academie.timeZone },
    examen: { libelle: session.examen.libelle },
    session: { libelle: session.libelle, annee: session.annee },
    specialite,
    epreuves: epreuvesDeSpecialite(catalogue.epreuves, specialite),
    specialitesExamen: catalogue.specialites,
    numero: candidature.numero,
    version,
    identite: account,
    donnees,
    pieces: piecesConfirmation(requises, session, specialite),
    enregistreAt: saved.savedAt,
  };
}
