import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { specialiteLabel } from "@/lib/domain/catalogue/libelles";
import { EXAMEN_SLUGS, NATURE_LIBELLES, SECTEUR_LIBELLES } from "@/lib/domain/catalogue/formulaires";
import { fr } from "@/lib/domain/typographie";
import { getDb } from "@/lib/db";
import { requireRole } from "@/lib/server/auth/guards";
import { listerCatalogue } from "@/lib/server/catalogue/lister-catalogue";
import { disciplinesTexte } from "./disciplines-texte";

export const metadata: Metadata = { title: "Catalogue des examens", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES: Record<string, string> = {
  "specialite=supprimee": "La spécialité et ses épreuves sont supprimées.",
  "specialite=desactivee": fr`Des candidatures enregistrées portent cette spécialité : elle est désactivée (les candidats ne peuvent plus la choisir) plutôt que supprimée.`,
  "epreuve=creee": "L’épreuve est ajoutée.",
  "epreuve=modifiee": "L’épreuve est enregistrée.",
  "epreuve=supprimee": "L’épreuve est supprimée.",
  "epreuve=desactivee": fr`Des candidatures enregistrées peuvent se référer à cette épreuve : elle est désactivée plutôt que supprimée.`,
};

function message(query: Record<string, string | string[] | undefined>): string | undefined {
  for (const cle of ["specialite", "epreuve"]) {
    const v = query[cle];
    if (typeof v === "string" && MESSAGES[`${cle}=${v}`]) return MESSAGES[`${cle}=${v}`];
  }
  return undefined;
}

// The four exams' catalogue (issue 10 §8), the national admin's: for each exam, its own épreuves
// and its spécialités, and whether candidates can register for it online yet.
export default async function CataloguePage({ searchParams }: Props) {
  const actor = await requireRole("ADMIN_NATIONAL");
  const [query, examens] = await Promise.all([searchParams, listerCatalogue(await getDb(), actor)]);
  if (!examens) notFound();
  const succes = message(query);
  return (
    <>
      <h1>Catalogue des examens</h1>
      <p>
        {fr`Les spécialités et les épreuves que les candidats choisissent et passent, pour toutes les académies. Un examen n'est proposé en ligne qu'une fois qu'une spécialité active a ses épreuves : jusque-là, ses sessions sont annoncées « auprès du rectorat ».`}
      </p>
      {succes && <Alert severity="success" small role="status" description={succes} className="fr-mb-3w" />}
      <nav aria-label="Examens du catalogue" className="fr-mb-4w">
        <ul>
          {examens.map((e) => (
            <li key={e.code}>
              <a href={`#examen-${EXAMEN_SLUGS[e.code]}`}>{e.libelle}</a>
            </li>
          ))}
        </ul>
      </nav>
      {examens.map((examen) => {
        const slug = EXAMEN_SLUGS[examen.code];
        const inscriptibles = examen.specialites.filter((s) => s.inscriptible).length;
        return (
          <section key={examen.code} aria-labelledby={`examen-${slug}`} className="fr-mb-8w">
            <h2 id={`examen-${slug}`}>{examen.libelle}</h2>
            <p>
              {inscriptibles > 0
                ? fr`Inscription en ligne ouverte : ${inscriptibles} spécialité${inscriptibles > 1 ? "s" : ""} sur ${examen.specialites.length} peuvent être choisies.`
                : fr`Pas d'inscription en ligne : aucune spécialité active n'a encore ses épreuves.`}
            </p>

            <h3 className="fr-h5">Épreuves de l’examen</h3>
            {examen.epreuves.length === 0 ? (
              <p>{fr`Aucune épreuve commune aux spécialités.`}</p>
            ) : (
              <DataTable
                caption={`Épreuves de l’examen : ${examen.libelle}`}
                captionHidden
                headers={["Code", "Libellé", "Nature", "Secteur", "Disciplines", "État"]}
                rows={examen.epreuves.map((e) => [
                  <Link key="code" href={`/gestion/catalogue/epreuves/${e.id}`}>
                    {e.code}
                    <span className="fr-sr-only"> ({e.secteur ? `secteur ${SECTEUR_LIBELLES[e.secteur].toLowerCase()}` : "tous les secteurs"})</span>
                  </Link>,
                  e.libelle,
                  NATURE_LIBELLES[e.nature],
                  e.secteur ? SECTEUR_LIBELLES[e.secteur] : "Tous",
                  disciplinesTexte(e.disciplines, e.generale),
                  e.actif ? "Active" : "Désactivée",
                ])}
              />
            )}
            <p>
              <Link className="fr-link fr-icon-add-line fr-link--icon-left" href={`/gestion/catalogue/${slug}/nouvelle-epreuve`}>
                Ajouter une épreuve à l’examen<span className="fr-sr-only"> : {examen.libelle}</span>
              </Link>
            </p>

            <h3 className="fr-h5">Spécialités</h3>
            {examen.specialites.length === 0 ? (
              <p>{fr`Aucune spécialité.`}</p>
            ) : (
              <DataTable
                caption={`Spécialités : ${examen.libelle}`}
                captionHidden
                headers={["Code diplôme", "Spécialité", "Secteur", "Épreuves propres", "En ligne"]}
                rows={examen.specialites.map((s) => [
                  <Link key="code" href={`/gestion/catalogue/specialites/${s.codeDiplome}`}>
                    {s.codeDiplome}
                  </Link>,
                  specialiteLabel(s),
                  SECTEUR_LIBELLES[s.secteur],
                  String(s.epreuvesPropres),
                  s.inscriptible ? (
                    <Badge key="etat" severity="success" small noIcon>
                      Oui
                    </Badge>
                  ) : (
                    <Badge key="etat" small noIcon>
                      {s.active ? "Sans épreuve" : "Désactivée"}
                    </Badge>
                  ),
                ])}
              />
            )}
            <p>
              <Link className="fr-link fr-icon-add-line fr-link--icon-left" href={`/gestion/catalogue/${slug}/nouvelle-specialite`}>
                Ajouter une spécialité<span className="fr-sr-only"> : {examen.libelle}</span>
              </Link>
            </p>
          </section>
        );
      })}
    </>
  );
}
