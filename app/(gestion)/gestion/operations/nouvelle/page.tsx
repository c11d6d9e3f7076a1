import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { filtresEnParams, parseFiltres } from "@/lib/domain/gestion/filtres";
import { COURRIER_TYPES, type CourrierType } from "@/lib/domain/gestion/operations";
import { fr } from "@/lib/domain/typographie";
import { requireRole } from "@/lib/server/auth/guards";
import { apercuCourrier, type Cible } from "@/lib/server/gestion/lancer-courrier";
import { scopeOf } from "@/lib/server/gestion/scope";
import { lienListe } from "../cible";
import { CourrierForm } from "./courrier-form";

export const metadata: Metadata = { title: "Nouvelle demande de pièces ou relance", robots: { index: false } };

type SearchParams = Record<string, string | string[] | undefined>;
const un = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const dossiers = (n: number) => (n <= 1 ? `${n}\u00a0dossier` : `${n.toLocaleString("fr-FR")}\u00a0dossiers`);

// A demande de pièces or a relance [issue 9 §6], for the dossier `?candidature=` or for the list its
// filters describe (the same query string as /gestion/candidatures): how many dossiers it reaches,
// and how many will get a letter, before the manager confirms.
export default async function NouvelleOperationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const params = await searchParams;
  const candidature = un(params.candidature);
  const type: CourrierType = COURRIER_TYPES.find((t) => t === un(params.type)) ?? "DEMANDE_PIECES";
  const filtres = parseFiltres(params);
  const cible: Cible = candidature ? { candidatureId: candidature } : { filtres };
  const apercu = await apercuCourrier(await getDb(), scope, cible, await now());
  if (!apercu) notFound();
  const champs: Record<string, string> = candidature ? { candidature } : Object.fromEntries(filtresEnParams(filtres));
  // The list of the figure shown here (without a portfolio filter: the whole académie).
  const retour = candidature ? `/gestion/candidatures/${candidature}` : lienListe(filtres);

  return (
    <>
      <h1>Demande de pièces ou relance</h1>
      {apercu.candidature ? (
        <p>
          Pour le dossier de <strong>{apercu.candidature.nom}</strong>
          {apercu.candidature.numero ? ` (n°\u00a0${apercu.candidature.numero})` : ""}.
        </p>
      ) : (
        <p>
          Pour chaque dossier de la liste filtrée ({dossiers(apercu.total)}).{" "}
          <Link href={retour}>Voir la liste</Link>
        </p>
      )}
      <p>
        {fr`Chaque candidat concerné reçoit un courrier PDF dans « Mes documents » et un courriel : la liste de ses pièces manquantes, non conformes (avec votre commentaire) ou pas encore transmises, et leur date limite. Les autres dossiers sont ignorés : candidature non enregistrée, pièces toutes fournies, ou délai de dépôt échu.`}
      </p>
      {apercu.total === 0 ? (
        <Alert severity="info" small description={fr`La liste est vide : il n’y a aucun dossier à qui écrire.`} className="fr-mb-3w" />
      ) : (
        <>
          <Alert
            severity={apercu.concernes > 0 ? "info" : "warning"}
            small
            className="fr-mb-3w"
            description={
              apercu.concernes === apercu.total
                ? `${dossiers(apercu.total)} recevr${apercu.total > 1 ? "ont" : "a"} le courrier.`
                : `${dossiers(apercu.concernes)} sur ${apercu.total.toLocaleString("fr-FR")} recevr${apercu.concernes > 1 ? "ont" : "a"} le courrier aujourd’hui\u00a0; ${dossiers(apercu.total - apercu.concernes)} ser${apercu.total - apercu.concernes > 1 ? "ont ignorés" : "a ignoré"}.`
            }
          />
          <CourrierForm type={type} cible={champs} bouton={apercu.total === 1 ? "Envoyer le courrier" : `Envoyer à ${dossiers(apercu.total)}`} />
        </>
      )}
      <p className="fr-mt-4w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={retour}>
          {candidature ? "Retour au dossier" : "Retour à la liste"}
        </Link>
      </p>
    </>
  );
}
