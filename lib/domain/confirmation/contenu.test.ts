import { describe, expect, it } from "vitest";
import { contenuConfirmation, emetteurLignes, textesConfirmation } from "./contenu";
import { sourceConfirmation } from "./test-fixtures";

const NBSP = "\u00a0";

describe("contenuConfirmation: the data of a saved version → the document's lines", () => {
  const c = contenuConfirmation(sourceConfirmation());
  const section = (titre: string) => c.sections.find((s) => s.titre === titre)?.lignes;

  it("heads the document with the académie, its service and postal address, the exam and session", () => {
    expect(c.emetteur).toEqual([
      "Académie de Clermont-Ferrand",
      "Rectorat de l’académie de Clermont-Ferrand",
      "Division des examens et concours – Bureau des baccalauréats professionnels",
      "1 avenue de l’Exemple",
      "63000 Clermont-Ferrand",
    ]);
    expect(c.titre).toBe("Confirmation d’inscription");
    expect(c.sousTitre).toBe("Baccalauréat professionnel – Session 2024");
  });

  it("gives the numéro, the version with its saving time in the académie's zone, the spécialité's code and label, the forme", () => {
    expect(c.reference).toEqual([
      ["Numéro d’inscription", "2024-06-BCP-000042"],
      ["Version", `2 (enregistrée le lundi 20 novembre 2023 à 15${NBSP}h${NBSP}05, heure de Paris)`],
      ["Spécialité", "40031213 – Métiers du commerce et de la vente option A"],
      ["Forme de passage", "Globale (toutes les épreuves à cette session)"],
    ]);
  });

  it("prints the identity as the account holds it, names in any script the font has", () => {
    expect(section("Identité")).toEqual([
      ["Civilité", "Monsieur"],
      ["Nom de naissance", "Nguyễn Thị"],
      ["Nom d’usage", "Øyvind-Ğül"],
      ["Prénoms", "Łukasz Ğül"],
      ["Date de naissance", "14/03/2001"],
      ["Pays de naissance", "Pologne"],
    ]);
    const sansUsage = contenuConfirmation(sourceConfirmation({ identite: { ...sourceConfirmation().identite, nomUsage: null, civilite: null, dateNaissance: "1999-12-31", paysNaissance: null } }));
    expect(sansUsage.sections[0]!.lignes).toEqual([
      ["Civilité", "—"],
      ["Nom de naissance", "Nguyễn Thị"],
      ["Prénoms", "Łukasz Ğül"],
      ["Date de naissance", "31/12/1999"],
      ["Pays de naissance", "—"],
    ]);
  });

  it("repeats every choice in the récapitulatif's words: address, route, acquis with notes, languages, EPS and activities, each unit's status", () => {
    expect(section("Adresse et contacts")?.[0]).toEqual(["Adresse", "12 rue de l’Exemple, Résidence « Les Tilleuls »\u202fbât.\u202fB, 63000 Clermont-Ferrand, France"]);
    expect(section("Informations candidature")).toContainEqual(["Forme de passage à cette session", "Globale (toutes les épreuves à cette session)"]);
    expect(section("Acquis")).toEqual([
      ["Possibilité choisie", "Je conserve des notes obtenues à une session précédente (bénéfices de notes)"],
      ["Notes conservées", `E2${NBSP}: 12,5/20 (session 2023)`],
    ]);
    expect(section("Choix d’épreuves")).toEqual([
      ["Langue vivante A", "anglais"],
      ["Langue vivante B", "espagnol"],
      ["Éducation physique et sportive", `Apte${NBSP}: je choisis deux activités`],
      ["Activités", "danse, demi-fond"],
      ["Langue vivante facultative", "portugais"],
    ]);
    const statuts = section("Épreuves obligatoires et épreuve de contrôle");
    expect(statuts).toContainEqual(["E2 – Épreuve d’analyse et de technologie", `Bénéfice (note conservée${NBSP}: 12,5/20)`]);
    expect(statuts).toContainEqual(["E7 – Éducation physique et sportive", "Inscrit"]);
    expect(statuts?.at(-1)).toEqual(["ECT-3 – Épreuve de contrôle", "Inscrit"]);
  });

  it("says the choices are définitifs, leaves place and date to the candidate, and dates the document in the académie's zone", () => {
    expect(c.engagement[0]).toBe(
      `Je certifie exactes les informations ci-dessus. Par ma signature, je m’engage à respecter mes choix d’épreuves obligatoires et facultatives${NBSP}: ce choix relève de ma responsabilité et il est définitif.`,
    );
    expect(c.faitA).toMatch(/^Fait à …+, le …+$/);
    expect(c.signature).toBe("Signature du candidat");
    expect(c.genere).toBe(`Document généré le lundi 20 novembre 2023 à 15${NBSP}h${NBSP}05, heure de Paris.`);
    expect(c.verification.texte).toContain("http://localhost:3000/verifier/7KQ2-M9XD-4HTV");
    expect(c.pied).toBe(`Confirmation d’inscription n°${NBSP}2024-06-BCP-000042, version 2`);
  });

  it("lists every string it prints, for the font check", () => {
    const textes = textesConfirmation(c);
    for (const attendu of ["Nguyễn Thị", "Łukasz Ğül", "Øyvind-Ğül", "Lycée Ørsted", c.faitA, c.pieces[2]!.consigne, c.pieces[2]!.mention!]) expect(textes).toContain(attendu);
  });
});

describe("emetteurLignes", () => {
  it("names the rectorat and a generic service when the académie has no postal address yet", () => {
    expect(emetteurLignes({ nom: "Orléans-Tours", adressePostale: null, timeZone: "Europe/Paris" })).toEqual([
      "Académie d’Orléans-Tours",
      "Rectorat de l’académie d’Orléans-Tours",
      "Service des examens",
    ]);
  });
});
