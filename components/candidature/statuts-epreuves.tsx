import { Table } from "@codegouvfr/react-dsfr/Table";
import type { EpreuveStatut } from "@/lib/domain/candidature/epreuves";
import { formatNote } from "@/lib/domain/candidature/format";
import { DISCIPLINE_LIBELLES } from "@/lib/domain/candidature/libelles";
import type { DisciplineDispensable } from "@/lib/domain/candidature/types";

const STATUT_EPREUVE: Record<EpreuveStatut["statut"], string> = { INSCRIT: "Inscrit", DISPENSE: "Dispensé", BENEFICE: "Bénéfice" };

function statutTexte(s: EpreuveStatut): string {
  if (s.statut === "BENEFICE" && s.note !== undefined) return `Bénéfice (note conservée\u00a0: ${formatNote(s.note)}/20)`;
  if (s.disciplinesDispensees?.length) return `Inscrit (dispensé de ${s.disciplinesDispensees.map((d) => DISCIPLINE_LIBELLES[d as DisciplineDispensable] ?? d).join(", ")})`;
  return STATUT_EPREUVE[s.statut];
}

/** "Vérifiez que vous êtes bien « Inscrit » aux épreuves obligatoires E1 […] E7" [C:CF]. */
export function StatutsEpreuves({ statuts }: { statuts: readonly EpreuveStatut[] }) {
  return (
    <Table
      className="fr-mt-2w"
      caption="Vos épreuves obligatoires et l’épreuve de contrôle"
      headers={["Épreuve", "Statut"]}
      data={statuts.map((s) => [`${s.code} – ${s.libelle}`, statutTexte(s)])}
    />
  );
}

