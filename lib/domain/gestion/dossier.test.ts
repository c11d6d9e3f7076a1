import { describe, expect, it } from "vitest";
import { differences, type Rubrique } from "./dossier";

describe("what changed between two versions", () => {
  it("lists changed, added and removed rows, nothing else", () => {
    const v1: Rubrique[] = [
      { titre: "Identification", lignes: [["Adresse", "1 rue A, 63000 Clermont-Ferrand, France"], ["Téléphone", "0601020304"]] },
      { titre: "Épreuves", lignes: [["Langue vivante A", "Anglais"], ["Langue vivante B", "Espagnol"]] },
    ];
    const v2: Rubrique[] = [
      { titre: "Identification", lignes: [["Adresse", "2 rue B, 63000 Clermont-Ferrand, France"], ["Téléphone", "0601020304"]] },
      { titre: "Épreuves", lignes: [["Langue vivante A", "Anglais"], ["Langue vivante facultative", "Italien"]] },
    ];
    expect(differences(v1, v2)).toEqual([
      { rubrique: "Identification", terme: "Adresse", avant: "1 rue A, 63000 Clermont-Ferrand, France", apres: "2 rue B, 63000 Clermont-Ferrand, France" },
      { rubrique: "Épreuves", terme: "Langue vivante facultative", avant: null, apres: "Italien" },
      { rubrique: "Épreuves", terme: "Langue vivante B", avant: "Espagnol", apres: null },
    ]);
    expect(differences(v2, v2)).toEqual([]);
  });
});
