// What a confirmation d'inscription says, from plain data (no Prisma, no PDF): the académie and
// its service, the exam, session and spécialité, the numéro and version, the identity and
// address, every choice in the récapitulatif's own words (../candidature/recapitulatif.ts), the
// pieces with how and by when, the engagement that the choices are définitifs [C:NM], "Fait à …,
// le …" and the generation time in the académie's zone. lib/pdf/confirmation.ts lays it out.
import { utcToCalendarDate, formatCalendarDate } from "../account/birth-date";
import { CIVILITE_LABELS } from "../account/schemas";
import { formatInstantFr } from "../calendar";
import type { EpreuveDef } from "../catalogue/types";
import { computeEpreuveStatuses, titreStatutsEpreuves } from "../candidature/epreuves";
import {
  epreuveTexte,
  lignesAcquis,
  lignesEpreuves,
  lignesIdentification,
  lignesInformations,
  statutEpreuveTexte,
  type Ligne,
} from "../candidature/recapitulatif";
import { FORME_LIBELLES } from "../candidature/libelles";
import type { CandidatureData } from "../candidature/schemas";
import type { SpecialiteInfo } from "../candidature/types";
import { nomPays } from "../pays";
import { deNom, fr, typographieFr } from "../typographie";
import { zoneLabel } from "../zones";
import type { PieceConfirmation } from "./pieces";

export type { Ligne } from "../candidature/recapitulatif";

export interface ConfirmationSource {
  academie: { nom: string; adressePostale: string | null; timeZone: string };
  examen: { libelle: string };
  session: { libelle: string; annee: number };
  specialite: SpecialiteInfo;
  /** The spécialité's épreuves, from the catalogue. */
  epreuves: readonly EpreuveDef[];
  /** The exam's spécialités, to name another one the Acquis step refers to. */
  specialitesExamen: readonly { codeDiplome: string; libelle: string }[];
  numero: string;
  version: number;
  identite: {
    civilite: "MADAME" | "MONSIEUR" | null;
    nomNaissance: string;
    nomUsage: string | null;
    prenoms: string;
    /** @db.Date (UTC midnight) or "YYYY-MM-DD". */
    dateNaissance: Date | string | null;
    /** ISO 3166-1 alpha-2. */
    paysNaissance: string | null;
  };
  /** The saved version's data (CandidatureVersion.donnees). */
  donnees: CandidatureData;
  pieces: readonly PieceConfirmation[];
  /** Saved (ENREGISTRER) at. */
  enregistreAt: Date;
  genereAt: Date;
  verification: { code: string; url: string };
}

export interface Section {
  titre: string;
  lignes: readonly Ligne[];
}

export interface ConfirmationContenu {
  /** "Académie de Clermont-Ferrand", then the service and postal address, one line each. */
  emetteur: readonly string[];
  titre: string;
  /** "Baccalauréat professionnel – Session 2024". */
  sousTitre: string;
  reference: readonly Ligne[];
  sections: readonly Section[];
  pieces: readonly PieceConfirmation[];
  engagement: readonly string[];
  faitA: string;
  signature: string;
  verification: { code: string; url: string; texte: string };
  /** "Document généré le lundi 6 novembre 2023 à 10 h 00, heure de Paris." */
  genere: string;
  /** "Confirmation d'inscription 24-06-BP-00001, version 2": page footers, document title. */
  pied: string;
}

const NBSP = "\u00a0";

function dateNaissanceTexte(date: Date | string | null): string {
  if (date === null) return "—";
  if (typeof date === "string") {
    const [y, m, d] = date.slice(0, 10).split("-");
    return `${d}/${m}/${y}`;
  }
  return formatCalendarDate(utcToCalendarDate(date));
}

/** The académie's lines: its name, then its postal address as the seed or its admins typed it. */
export function emetteurLignes(academie: ConfirmationSource["academie"]): string[] {
  const adresse = (academie.adressePostale ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const nom = `Académie ${deNom(academie.nom)}`;
  if (adresse.length === 0) return [nom, `Rectorat de l’académie ${deNom(academie.nom)}`, "Service des examens"];
  return [nom, ...adresse.map(typographieFr)];
}

export function contenuConfirmation(source: ConfirmationSource): ConfirmationContenu {
  const { identite, donnees, specialite, academie } = source;
  const zone = academie.timeZone;
  const quand = (instant: Date) => `${formatInstantFr(instant, zone)}, ${zoneLabel(zone)}`;

  const identiteLignes: Ligne[] = [
    ["Civilité", identite.civilite ? CIVILITE_LABELS[identite.civilite] : "—"],
    ["Nom de naissance", identite.nomNaissance],
  ];
  if (identite.nomUsage) identiteLignes.push(["Nom d’usage", identite.nomUsage]);
  identiteLignes.push(
    ["Prénoms", identite.prenoms],
    ["Date de naissance", dateNaissanceTexte(identite.dateNaissance)],
    ["Pays de naissance", identite.paysNaissance ? nomPays(identite.paysNaissance) : "—"],
  );

  const statuts = computeEpreuveStatuses(source.epreuves, donnees.acquis, donnees.epreuves.epsChoix);

  return {
    emetteur: emetteurLignes(academie),
    titre: "Confirmation d’inscription",
    sousTitre: typographieFr(`${source.examen.libelle} – ${source.session.libelle}`),
    reference: [
      ["Numéro d’inscription", source.numero],
      ["Version", `${source.version} (enregistrée le ${quand(source.enregistreAt)})`],
      ["Spécialité", `${specialite.codeDiplome} – ${typographieFr(specialite.libelle)}`],
      ["Forme de passage", FORME_LIBELLES[donnees.qualification.formePassage]],
    ],
    sections: [
      { titre: "Identité", lignes: identiteLignes },
      { titre: "Adresse et contacts", lignes: lignesIdentification(donnees.identification) },
      { titre: "Informations candidature", lignes: lignesInformations(donnees.informations) },
      { titre: "Acquis", lignes: lignesAcquis(donnees.acquis, source.specialitesExamen) },
      { titre: "Choix d’épreuves", lignes: lignesEpreuves(donnees.epreuves) },
      { titre: titreStatutsEpreuves(statuts), lignes: statuts.map((s) => [epreuveTexte(s), statutEpreuveTexte(s)] as const) },
    ],
    pieces: source.pieces,
    engagement: [
      fr`Je certifie exactes les informations ci-dessus. Par ma signature, je m'engage à respecter mes choix d'épreuves obligatoires et facultatives : ce choix relève de ma responsabilité et il est définitif.`,
      fr`Jusqu'à la clôture des inscriptions, toute modification se fait en ligne et donne une nouvelle version de ce document : seule la dernière version enregistrée fait foi. Tout dossier incomplet à la date limite entraîne l'annulation de l'inscription.`,
    ],
    faitA: `Fait à ${"…".repeat(24)}, le ${"…".repeat(14)}`,
    signature: "Signature du candidat",
    verification: {
      code: source.verification.code,
      url: source.verification.url,
      texte: fr`Code de vérification : ${source.verification.code}. Pour vérifier l'authenticité de ce document, ouvrez ${source.verification.url} ou lisez le code QR.`,
    },
    genere: `Document généré le ${quand(source.genereAt)}.`,
    pied: `Confirmation d’inscription n°${NBSP}${source.numero}, version ${source.version}`,
  };
}

/** Every string the document prints, for the font check before drawing. */
export function textesConfirmation(c: ConfirmationContenu): string[] {
  return [
    ...c.emetteur,
    c.titre,
    c.sousTitre,
    ...c.reference.flat(),
    ...c.sections.flatMap((s) => [s.titre, ...s.lignes.flat()]),
    ...c.pieces.flatMap((p) => [p.code, p.libelle, p.motif, p.consigne, p.mention ?? ""]),
    ...c.engagement,
    c.faitA,
    c.signature,
    c.verification.texte,
    c.genere,
    c.pied,
  ];
}
