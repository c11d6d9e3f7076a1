import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Tile } from "@codegouvfr/react-dsfr/Tile";
import { DataTable } from "@/components/data-table";
import { GraphiqueInscriptions } from "@/components/gestion/graphique-inscriptions";
import { now } from "@/lib/clock";
import { academieNom } from "@/lib/domain/account/roles";
import { formatInstantFr } from "@/lib/domain/calendar";
import { instantLocal } from "@/lib/domain/candidature/fenetre";
import { filtresEnParams, STATUT_LIBELLES, STATUTS_CANDIDATURE, type Filtres } from "@/lib/domain/gestion/filtres";
import { fr } from "@/lib/domain/typographie";
import { zoneLabel } from "@/lib/domain/zones";
import { getDb } from "@/lib/db";
import { requireRole } from "@/lib/server/auth/guards";
import { scopeOf } from "@/lib/server/gestion/scope";
import { tableauDeBord, type ParStatut } from "@/lib/server/gestion/tableau-de-bord";

export const metadata: Metadata = { title: "Tableau de bord – Espace de gestion", robots: { index: false } };

// The figures are the whole académie's: the list they open too (a manager with a portfolio would
// otherwise land on their spécialités only).
const liste = (filtres: Filtres) => `/gestion/candidatures?${filtresEnParams({ portefeuille: "0", ...filtres }).toString()}`;

/** A count that opens the list filtered accordingly; the link says what it counts. */
function Compte({ nombre, filtres, quoi }: { nombre: number; filtres: Filtres; quoi: string }) {
  return (
    <Link href={liste(filtres)}>
      {nombre.toLocaleString("fr-FR")}
      <span className="fr-sr-only"> {quoi}</span>
    </Link>
  );
}

const pluriel = (n: number, mot: string) => (n > 1 ? `${mot}s` : mot);

const COLONNES_STATUT = ["Total", ...STATUTS_CANDIDATURE.map((s) => STATUT_LIBELLES[s])];

function cellulesStatut(total: number, parStatut: ParStatut, filtres: Filtres, quoi: string) {
  return [
    <Compte key="total" nombre={total} filtres={filtres} quoi={`candidatures, ${quoi}`} />,
    ...STATUTS_CANDIDATURE.map((s) => (
      <Compte key={s} nombre={parStatut[s]} filtres={{ ...filtres, statut: s }} quoi={`candidatures au statut ${STATUT_LIBELLES[s]}, ${quoi}`} />
    )),
  ];
}

// The rectorat's dashboard [issue 9 §1]: where the académie's registrations stand, each figure a
// link to the list that shows exactly those dossiers.
export default async function TableauDeBordPage() {
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const instant = await now();
  const t = await tableauDeBord(await getDb(), scope, instant);
  const zone = t.academie.timeZone;
  const sessions = t.parSession.filter((s) => s.total > 0);

  return (
    <>
      <h1>Tableau de bord</h1>
      <p>
        Chiffres de l’{academieNom(t.academie.nom)} le {formatInstantFr(instant, zone)} ({zoneLabel(zone)}).{" "}
        <strong>{t.total.toLocaleString("fr-FR")}</strong> candidature{t.total > 1 ? "s" : ""} en tout.
      </p>

      <section aria-labelledby="titre-a-faire" className="fr-mb-6w">
        <h2 id="titre-a-faire">À traiter</h2>
        <ul className="fr-grid-row fr-grid-row--gutters fr-raw-list">
          <li className="fr-col-12 fr-col-md-6">
            <Tile
              title={`${t.aControler.pieces.toLocaleString("fr-FR")} ${pluriel(t.aControler.pieces, "pièce")} à contrôler`}
              titleAs="h3"
              desc={fr`Déposées par les candidats ou reçues par courrier, et pas encore examinées : la file des pièces, la plus ancienne d'abord.`}
              linkProps={{ href: "/gestion/pieces?portefeuille=0" }}
            />
          </li>
          <li className="fr-col-12 fr-col-md-6">
            <Tile
              title={`${t.aControler.dossiers.toLocaleString("fr-FR")} ${pluriel(t.aControler.dossiers, "dossier")} avec des pièces à contrôler`}
              titleAs="h3"
              desc="Ces dossiers dans la liste des candidatures."
              linkProps={{ href: liste({ pieces: "a-controler" }) }}
            />
          </li>
        </ul>
      </section>

      <section aria-labelledby="titre-echeances" className="fr-mb-6w">
        <h2 id="titre-echeances">Dossiers incomplets avant la date limite de dépôt</h2>
        <p className="fr-text--sm">
          Candidatures enregistrées dont au moins une pièce demandée n’est pas fournie (attendue, non conforme, ou déposée sans être transmise),
          pour les sessions dont le dépôt des pièces se termine dans les 14{"\u00a0"}prochains jours ou s’est terminé il y a moins de 30{"\u00a0"}jours.
        </p>
        {t.echeances.length === 0 ? (
          <p>Aucune session n’arrive à la date limite de dépôt des pièces dans les 14{"\u00a0"}prochains jours.</p>
        ) : (
          <DataTable
            caption="Dossiers incomplets par session"
            rowHeaders
            headers={["Session", "Date limite de dépôt des pièces", "Dossiers incomplets"]}
            rows={t.echeances.map((e) => [
              `${e.examenLibelle} – ${e.libelle}`,
              <>
                {e.passee ? "Terminé depuis le " : "Jusqu’au "}
                {instantLocal(e.echeance, zone)}{" "}
                {e.passee ? <Badge severity="warning" small noIcon>Terminé</Badge> : <Badge severity="info" small noIcon>Bientôt</Badge>}
              </>,
              <Compte key="n" nombre={e.incomplets} filtres={{ session: e.sessionId, pieces: "manquantes" }} quoi={`dossiers incomplets, ${e.examenLibelle} – ${e.libelle}`} />,
            ])}
          />
        )}
      </section>

      <section aria-labelledby="titre-inscriptions" className="fr-mb-6w">
        <h2 id="titre-inscriptions">Premières inscriptions par jour</h2>
        <p className="fr-text--sm">Chaque candidature compte le jour de son premier enregistrement ({zoneLabel(zone)}).</p>
        <GraphiqueInscriptions serie={t.inscriptions.serie} zone={zone} titre="Premières inscriptions par jour" />
      </section>

      <section aria-labelledby="titre-statuts" className="fr-mb-6w">
        <h2 id="titre-statuts">Par statut</h2>
        <DataTable
          caption="Candidatures par statut"
          rowHeaders
          headers={["Statut", "Candidatures"]}
          rows={STATUTS_CANDIDATURE.map((s) => [STATUT_LIBELLES[s], <Compte key={s} nombre={t.parStatut[s]} filtres={{ statut: s }} quoi={`candidatures au statut ${STATUT_LIBELLES[s]}`} />])}
        />
      </section>

      <section aria-labelledby="titre-sessions" className="fr-mb-6w">
        <h2 id="titre-sessions">Par session</h2>
        {sessions.length === 0 ? (
          <p>Aucune candidature pour les sessions de l’académie.</p>
        ) : (
          <DataTable
            caption="Candidatures par session et par statut"
            rowHeaders
            headers={["Session", ...COLONNES_STATUT]}
            rows={sessions.map((s) => [`${s.examenLibelle} – ${s.libelle}`, ...cellulesStatut(s.total, s.parStatut, { session: s.id }, `${s.examenLibelle} – ${s.libelle}`)])}
          />
        )}
      </section>

      <section aria-labelledby="titre-examens" className="fr-mb-6w">
        <h2 id="titre-examens">Par examen</h2>
        {t.parExamen.length === 0 ? (
          <p>Aucune candidature.</p>
        ) : (
          <DataTable
            caption="Candidatures par examen et par statut"
            rowHeaders
            headers={["Examen", ...COLONNES_STATUT]}
            rows={t.parExamen.map((e) => [e.libelle, ...cellulesStatut(e.total, e.parStatut, { examen: e.code as Filtres["examen"] }, e.libelle)])}
          />
        )}
      </section>

      <section aria-labelledby="titre-specialites" className="fr-mb-6w">
        <h2 id="titre-specialites">Par spécialité</h2>
        {t.parSpecialite.length === 0 ? (
          <p>Aucune candidature avec une spécialité choisie.</p>
        ) : (
          <DataTable
            caption="Candidatures par spécialité et par statut"
            rowHeaders
            headers={["Spécialité", "Code", "Examen", ...COLONNES_STATUT]}
            rows={t.parSpecialite.map((s) => [
              s.libelle,
              s.code,
              s.examenLibelle,
              ...cellulesStatut(s.total, s.parStatut, { specialite: s.id }, s.libelle),
            ])}
          />
        )}
      </section>
    </>
  );
}
