import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { PrismaClient } from "@prisma/client";
import { formatNumeroInscription } from "../lib/domain/candidature/numero";
import { STEP_SCHEMAS } from "../lib/domain/candidature/schemas";
import type { Examen } from "../lib/domain/candidature/types";
import { colonnesNoms, normaliserTexte } from "../lib/domain/gestion/recherche";

// `npm run db:seed-volume [-- --nombre 100000] [-- --academie 06]`: the back office at the scale of
// a whole académie [issue 9, "Scale"]. Adds candidatures, each with its own candidate and its
// pieces, to the demo sessions (`npm run db:seed` with the demo data first): a realistic mix of
// statuses and pieces, French names with accents (so that the accent-blind search has work),
// registration dates spread over each session's window so far, numéros taken from each session's
// counter. Rows go in as multi-row INSERT … SELECT FROM unnest(arrays), a batch per transaction:
// 100 000 candidatures take about a minute on PostgreSQL. A second run adds as many again; every
// account it creates is @volume.example.fr (none can sign in: no password).

export const DOMAINE_VOLUME = "volume.example.fr";
const ACADEMIES_DEMO = ["12", "06", "23", "02"] as const;
/** Share of the volume per académie, and per exam within Nice (the only one with four exams). */
const PART_ACADEMIE: Record<string, number> = { "12": 0.25, "06": 0.3, "23": 0.25, "02": 0.2 };
const PART_EXAMEN: Record<string, number> = { BAC_PRO: 0.5, CAP: 0.3, BP: 0.1, MC: 0.1 };

export type OptionsVolume = { nombre: number; academie?: string; now: Date; lot?: number; graine?: number; log?: (ligne: string) => void };
export type BilanVolume = { candidatures: number; pieces: number; parAcademie: Record<string, number>; parStatut: Record<string, number>; dejaPresentes: number; secondes: number };

// ——— Names: common French surnames and given names, many with accents, some compound ———

const NOMS = [
  "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel",
  "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
  "Rousseau", "Vincent", "Müller", "Lefèbvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier",
  "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu",
  "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
  "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martínez", "Gérard",
  "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert",
  "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Léger", "Hervé",
  "Ménard", "Bénard", "Lemaître", "Besnard", "Pelletier", "Daniel", "Hamon", "Le Goff", "Le Gall", "Le Bihan", "D’Aubigné",
  "De la Fontaine", "N’Diaye", "Ben Saïd", "Nguyen", "Traoré", "Da Silva", "Ferreira", "Çelik", "Œuvray", "Béranger", "Thévenot",
  "Héraud", "Gonçalves", "Lê", "Saint-Aubin", "Jean-Baptiste", "Désiré", "Ébrard", "Étienne", "Énault", "Hébert", "Prévost",
];

/** Given names with the civilité they most often go with. */
const PRENOMS: readonly [string, "MADAME" | "MONSIEUR"][] = [
  ["Éloïse", "MADAME"], ["Zoé", "MADAME"], ["Anaïs", "MADAME"], ["Léa", "MADAME"], ["Chloé", "MADAME"], ["Hélène", "MADAME"],
  ["Gaëlle", "MADAME"], ["Noémie", "MADAME"], ["Inès", "MADAME"], ["Anaëlle", "MADAME"], ["Célia", "MADAME"], ["Manon", "MADAME"],
  ["Camille", "MADAME"], ["Emma", "MADAME"], ["Jade", "MADAME"], ["Louise", "MADAME"], ["Maëlys", "MADAME"], ["Océane", "MADAME"],
  ["Mélanie", "MADAME"], ["Aurélie", "MADAME"], ["Sophie", "MADAME"], ["Marie-Thérèse", "MADAME"], ["Bérénice", "MADAME"], ["Agnès", "MADAME"],
  ["Joëlle", "MADAME"], ["Françoise", "MADAME"], ["Aïcha", "MADAME"], ["Fatoumata", "MADAME"], ["Séverine", "MADAME"], ["Cécile", "MADAME"],
  ["Jérôme", "MONSIEUR"], ["François", "MONSIEUR"], ["Maël", "MONSIEUR"], ["Loïc", "MONSIEUR"], ["Théo", "MONSIEUR"], ["Raphaël", "MONSIEUR"],
  ["Joël", "MONSIEUR"], ["Noé", "MONSIEUR"], ["Hugo", "MONSIEUR"], ["Lucas", "MONSIEUR"], ["Nathan", "MONSIEUR"], ["Gaël", "MONSIEUR"],
  ["Benoît", "MONSIEUR"], ["Frédéric", "MONSIEUR"], ["Sébastien", "MONSIEUR"], ["Jean-Michel", "MONSIEUR"], ["Hervé", "MONSIEUR"], ["Rémi", "MONSIEUR"],
  ["Mathéo", "MONSIEUR"], ["Timothée", "MONSIEUR"], ["Anthony", "MONSIEUR"], ["Kévin", "MONSIEUR"], ["Mehdi", "MONSIEUR"], ["Moussa", "MONSIEUR"],
  ["Stéphane", "MONSIEUR"], ["Grégoire", "MONSIEUR"], ["Aurélien", "MONSIEUR"], ["Jérémy", "MONSIEUR"], ["Adrien", "MONSIEUR"], ["Léo", "MONSIEUR"],
];

/** A small seeded generator (mulberry32): the same seed gives the same volume. */
function generateur(graine: number) {
  let a = graine >>> 0;
  const suivant = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const entier = (n: number) => Math.floor(suivant() * n);
  const parmi = <T>(liste: readonly T[]): T => liste[entier(liste.length)]!;
  /** A key drawn by its weight. */
  const pondere = <K extends string>(poids: Readonly<Record<K, number>>): K => {
    const total = Object.values<number>(poids).reduce((s, p) => s + p, 0);
    let r = suivant() * total;
    for (const [k, p] of Object.entries(poids) as [K, number][]) if ((r -= p) < 0) return k;
    return Object.keys(poids)[0] as K;
  };
  return { suivant, entier, parmi, pondere };
}

type Statut = "BROUILLON" | "ENREGISTREE" | "DESINSCRITE" | "ANNULEE";
type PieceStatut = "ATTENDU" | "DEPOSE" | "RECUE" | "NON_CONFORME" | "CONFORME";
const STATUTS: Record<Statut, number> = { BROUILLON: 18, ENREGISTREE: 74, DESINSCRITE: 5, ANNULEE: 3 };
/** A piece handed in through the portal: nothing yet, uploaded but not handed in, handed in, refused, accepted. */
const PIECES_UPLOAD: Record<"ATTENDU" | "DEPOSE_NON_REMIS" | "DEPOSE" | "NON_CONFORME" | "CONFORME", number> = { ATTENDU: 25, DEPOSE_NON_REMIS: 8, DEPOSE: 27, NON_CONFORME: 8, CONFORME: 32 };
/** A piece sent by post: nothing yet, received, refused, accepted. */
const PIECES_POSTAL: Record<"ATTENDU" | "RECUE" | "NON_CONFORME" | "CONFORME", number> = { ATTENDU: 35, RECUE: 28, NON_CONFORME: 5, CONFORME: 32 };
/** The pieces a candidature requires, and how often (the confirmation and an identity document always). */
const PIECES_REQUISES: readonly [string, number, string][] = [
  ["CINSIG01", 1, "Toute candidature"],
  ["1NATID01", 1, "Toute candidature"],
  ["JDCREC01", 0.6, "Moins de 25 ans au 31 décembre"],
  ["CERTRV01", 0.45, "Candidature au titre de l’expérience professionnelle"],
  ["DIPLOM01", 0.2, "Dispense d’épreuves demandée"],
  ["ATTFOR01", 0.15, "Candidature au titre d’une formation"],
  ["AMENAG01", 0.04, "Aménagement d’épreuves demandé"],
];

type SessionVolume = {
  id: string;
  academieId: string;
  academieCode: string;
  academieNom: string;
  examen: Examen;
  annee: number;
  configVersion: number;
  ouverture: Date;
  cloture: Date;
  specialites: { id: string; codeDiplome: string }[];
  pieces: Map<string, "UPLOAD" | "POSTAL">;
};

async function sessionsDemo(db: PrismaClient, academie: string | undefined): Promise<SessionVolume[]> {
  const codes = academie ? [academie] : [...ACADEMIES_DEMO];
  const sessions = await db.session.findMany({
    where: { demo: true, academie: { code: { in: codes } } },
    select: {
      id: true, academieId: true, annee: true, configVersion: true, inscriptionOuverture: true, inscriptionCloture: true, examenId: true,
      academie: { select: { code: true, nom: true } },
      examen: { select: { code: true } },
      pieces: { select: { pieceCode: true, mode: true } },
    },
    orderBy: [{ academie: { code: "asc" } }, { examen: { ordre: "asc" } }],
  });
  const specialites = await db.specialite.findMany({ where: { active: true }, select: { id: true, codeDiplome: true, examenId: true }, orderBy: { codeDiplome: "asc" } });
  return sessions.map((s) => ({
    id: s.id,
    academieId: s.academieId,
    academieCode: s.academie.code,
    academieNom: s.academie.nom,
    examen: s.examen.code,
    annee: s.annee,
    configVersion: s.configVersion,
    ouverture: s.inscriptionOuverture,
    cloture: s.inscriptionCloture,
    specialites: specialites.filter((sp) => sp.examenId === s.examenId),
    pieces: new Map(s.pieces.map((p) => [p.pieceCode, p.mode])),
  }));
}

/** What a registered candidature holds (the wizard's five steps), for its spécialité. */
const donneesCache = new Map<string, string>();
function donneesPour(codeDiplome: string | null, academieNom: string): string {
  const cle = `${codeDiplome}/${academieNom}`;
  let json = donneesCache.get(cle);
  if (json === undefined) {
    const formulaires: Record<string, Record<string, unknown>> = {
      identification: { adresse: "1 place de la République", codePostal: "75001", commune: academieNom, pays: "FR", pcsRepresentantLegal: "61", telephone: "0612345678" },
      informations: { typeCandidature: "EXPERIENCE_PRO_3_ANS", handicap: "non", jdcEnRegle: "on" },
      qualification: { specialiteCode: codeDiplome ?? "", formePassage: "GLOBALE" },
      acquis: { type: "AUCUN" },
      epreuves: { lva: "Anglais", lvb: "Espagnol", epsChoix: "APTE", epsActivites: ["Danse", "Demi-fond"] },
    };
    const donnees: Record<string, unknown> = {};
    for (const [etape, valeurs] of Object.entries(formulaires)) {
      // A step the exam's rules would word differently is simply left out (volume data, not a dossier to sign).
      const lu = STEP_SCHEMAS[etape as keyof typeof STEP_SCHEMAS].safeParse(valeurs);
      if (lu.success) donnees[etape] = lu.data;
    }
    json = JSON.stringify(donnees);
    donneesCache.set(cle, json);
  }
  return json;
}

const ascii = (s: string) => normaliserTexte(s).replace(/ /g, "-");
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const HEURE = 3_600_000;

type Colonnes = Record<string, (string | null)[]>;
const colonnes = (...noms: string[]): Colonnes => Object.fromEntries(noms.map((n) => [n, []]));

/**
 * INSERT INTO table (cols) SELECT v0::type, … FROM unnest($1::text[], …): one statement per table and
 * batch. Every array travels as text[] and is cast row by row: PGlite serialises only the arrays of
 * types it knows (an enum[] parameter reaches it as "A,B,C").
 */
async function inserer(tx: Pick<PrismaClient, "$executeRawUnsafe">, table: string, types: Record<string, string>, valeurs: Colonnes): Promise<void> {
  const noms = Object.keys(types);
  if ((valeurs[noms[0]!]?.length ?? 0) === 0) return;
  const sql =
    `INSERT INTO "${table}" (${noms.map((c) => `"${c}"`).join(", ")}) ` +
    `SELECT ${noms.map((c, i) => `v${i}::${types[c]}`).join(", ")} FROM unnest(${noms.map((_, i) => `$${i + 1}::text[]`).join(", ")}) AS t(${noms.map((_, i) => `v${i}`).join(", ")})`;
  await tx.$executeRawUnsafe(sql, ...noms.map((c) => valeurs[c]));
}

const TYPES_ACCOUNT = { id: "text", email: "text", emailNormalized: "text", civilite: '"Civilite"', nomNaissance: "text", nomUsage: "text", prenoms: "text", dateNaissance: "date", paysNaissance: "text", role: '"Role"', activatedAt: "timestamp(3)", createdAt: "timestamp(3)", updatedAt: "timestamp(3)" };
const TYPES_CANDIDATURE = {
  id: "text", accountId: "text", sessionId: "text", academieId: "text", nomTri: "text", recherche: "text", specialiteId: "text", statut: '"CandidatureStatut"',
  numero: "text", version: "int", donnees: "jsonb", brouillon: "jsonb", etapeCourante: "int", configVersion: "int", modalitesAccepteesAt: "timestamp(3)",
  premierEnregistrementAt: "timestamp(3)", dernierEnregistrementAt: "timestamp(3)", brouillonSauveAt: "timestamp(3)", piecesFourniesAt: "timestamp(3)",
  desinscriteAt: "timestamp(3)", annuleeAt: "timestamp(3)", motifAnnulation: "text", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
};
const TYPES_VERSION = { id: "text", candidatureId: "text", version: "int", donnees: "jsonb", configVersion: "int", savedAt: "timestamp(3)" };
const TYPES_JUSTIFICATIF = {
  id: "text", candidatureId: "text", pieceCode: "text", motif: "text", mode: '"PieceMode"', statut: '"JustificatifStatut"', commentaire: "text",
  deposeAt: "timestamp(3)", recuAt: "timestamp(3)", valideAt: "timestamp(3)", createdAt: "timestamp(3)", updatedAt: "timestamp(3)",
};

/** Adds `nombre` candidatures (with candidates and pieces) to the demo sessions; see the file's header. */
export async function seedVolume(db: PrismaClient, { nombre, academie, now, lot = 2000, graine = Date.now() % 2 ** 31, log = () => {} }: OptionsVolume): Promise<BilanVolume> {
  const debut = performance.now();
  const sessions = await sessionsDemo(db, academie);
  if (sessions.length === 0) {
    throw new Error(
      academie
        ? `aucune session de démonstration pour l’académie ${academie} (académies de démonstration : ${ACADEMIES_DEMO.join(", ")}). Lancez d’abord « npm run db:seed » avec les données de démonstration.`
        : "aucune session de démonstration. Lancez d’abord « npm run db:seed » avec les données de démonstration (SEED_DEMO=true).",
    );
  }
  const dejaPresentes = await db.candidature.count({ where: { account: { emailNormalized: { endsWith: `@${DOMAINE_VOLUME}` } } } });
  const alea = generateur(graine);
  const etiquette = graine.toString(36);
  // Each session's share: the académie's, split among its exams.
  const poids: Record<string, number> = {};
  for (const s of sessions) {
    const examens = sessions.filter((x) => x.academieId === s.academieId).length;
    poids[s.id] = (academie ? 1 : (PART_ACADEMIE[s.academieCode] ?? 0.1)) * (examens > 1 ? (PART_EXAMEN[s.examen] ?? 0.1) : 1);
  }
  const parId = new Map(sessions.map((s) => [s.id, s]));
  const bilan: BilanVolume = { candidatures: 0, pieces: 0, parAcademie: {}, parStatut: {}, dejaPresentes, secondes: 0 };

  for (let fait = 0; fait < nombre; fait += lot) {
    const taille = Math.min(lot, nombre - fait);
    const tirages = Array.from({ length: taille }, () => ({ session: parId.get(alea.pondere(poids))!, statut: alea.pondere(STATUTS) }));
    // How many numéros each session gives this batch.
    const aNumeroter = new Map<string, number>();
    for (const t of tirages) if (t.statut !== "BROUILLON") aNumeroter.set(t.session.id, (aNumeroter.get(t.session.id) ?? 0) + 1);

    await db.$transaction(
      async (tx) => {
        // Reserve each session's numéros: the counter moves on as real registrations move it (one row lock).
        const prochain = new Map<string, number>();
        for (const [sessionId, k] of aNumeroter) {
          const [ligne] = await tx.$queryRaw<{ numeroSequence: number }[]>`UPDATE "Session" SET "numeroSequence" = "numeroSequence" + ${k} WHERE "id" = ${sessionId} RETURNING "numeroSequence"`;
          prochain.set(sessionId, ligne!.numeroSequence - k + 1);
        }
        const comptes = colonnes(...Object.keys(TYPES_ACCOUNT));
        const candidatures = colonnes(...Object.keys(TYPES_CANDIDATURE));
        const versions = colonnes(...Object.keys(TYPES_VERSION));
        const pieces = colonnes(...Object.keys(TYPES_JUSTIFICATIF));
        const push = (c: Colonnes, ligne: Record<string, string | number | null>) => {
          for (const [k, v] of Object.entries(ligne)) c[k]!.push(v === null ? null : String(v));
        };

        tirages.forEach(({ session, statut }, i) => {
          const [prenom, civilite] = alea.parmi(PRENOMS);
          const prenoms = alea.suivant() < 0.3 ? `${prenom} ${alea.parmi(PRENOMS.filter(([, c]) => c === civilite))[0]}` : prenom;
          const nomNaissance = alea.parmi(NOMS);
          const nomUsage = civilite === "MADAME" && alea.suivant() < 0.15 ? alea.parmi(NOMS) : null;
          const accountId = randomUUID();
          const candidatureId = randomUUID();
          const email = `${ascii(prenom)}.${ascii(nomNaissance)}.${etiquette}${fait + i}@${DOMAINE_VOLUME}`;
          // Registration dates over the session's window so far, at any hour.
          const fin = Math.min(now.getTime(), session.cloture.getTime());
          const createdAt = new Date(session.ouverture.getTime() + alea.suivant() * Math.max(0, fin - session.ouverture.getTime()));
          const plusTard = (heures: number) => new Date(Math.min(fin, createdAt.getTime() + heures * HEURE));
          const specialite = session.specialites.length > 0 ? session.specialites[Math.floor(session.specialites.length * alea.suivant() ** 2)]! : null;
          const naissance = new Date(Date.UTC(1965 + alea.entier(43), alea.entier(12), 1 + alea.entier(28)));
          push(comptes, {
            id: accountId, email, emailNormalized: email, civilite, nomNaissance, nomUsage, prenoms, dateNaissance: naissance.toISOString().slice(0, 10),
            paysNaissance: alea.suivant() < 0.9 ? "FR" : alea.parmi(["MA", "DZ", "PT", "SN", "TN", "BE"]), role: "CANDIDAT", activatedAt: iso(createdAt), createdAt: iso(createdAt), updatedAt: iso(createdAt),
          });

          const enregistree = statut !== "BROUILLON";
          const premier = enregistree ? plusTard(alea.suivant() * 72) : null;
          const modifiee = premier && alea.suivant() < 0.2;
          const dernier = premier ? (modifiee ? plusTard(72 + alea.suivant() * 240) : premier) : null;
          const fin2 = dernier ?? createdAt;
          const donnees = enregistree ? donneesPour(specialite?.codeDiplome ?? null, session.academieNom) : "{}";
          let numero: string | null = null;
          if (enregistree) {
            const sequence = prochain.get(session.id)!;
            prochain.set(session.id, sequence + 1);
            numero = formatNumeroInscription({ annee: session.annee, academieCode: session.academieCode, examen: session.examen, sequence });
          }
          // Pieces (registered candidatures only): the required ones, each in a state of its mode.
          let manquante = false;
          let dernierDepot: Date | null = null;
          if (enregistree) {
            for (const [code, probabilite, motif] of PIECES_REQUISES) {
              const mode = session.pieces.get(code);
              if (!mode || alea.suivant() >= probabilite) continue;
              let etat: PieceStatut;
              let deposeAt: Date | null = null;
              if (mode === "UPLOAD") {
                const tire = statut === "ANNULEE" ? "ATTENDU" : alea.pondere(PIECES_UPLOAD);
                etat = tire === "DEPOSE_NON_REMIS" ? "DEPOSE" : tire;
                if (tire !== "ATTENDU" && tire !== "DEPOSE_NON_REMIS") deposeAt = plusTard(alea.suivant() * 240);
                if (tire === "ATTENDU" || tire === "DEPOSE_NON_REMIS" || tire === "NON_CONFORME") manquante = true;
              } else {
                etat = statut === "ANNULEE" ? "ATTENDU" : alea.pondere(PIECES_POSTAL);
                if (etat === "ATTENDU" || etat === "NON_CONFORME") manquante = true;
              }
              const recuAt = etat === "RECUE" || etat === "NON_CONFORME" || etat === "CONFORME" ? plusTard(24 + alea.suivant() * 300) : null;
              if (deposeAt && (!dernierDepot || deposeAt > dernierDepot)) dernierDepot = deposeAt;
              push(pieces, {
                id: randomUUID(), candidatureId, pieceCode: code, motif, mode, statut: etat,
                commentaire: etat === "NON_CONFORME" ? alea.parmi(["Document illisible : merci de déposer une copie nette.", "Pièce incomplète : le verso manque.", "Document périmé."]) : null,
                deposeAt: iso(deposeAt), recuAt: iso(recuAt), valideAt: etat === "CONFORME" ? iso(recuAt) : null, createdAt: iso(premier), updatedAt: iso(recuAt ?? deposeAt ?? premier),
              });
              bilan.pieces += 1;
            }
          }
          const desinscrite = statut === "DESINSCRITE" ? plusTard(300 + alea.suivant() * 200) : null;
          const annulee = statut === "ANNULEE" ? plusTard(400 + alea.suivant() * 200) : null;
          push(candidatures, {
            id: candidatureId, accountId, sessionId: session.id, academieId: session.academieId, ...colonnesNoms({ nomNaissance, nomUsage, prenoms }),
            specialiteId: specialite?.id ?? null, statut, numero, version: enregistree ? (modifiee ? 2 : 1) : 0, donnees,
            brouillon: enregistree ? null : JSON.stringify({}), etapeCourante: enregistree ? 6 : 1 + alea.entier(5), configVersion: session.configVersion,
            modalitesAccepteesAt: iso(createdAt), premierEnregistrementAt: iso(premier), dernierEnregistrementAt: iso(dernier),
            brouillonSauveAt: enregistree ? null : iso(createdAt), piecesFourniesAt: enregistree && !manquante && dernierDepot ? iso(dernierDepot) : null,
            desinscriteAt: iso(desinscrite), annuleeAt: iso(annulee), motifAnnulation: annulee ? "Dossier incomplet à la date limite de dépôt des pièces." : null,
            createdAt: iso(createdAt), updatedAt: iso(annulee ?? desinscrite ?? fin2),
          });
          if (premier) {
            push(versions, { id: randomUUID(), candidatureId, version: 1, donnees, configVersion: session.configVersion, savedAt: iso(premier) });
            if (modifiee) push(versions, { id: randomUUID(), candidatureId, version: 2, donnees, configVersion: session.configVersion, savedAt: iso(dernier) });
          }
          bilan.parAcademie[session.academieNom] = (bilan.parAcademie[session.academieNom] ?? 0) + 1;
          bilan.parStatut[statut] = (bilan.parStatut[statut] ?? 0) + 1;
        });
        await inserer(tx, "Account", TYPES_ACCOUNT, comptes);
        await inserer(tx, "Candidature", TYPES_CANDIDATURE, candidatures);
        await inserer(tx, "CandidatureVersion", TYPES_VERSION, versions);
        await inserer(tx, "Justificatif", TYPES_JUSTIFICATIF, pieces);
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    bilan.candidatures += taille;
    log(`  ${bilan.candidatures.toLocaleString("fr-FR")} / ${nombre.toLocaleString("fr-FR")} candidatures…`);
  }
  // Fresh statistics, so that the planner sees the new volume at once; on a PostgreSQL server, the
  // visibility map too, so that counts read the index only (autovacuum would get there later).
  // PGlite (one process, a first try) gets ANALYZE only: its VACUUM takes seconds per thousand rows.
  const tables = `"Account", "Candidature", "CandidatureVersion", "Justificatif"`;
  await db.$executeRawUnsafe(process.env.DATABASE_URL ? `VACUUM ANALYZE ${tables}` : `ANALYZE ${tables}`);
  bilan.secondes = (performance.now() - debut) / 1000;
  return bilan;
}

const LIBELLES_STATUT: Record<string, string> = { BROUILLON: "brouillons", ENREGISTREE: "enregistrées", DESINSCRITE: "désinscrites", ANNULEE: "annulées" };
const nombreFr = (n: number) => n.toLocaleString("fr-FR");

export function resumeVolume(b: BilanVolume): string {
  const academies = Object.entries(b.parAcademie).map(([nom, n]) => `${nom} ${nombreFr(n)}`).join(", ");
  const statuts = Object.entries(b.parStatut).map(([s, n]) => `${nombreFr(n)} ${LIBELLES_STATUT[s] ?? s}`).join(", ");
  return [
    `${nombreFr(b.candidatures)} candidatures ajoutées en ${b.secondes.toFixed(1)} s, chacune avec son candidat (adresses @${DOMAINE_VOLUME}, sans mot de passe), et ${nombreFr(b.pieces)} pièces.`,
    `Par académie : ${academies}.`,
    `Par statut : ${statuts}.`,
    `Candidatures de volume dans la base : ${nombreFr(b.dejaPresentes + b.candidatures)} (dont ${nombreFr(b.dejaPresentes)} d’un passage précédent).`,
  ].join("\n");
}

async function main() {
  const { values } = parseArgs({ options: { nombre: { type: "string", default: "100000" }, academie: { type: "string" }, lot: { type: "string", default: "2000" } } });
  const nombre = Number(values.nombre);
  if (!Number.isInteger(nombre) || nombre < 1) throw new Error(`--nombre attend un entier positif (reçu « ${values.nombre} »).`);
  const { getDb, disconnectDb } = await import("../lib/db");
  try {
    const db = await getDb();
    console.log(`Création de ${nombreFr(nombre)} candidatures de volume${values.academie ? ` dans l’académie ${values.academie}` : " dans les académies de démonstration"}…`);
    const bilan = await seedVolume(db, { nombre, academie: values.academie, now: new Date(), lot: Number(values.lot), log: (l) => console.log(l) });
    console.log(resumeVolume(bilan));
  } finally {
    await disconnectDb();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    console.error(`Création du volume impossible : ${error.message}`);
    process.exit(1);
  });
}
