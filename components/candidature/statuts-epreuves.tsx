import { Table } from "@codegouvfr/react-dsfr/Table";
import { legendeStatutsEpreuves, type EpreuveStatut } from "@/lib/domain/candidature/epreuves";
import { epreuveTexte, statutEpreuveTexte } from "@/lib/domain/candidature/recapitulatif";

/** "Vérifiez que vous êtes bien « Inscrit » aux épreuves obligatoires E1 […] E7" [C:CF]; the épreuves are the spécialité's. */
export function StatutsEpreuves({ statuts }: { statuts: readonly EpreuveStatut[] }) {
  return (
    <Table
      className="fr-mt-2w"
      caption={legendeStatutsEpreuves(statuts)}
      headers={["Épreuve", "Statut"]}
      data={statuts.map((s) => [epreuveTexte(s), statutEpreuveTexte(s)])}
    />
  );
}
