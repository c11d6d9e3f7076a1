import Link from "next/link";
import { peutRetablir } from "@/lib/domain/gestion/operations";
import { RetablirForm } from "./retablir-form";

// The dossier page's operations [issue 9 §6–7]: for a registered candidature, a demande de pièces
// or a relance for this one dossier (the same form and queue as for a list); for an admin
// d'académie on a cancelled one, withdrawing the annulation. A server component: the page passes
// what it has already read (its own guard and académie scope decided that the dossier is theirs).
export function OperationsDossier({ candidatureId, statut, role }: { candidatureId: string; statut: string; role: string }) {
  const courriers = statut === "ENREGISTREE" && (role === "GESTIONNAIRE" || role === "ADMIN_ACADEMIE");
  const retablir = peutRetablir(statut as "ANNULEE", role);
  if (!courriers && !retablir) return null;
  const nouvelle = (type: "DEMANDE_PIECES" | "RELANCE_PIECES") => `/gestion/operations/nouvelle?${new URLSearchParams({ candidature: candidatureId, type })}`;
  return (
    <section className="fr-mt-4w" aria-labelledby="operations-dossier">
      <h2 id="operations-dossier" className="fr-h4">
        {retablir ? "Annulation" : "Écrire au candidat"}
      </h2>
      {courriers && (
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
          <li>
            <Link className="fr-btn fr-btn--secondary fr-icon-mail-line" href={nouvelle("DEMANDE_PIECES")}>
              Demande de pièces
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-btn--tertiary fr-icon-mail-line" href={nouvelle("RELANCE_PIECES")}>
              Relance
            </Link>
          </li>
        </ul>
      )}
      {retablir && (
        <>
          <p>
            Cette candidature a été annulée. En tant qu’administrateur de l’académie, vous pouvez retirer l’annulation{"\u00a0"}: la candidature redevient
            enregistrée, la lettre d’annulation reste dans ses documents et la raison est conservée dans l’historique.
          </p>
          <RetablirForm candidatureId={candidatureId} />
        </>
      )}
    </section>
  );
}
