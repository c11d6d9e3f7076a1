import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { DataTable } from "@/components/data-table";
import { getDb } from "@/lib/db";
import { formatDateTimeShortFr } from "@/lib/domain/calendar";
import { avancement, LETTRES_PAR_PARTIE, OPERATION_LIBELLES, partiesLettres, RAISON_IGNOREE_LIBELLES, resume, type RaisonIgnoree } from "@/lib/domain/gestion/operations";
import { fr, typographieFr } from "@/lib/domain/typographie";
import { requireRole } from "@/lib/server/auth/guards";
import { issuesOperation, lireOperation } from "@/lib/server/gestion/lire-operations";
import { scopeOf } from "@/lib/server/gestion/scope";
import { cibleOperation } from "../cible";
import { Rafraichir } from "./rafraichir";

export const metadata: Metadata = { title: "Suivi d’une opération", robots: { index: false } };

const raisonLisible = (raison: string) => RAISON_IGNOREE_LIBELLES[raison as RaisonIgnoree] ?? raison;

// One operation of the manager's académie [issue 9 §6–7]: its progress while the queue works (the
// page reads itself again every 2 s), then its summary: letters sent, dossiers skipped because they
// no longer qualified, failures; and every letter as one PDF to print. Another académie's id: 404.
export default async function OperationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ deja?: string | string[] }> }) {
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const [{ id }, { deja }] = await Promise.all([params, searchParams]);
  const db = await getDb();
  const op = await lireOperation(db, scope, id);
  if (!op) notFound();
  const [academie, issues] = await Promise.all([
    db.academie.findUniqueOrThrow({ where: { id: scope.academieId }, select: { timeZone: true } }),
    issuesOperation(db, scope, op),
  ]);
  const a = avancement(op);
  const parties = partiesLettres(op.documents);
  const cible = cibleOperation(op.filtres);
  const annulation = op.type === "ANNULATION";

  return (
    <>
      {!a.termine && <Rafraichir />}
      {deja === "1" && (
        <Alert
          className="fr-mb-3w"
          severity="warning"
          small
          description={fr`Cette opération sur les mêmes dossiers était déjà lancée et n'est pas terminée : rien de nouveau n'a été envoyé, chaque candidat ne recevra qu'un courrier. Suivez-la ci-dessous.`}
        />
      )}
      <h1>
        {OPERATION_LIBELLES[op.type]} du {formatDateTimeShortFr(op.createdAt, academie.timeZone)}
      </h1>
      <dl className="fr-mb-3w">
        <div>
          <dt className="fr-text--bold fr-mb-0">Lancée par</dt>
          <dd className="fr-ml-0">{op.auteur}</dd>
        </div>
        <div className="fr-mt-1w">
          <dt className="fr-text--bold fr-mb-0">Cible</dt>
          <dd className="fr-ml-0">
            {cible.href ? <Link href={cible.href}>{cible.texte}</Link> : cible.texte} ({op.total.toLocaleString("fr-FR")} dossier{op.total > 1 ? "s" : ""})
          </dd>
        </div>
        <div className="fr-mt-1w">
          <dt className="fr-text--bold fr-mb-0">{annulation ? "Motif de l’annulation" : "Message au candidat"}</dt>
          <dd className="fr-ml-0" style={{ whiteSpace: "pre-line" }}>
            {op.message ? typographieFr(op.message) : "Aucun message."}
          </dd>
        </div>
      </dl>

      <h2 className="fr-h4">{a.termine ? "Résultat" : "Avancement"}</h2>
      <p className="fr-mb-1w">
        <label htmlFor="avancement">
          {op.traites.toLocaleString("fr-FR")} dossier{op.traites > 1 ? "s" : ""} traité{op.traites > 1 ? "s" : ""} sur {op.total.toLocaleString("fr-FR")} ({a.pourcentage}
          {"\u00a0"}%)
        </label>
      </p>
      <progress id="avancement" max={op.total} value={op.traites} style={{ width: "100%", maxWidth: "32rem" }} />
      {a.termine ? (
        <Alert
          className="fr-mt-2w"
          severity={op.echecs > 0 ? "warning" : "success"}
          role="status"
          as="h3"
          title={op.termineAt ? `Terminée le ${formatDateTimeShortFr(op.termineAt, academie.timeZone)}` : "Terminée"}
          description={
            <ul className="fr-mb-0">
              {resume(op.type, op).map((ligne) => (
                <li key={ligne}>{ligne}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <ul className="fr-mt-2w">
          {resume(op.type, op).map((ligne) => (
            <li key={ligne}>{ligne}</li>
          ))}
        </ul>
      )}

      {parties.length === 1 && (
        <p className="fr-mt-3w">
          <a className="fr-link fr-icon-printer-line fr-link--icon-left" href={`/gestion/operations/${op.id}/lettres.pdf`}>
            {annulation ? "Imprimer les lettres recommandées" : "Imprimer les courriers"} ({op.documents.toLocaleString("fr-FR")}, PDF)
          </a>
        </p>
      )}
      {parties.length > 1 && (
        <>
          <h2 className="fr-h6 fr-mt-3w fr-mb-1w">{annulation ? "Imprimer les lettres recommandées" : "Imprimer les courriers"}</h2>
          <p className="fr-mb-1w">
            {op.documents.toLocaleString("fr-FR")} lettres, en {parties.length} PDF de {LETTRES_PAR_PARTIE} lettres au plus, dans l’ordre alphabétique des candidats.
          </p>
          <ul>
            {parties.map((p) => (
              <li key={p.partie}>
                <a className="fr-link fr-icon-printer-line fr-link--icon-left" href={`/gestion/operations/${op.id}/lettres.pdf?partie=${p.partie}`}>
                  Partie {p.partie}, lettres {p.premiere.toLocaleString("fr-FR")} à {p.derniere.toLocaleString("fr-FR")} (PDF)
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      {issues.length > 0 && (
        <DataTable
          className="fr-mt-4w"
          caption="Dossiers ignorés ou en échec"
          rowHeaders
          headers={["Candidat", "Numéro", "Résultat", "Raison"]}
          rows={issues.map((i) => [
            i.nom ? <Link key="nom" href={`/gestion/candidatures/${i.candidatureId}`}>{i.nom}</Link> : "Dossier hors de votre académie",
            i.numero ?? "—",
            i.issue === "echec" ? "Échec" : "Ignoré",
            i.issue === "echec" ? "La lettre n’a pas pu être produite\u00a0; le dossier peut être repris seul depuis sa page." : raisonLisible(i.raison),
          ])}
        />
      )}

      <p className="fr-mt-4w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={annulation ? "/gestion/annulations" : "/gestion/operations"}>
          {annulation ? "Retour aux annulations" : "Retour aux demandes et relances"}
        </Link>
      </p>
    </>
  );
}
