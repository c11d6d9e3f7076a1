import { describe, expect, it } from "vitest";
import { courrielRappel, etatPieceRappel, type SourceRappel } from "./rappels-courriel";

const plat = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");
const source = (over: Partial<SourceRappel> = {}): SourceRappel => ({
  rappel: "BROUILLON_72H",
  echeance: new Date("2026-12-04T16:00:00Z"),
  zone: "Europe/Paris",
  candidatureId: "cand1",
  prenoms: "Thị Lan",
  examen: "Baccalauréat professionnel",
  specialite: "Métiers du commerce et de la vente",
  session: "Session 2027",
  academie: "Aix-Marseille",
  numero: null,
  pieces: [],
  ...over,
});

describe("reminder mails", () => {
  it("asks a draft to be finished and ENREGISTRÉE before the closing, in the académie's time, with the link to it", () => {
    const m = courrielRappel(source());
    expect(plat(m.sujet)).toBe("Rappel : candidature non enregistrée – Baccalauréat professionnel");
    expect(m.sujet).toContain("Rappel\u00a0:");
    expect(m.paragraphes.map(plat)).toEqual([
      "Bonjour Thị Lan,",
      "Vous avez commencé une candidature (Baccalauréat professionnel – Métiers du commerce et de la vente, Session 2027, académie d'Aix-Marseille), mais elle n'est pas enregistrée : en l'état, vous n'êtes pas inscrit.",
      "Complétez-la, puis cliquez sur le bouton « ENREGISTRER » de sa dernière page avant la clôture des inscriptions, le vendredi 4 décembre 2026 à 17 h 00, heure de Paris. Passé ce délai, aucune inscription n'est acceptée.",
      "Si vous ne souhaitez plus vous inscrire, ne tenez pas compte de ce message.",
    ]);
    expect(m.action).toEqual({ label: "Terminer ma candidature", chemin: "/mes-candidatures/cand1" });
  });

  it("says the deadline in an overseas académie's own zone, and that less than a day is left at 24 h", () => {
    const m = courrielRappel(source({ rappel: "BROUILLON_24H", zone: "Indian/Reunion", academie: "La Réunion" }));
    expect(plat(m.paragraphes[2]!)).toContain("le vendredi 4 décembre 2026 à 20 h 00, heure de La Réunion. Il vous reste moins de 24 heures.");
  });

  it("lists the missing pieces, says where and by when to deposit them, with the link to Mes justificatifs", () => {
    const m = courrielRappel(
      source({
        rappel: "PIECES_72H",
        numero: "2027-02-BACPRO-000042",
        pieces: [
          { pieceCode: "1NATID01", mode: "UPLOAD", etat: "A_FOURNIR" },
          { pieceCode: "CERTRV01", mode: "UPLOAD", etat: "NON_CONFORME" },
          { pieceCode: "JDCREC01", mode: "POSTAL", etat: "A_FOURNIR" },
          { pieceCode: "CINSIG01", mode: "UPLOAD", etat: "A_TRANSMETTRE" },
        ],
      }),
    );
    expect(plat(m.sujet)).toBe("Rappel : pièces justificatives à fournir – Baccalauréat professionnel");
    const texte = m.paragraphes.map(plat);
    expect(texte[1]).toContain("numéro d'inscription 2027-02-BACPRO-000042) est enregistrée, mais votre dossier est incomplet.");
    expect(texte[3]!.split("\n")).toEqual([
      "– Document justifiant l'identité, en cours de validité",
      "– Certificats de travail justifiant de 3 ans d'expérience dans le domaine du diplôme (non conforme, à remplacer)",
      "– Certificat de participation à la journée défense et citoyenneté ou attestation de recensement (par la poste)",
      expect.stringMatching(/^– .+ \(déposée, pas encore transmise\)$/),
    ]);
    expect(texte[4]).toBe("Déposez-les dans « Mes justificatifs » avant la date limite de dépôt des pièces, le vendredi 4 décembre 2026 à 17 h 00, heure de Paris. Un dossier incomplet à cette date peut être annulé.");
    expect(texte.slice(5)).toHaveLength(2);
    expect(m.action).toEqual({ label: "Déposer mes pièces", chemin: "/mes-candidatures/cand1/justificatifs" });
  });

  it("reads a piece as missing the way the missing-pieces count does", () => {
    const p = (statut: string, deposeAt: Date | null = null, caduc = false) => etatPieceRappel({ statut, deposeAt, caduc });
    expect([p("ATTENDU"), p("NON_CONFORME"), p("DEPOSE"), p("DEPOSE", new Date()), p("RECUE"), p("CONFORME"), p("ATTENDU", null, true)]).toEqual([
      "A_FOURNIR",
      "NON_CONFORME",
      "A_TRANSMETTRE",
      null,
      null,
      null,
      null,
    ]);
  });
});
