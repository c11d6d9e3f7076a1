import { Table } from "@codegouvfr/react-dsfr/Table";
import type { EpreuveStatut } from "@/lib/domain/candidature/epreuves";
import { epreuveTexte, statutEpreuveTexte } from "@/lib/domain/candidature/recapitulatif";

/** "Vérifiez que vous êtes bien « Inscrit » aux épreuves obligatoires E1 […] E7" [C:CF]. */
export function StatutsEpreuves({ statuts }: { statuts: readonly EpreuveStatut[] }) {
  return (
    <Table
      className="fr-mt-2w"
      caption="Vos épreuves obligatoires et l’épreuve de contrôle"
      headers={["Épreuve", "Statut"]}
      data={statuts.map((s) => [epreuveTexte(s), statutEpreuveTexte(s)])}
    />
  );
}
