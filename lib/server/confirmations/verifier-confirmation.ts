import "server-only";
import type { CandidatureStatut } from "@prisma/client";
import type { Db } from "@/lib/db";
import { getDb } from "@/lib/db";
import { normaliserCodeVerification } from "@/lib/domain/confirmation/code-verification";
import { contenuConfirmation, type Ligne, type Section } from "@/lib/domain/confirmation/contenu";
import { masquerNom } from "@/lib/domain/confirmation/masque";
import { estAuthentique } from "./document-hmac";
import { urlVerification } from "./generer-confirmation";
import { lireSourceConfirmation } from "./source-confirmation";

export type VerificationReconnue = {
  reconnu: true;
  code: string;
  numero: string;
  version: number;
  /** The candidature's latest saved version: a newer one replaces this document. */
  derniereVersion: number;
  statut: CandidatureStatut;
  academie: string;
  timeZone: string;
  genereAt: Date;
  nomMasque: string;
  sousTitre: string;
  sha256: string;
  reference: readonly Ligne[];
  /** What the document says of the candidature, without the identity, address or handicap. */
  sections: readonly Section[];
  pieces: readonly string[];
};

export type Verification = { reconnu: false } | VerificationReconnue;

// Sections the public page may repeat: the choices, which the holder of a copy compares with it.
// Identity, address, contacts and the Informations step (handicap) stay on the paper only.
const SECTIONS_PUBLIQUES = new Set(["Acquis", "Choix d’épreuves", "Épreuves obligatoires et épreuve de contrôle", "Épreuves obligatoires"]);

async function documentDuCode(db: Db, code: string) {
  return db.document.findUnique({
    where: { codeVerification: code },
    select: {
      candidatureId: true,
      candidatureVersion: true,
      createdAt: true,
      hmac: true,
      sha256: true,
      type: true,
      candidature: { select: { version: true, statut: true } },
    },
  });
}

/** What the verification page says of a code as typed or scanned: non reconnu, or what the authentic document holds. */
export async function verifierCode(input: string, { db }: { db?: Db } = {}): Promise<Verification> {
  const code = normaliserCodeVerification(input);
  if (!code) return { reconnu: false };
  const client = db ?? (await getDb());
  const doc = await documentDuCode(client, code);
  if (!doc || doc.type !== "CONFIRMATION_INSCRIPTION" || doc.candidatureVersion === null || !doc.sha256) return { reconnu: false };
  const source = await lireSourceConfirmation(client, doc.candidatureId, doc.candidatureVersion);
  if (!source) return { reconnu: false };
  const contenu = contenuConfirmation({ ...source, genereAt: doc.createdAt, verification: { code, url: urlVerification(code) } });
  return {
    reconnu: true,
    code,
    numero: source.numero,
    version: source.version,
    derniereVersion: doc.candidature.version,
    statut: doc.candidature.statut,
    academie: contenu.emetteur[0] ?? source.academie.nom,
    timeZone: source.academie.timeZone,
    genereAt: doc.createdAt,
    nomMasque: masquerNom({ prenoms: source.identite.prenoms, nom: source.identite.nomUsage || source.identite.nomNaissance }),
    sousTitre: contenu.sousTitre,
    sha256: doc.sha256,
    reference: contenu.reference.filter(([terme]) => terme !== "Numéro d’inscription"),
    sections: contenu.sections.filter((s) => SECTIONS_PUBLIQUES.has(s.titre)),
    pieces: contenu.pieces.map((p) => `${p.libelle} (${p.code})`),
  };
}

/**
 * Whether a file is, byte for byte, the document this code names: its HMAC under the portal's
 * key must be the stored one. A copy altered in any byte, or made elsewhere, is not.
 */
export async function verifierCopie(input: string, bytes: Uint8Array, { db }: { db?: Db } = {}): Promise<"authentique" | "non-reconnu"> {
  const code = normaliserCodeVerification(input);
  if (!code) return "non-reconnu";
  const doc = await documentDuCode(db ?? (await getDb()), code);
  if (!doc?.hmac) return "non-reconnu";
  return estAuthentique(bytes, doc.hmac) ? "authentique" : "non-reconnu";
}
