import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { DataTable } from "@/components/data-table";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { formatDateTimeShortFr } from "@/lib/domain/calendar";
import { instantLocal } from "@/lib/domain/candidature/fenetre";
import { avancement, LETTRES_PAR_PARTIE, partiesLettres } from "@/lib/domain/gestion/operations";
import { requireRole } from "@/lib/server/auth/guards";
import { listerOperations } from "@/lib/server/gestion/lire-operations";
import { listerAnnulables } from "@/lib/server/gestion/lister-annulables";
import { scopeOf } from "@/lib/server/gestion/scope";
import { lienListe } from "../operations/cible";
import { AnnulationForm } from "./annulation-form";

export const metadata: Metadata = { title: "Annulation des dossiers incomplets", robots: { index: false } };

/** Rows shown per session; the annulation acts on all of them. */
const LIGNES = 200;

// "Au-delà du [délai], tout dossier incomplet entrainera l'annulation définitive de votre
// inscription. Cette annulation vous sera notifiée par lettre recommandée" [C:CF; NI, NM]: for each
// session whose deposit deadline has passed (the server's clock), the registered candidatures still
// missing a piece, and their annulation with a reason, run by the job queue [issue 9 §7].
export default async function AnnulationsPage() {
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const db = await getDb();
  const instant = await now();
  const [sessions, operations, academie] = await Promise.all([
    listerAnnulables(db, scope, instant, { lignes: LIGNES }),
    listerOperations(db, scope),
    db.academie.findUniqueOrThrow({ where: { id: scope.academieId }, select: { timeZone: true } }),
  ]);
  const annulations = operations.filter((o) => o.type === "ANNULATION").slice(0, 10);
  const avecDossiers = sessions.filter((s) => s.nombre > 0 || s.enAttente > 0 || s.retablies > 0);

  return (
    <>
      <h1>Annulation des dossiers incomplets</h1>
      <p>
        Après la date limite de dépôt des pièces, une candidature enregistrée dont une pièce manque ou n’est pas conforme peut être annulée. Chaque candidat
        reçoit un courriel et une lettre de notification dans «{"\u00a0"}Mes documents{"\u00a0"}»{"\u00a0"}; les lettres s’impriment ensuite en un seul PDF pour
        l’envoi en recommandé. Rien n’est supprimé{"\u00a0"}: un administrateur de l’académie peut retirer une annulation depuis le dossier.
      </p>
      {avecDossiers.length === 0 && <Alert severity="info" small className="fr-mb-3w" description="Aucun dossier incomplet dans les sessions dont la date limite de dépôt est passée." />}
      {avecDossiers.map((s) => (
        <section key={s.id} className="fr-mt-4w" aria-labelledby={`session-${s.id}`}>
          <h2 id={`session-${s.id}`} className="fr-h4">
            {s.examen} – {s.libelle}
          </h2>
          <p>Date limite de dépôt des pièces{"\u00a0"}: {instantLocal(s.cloture, s.zone)}.</p>
          {s.enAttente > 0 && (
            <p>
              {s.enAttente === 1
                ? "1 autre dossier incomplet attend le contrôle de ses pièces (ou une pièce dont le délai court encore)\u00a0: il n’est pas annulable."
                : `${s.enAttente.toLocaleString("fr-FR")} autres dossiers incomplets attendent le contrôle de leurs pièces (ou une pièce dont le délai court encore)\u00a0: ils ne sont pas annulables.`}{" "}
              {/* The whole académie, as the figure counts, even for a manager whose list shows their portfolio first. */}
              <Link href={lienListe({ session: s.id, pieces: "a-controler" })}>Contrôler leurs pièces</Link>
            </p>
          )}
          {s.retablies > 0 && (
            <p>
              {s.retablies === 1
                ? "1 dossier incomplet dont l’annulation a été retirée par un administrateur de l’académie n’est pas proposé de nouveau."
                : `${s.retablies.toLocaleString("fr-FR")} dossiers incomplets dont l’annulation a été retirée par un administrateur de l’académie ne sont pas proposés de nouveau.`}
            </p>
          )}
          {s.nombre === 0 ? (
            <p>Aucun dossier à annuler dans cette session.</p>
          ) : (
            <>
              <DataTable
                caption={`${s.nombre.toLocaleString("fr-FR")} dossier${s.nombre > 1 ? "s" : ""} incomplet${s.nombre > 1 ? "s" : ""}${s.nombre > s.annulables.length ? ` (les ${s.annulables.length} premiers)` : ""}`}
                rowHeaders
                headers={["Candidat", "Numéro", "Pièces manquantes ou non conformes"]}
                rows={s.annulables.map((d) => [
                  <Link key="nom" href={`/gestion/candidatures/${d.id}`}>
                    {d.nom}
                  </Link>,
                  d.numero ?? "—",
                  d.pieces.join("\u00a0; "),
                ])}
              />
              <AnnulationForm sessionId={s.id} nombre={s.nombre} />
            </>
          )}
        </section>
      ))}

      {annulations.length > 0 && (
        <>
          <h2 className="fr-h4 fr-mt-6w">Annulations lancées</h2>
          <ul>
            {annulations.map((o) => {
              const a = avancement(o);
              return (
                <li key={o.id}>
                  <Link href={`/gestion/operations/${o.id}`}>Annulation du {formatDateTimeShortFr(o.createdAt, academie.timeZone)}</Link> –{" "}
                  {a.termine ? `${a.envoyes.toLocaleString("fr-FR")} annulée${a.envoyes > 1 ? "s" : ""}` : `en cours (${a.pourcentage}\u00a0%)`}
                  {o.documents > 0 && o.documents <= LETTRES_PAR_PARTIE && (
                    <>
                      {" – "}
                      <a href={`/gestion/operations/${o.id}/lettres.pdf`}>lettres à imprimer (PDF)</a>
                    </>
                  )}
                  {o.documents > LETTRES_PAR_PARTIE && (
                    <>
                      {" – "}
                      <Link href={`/gestion/operations/${o.id}`}>lettres à imprimer ({partiesLettres(o.documents).length} PDF)</Link>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}
