import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { DataTable } from "@/components/data-table";
import { getDb } from "@/lib/db";
import { formatDateTimeShortFr } from "@/lib/domain/calendar";
import {
  ETAT_PIECES_LIBELLES,
  ETATS_PIECES,
  filtresEnParams,
  MAX_RECHERCHE,
  parseFiltres,
  portefeuilleChoisi,
  STATUT_LIBELLES,
  STATUTS_CANDIDATURE,
  TRI_LIBELLES,
  TRIS,
  type Filtres,
} from "@/lib/domain/gestion/filtres";
import { nomAffiche, resumePieces, SEVERITE_STATUT } from "@/lib/domain/gestion/liste";
import { requireRole } from "@/lib/server/auth/guards";
import { listerCandidatures } from "@/lib/server/gestion/lister-candidatures";
import { optionsFiltres } from "@/lib/server/gestion/options-filtres";
import { scopeOf } from "@/lib/server/gestion/scope";

export const metadata: Metadata = { title: "Candidatures", robots: { index: false } };

type SearchParams = Record<string, string | string[] | undefined>;

const texte = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// The académie's candidatures [issue 9 §2]: filters, search and sort in the URL (a GET form: the
// list can be bookmarked and shared), keyset pages, and the same filters carried to the exports
// and the bulk demandes/relances so that they act on exactly these rows.
export default async function CandidaturesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const params = await searchParams;
  const db = await getDb();
  const lus = parseFiltres(params);
  // A gestionnaire with a portfolio sees their dossiers first; "0" shows the whole académie.
  const aUnPortefeuille = (await db.portefeuilleSpecialite.count({ where: { accountId: scope.accountId } })) > 0;
  const filtres: Filtres = { ...lus, portefeuille: portefeuilleChoisi(lus.portefeuille, aUnPortefeuille) };
  const [options, page] = await Promise.all([
    optionsFiltres(db, scope),
    listerCandidatures(db, scope, filtres, { apres: texte(params.apres), avant: texte(params.avant) }),
  ]);
  const zone = options.academie.timeZone;
  const requete = filtresEnParams(filtres).toString();
  const lien = (extra: Record<string, string>) => `/gestion/candidatures?${filtresEnParams(filtres, extra).toString()}`;

  return (
    <>
      <h1>Candidatures</h1>
      <p>
        Académie {options.academie.nom}. {filtres.portefeuille === "1" ? "Vos spécialités seulement (votre portefeuille)." : null}
      </p>

      <form method="get" action="/gestion/candidatures" className="fr-mb-4w" role="search" aria-label="Filtrer les candidatures">
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <div className="fr-input-group">
              <label className="fr-label" htmlFor="filtre-q">
                Rechercher
                <span className="fr-hint-text">Nom ou prénom (sans tenir compte des accents), numéro d’inscription ou adresse électronique</span>
              </label>
              <input className="fr-input" id="filtre-q" name="q" type="search" maxLength={MAX_RECHERCHE} defaultValue={filtres.q ?? ""} />
            </div>
          </div>
          <Choix id="filtre-tri" nom="tri" libelle="Trier par" valeur={filtres.tri ?? "nom"} options={TRIS.map((t) => [t, TRI_LIBELLES[t]])} sansTous />
          <Choix
            id="filtre-session"
            nom="session"
            libelle="Session"
            valeur={filtres.session}
            options={options.sessions.map((s) => [s.id, `${s.examenLibelle} – ${s.libelle}`])}
          />
          <Choix id="filtre-examen" nom="examen" libelle="Examen" valeur={filtres.examen} options={options.examens.map((e) => [e.code, e.libelle])} />
          <Choix
            id="filtre-specialite"
            nom="specialite"
            libelle="Spécialité"
            valeur={filtres.specialite}
            options={options.specialites.map((s) => [s.id, `${s.libelle} (${s.codeDiplome})`])}
          />
          <Choix id="filtre-statut" nom="statut" libelle="Statut" valeur={filtres.statut} options={STATUTS_CANDIDATURE.map((s) => [s, STATUT_LIBELLES[s]])} />
          <Choix id="filtre-pieces" nom="pieces" libelle="Pièces" valeur={filtres.pieces} options={ETATS_PIECES.map((e) => [e, ETAT_PIECES_LIBELLES[e]])} />
          <Choix
            id="filtre-portefeuille"
            nom="portefeuille"
            libelle="Dossiers"
            valeur={filtres.portefeuille ?? "0"}
            options={[
              ["0", "Toute l’académie"],
              ["1", "Mes spécialités (portefeuille)"],
            ]}
            sansTous
          />
        </div>
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
          <li>
            <button type="submit" className="fr-btn">
              Filtrer
            </button>
          </li>
          <li>
            <Link className="fr-btn fr-btn--tertiary" href="/gestion/candidatures?portefeuille=0">
              Réinitialiser les filtres
            </Link>
          </li>
        </ul>
      </form>

      <h2 className="fr-h4" id="resultats">
        {page.total === 0
          ? "Aucune candidature"
          : page.totalPlafonne
            ? `Plus de ${page.total.toLocaleString("fr-FR")} candidatures`
            : `${page.total.toLocaleString("fr-FR")} candidature${page.total > 1 ? "s" : ""}`}
      </h2>
      {page.total > 0 && (
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
          <li>
            <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={`/gestion/candidatures/export.csv?${requete}`} download>
              Exporter (CSV)
            </a>
          </li>
          <li>
            <a className="fr-btn fr-btn--secondary fr-icon-download-line" href={`/gestion/candidatures/export.xlsx?${requete}`} download>
              Exporter (Excel)
            </a>
          </li>
          <li>
            <Link className="fr-btn fr-btn--tertiary fr-icon-mail-line" href={`/gestion/operations/nouvelle?${filtresEnParams(filtres, { type: "DEMANDE_PIECES" })}`}>
              Demander des pièces à ces candidats
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-btn--tertiary fr-icon-mail-line" href={`/gestion/operations/nouvelle?${filtresEnParams(filtres, { type: "RELANCE_PIECES" })}`}>
              Relancer ces candidats
            </Link>
          </li>
        </ul>
      )}

      {page.lignes.length > 0 && (
        <DataTable
          caption="Candidatures de la page"
          captionHidden
          rowHeaders
          headers={["Candidat", "Numéro", "Examen et session", "Spécialité", "Statut", "Pièces", "Enregistrée le"]}
          rows={page.lignes.map((l) => [
            <Link key={l.id} href={`/gestion/candidatures/${l.id}?retour=${encodeURIComponent(requete)}`}>
              {nomAffiche(l)}
            </Link>,
            l.numero ?? "—",
            `${l.examenLibelle} – ${l.sessionLibelle}`,
            l.specialiteLibelle ? `${l.specialiteLibelle} (${l.specialiteCode})` : "—",
            <Badge key="statut" as="span" small severity={SEVERITE_STATUT[l.statut]}>
              {STATUT_LIBELLES[l.statut]}
            </Badge>,
            resumePieces(l),
            l.premierEnregistrementAt ? formatDateTimeShortFr(l.premierEnregistrementAt, zone) : "—",
          ])}
        />
      )}

      {(page.precedente || page.suivante) && (
        <nav role="navigation" className="fr-pagination fr-mt-3w" aria-label="Pages de la liste">
          <ul className="fr-pagination__list">
            <li>
              {page.precedente ? (
                <Link className="fr-pagination__link fr-pagination__link--first" href={lien({})}>
                  Première page
                </Link>
              ) : (
                <a className="fr-pagination__link fr-pagination__link--first" aria-disabled="true" role="link">
                  Première page
                </a>
              )}
            </li>
            <li>
              {page.precedente ? (
                <Link className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" href={`${lien({ avant: page.precedente })}#resultats`}>
                  Page précédente
                </Link>
              ) : (
                <a className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" aria-disabled="true" role="link">
                  Page précédente
                </a>
              )}
            </li>
            <li>
              {page.suivante ? (
                <Link className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" href={`${lien({ apres: page.suivante })}#resultats`}>
                  Page suivante
                </Link>
              ) : (
                <a className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" aria-disabled="true" role="link">
                  Page suivante
                </a>
              )}
            </li>
          </ul>
        </nav>
      )}
    </>
  );
}

function Choix({
  id,
  nom,
  libelle,
  valeur,
  options,
  sansTous = false,
}: {
  id: string;
  nom: string;
  libelle: string;
  valeur: string | undefined;
  options: readonly (readonly [string, string])[];
  sansTous?: boolean;
}) {
  return (
    <div className="fr-col-12 fr-col-sm-6 fr-col-md-3">
      <div className="fr-select-group">
        <label className="fr-label" htmlFor={id}>
          {libelle}
        </label>
        <select className="fr-select" id={id} name={nom} defaultValue={valeur ?? ""}>
          {!sansTous && <option value="">Tous</option>}
          {options.map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
