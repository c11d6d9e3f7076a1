import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { EXAMEN_SLUGS, NATURE_LIBELLES } from "@/lib/domain/catalogue/formulaires";
import { fr } from "@/lib/domain/typographie";
import { getDb } from "@/lib/db";
import { requireRole } from "@/lib/server/auth/guards";
import { lireSpecialite } from "@/lib/server/catalogue/lire-specialite";
import { disciplinesTexte } from "../../disciplines-texte";
import { SpecialiteForm } from "../../specialite-form";
import { SupprimerForm } from "../../supprimer-form";

export const metadata: Metadata = { title: "Spécialité – Catalogue des examens", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const MESSAGES: Record<string, string> = {
  "enregistree=creee": fr`La spécialité est ajoutée : ajoutez maintenant ses épreuves.`,
  "enregistree=modifiee": "La spécialité est enregistrée.",
  "epreuve=creee": "L’épreuve est ajoutée.",
  "epreuve=modifiee": "L’épreuve est enregistrée.",
  "epreuve=supprimee": "L’épreuve est supprimée.",
  "epreuve=desactivee": fr`Des candidatures enregistrées peuvent se référer à cette épreuve : elle est désactivée plutôt que supprimée.`,
};

// One spécialité of the catalogue: its fields, what its candidates sit (the exam's épreuves and
// its own), its own épreuves to add, change or remove, and its removal.
export default async function SpecialitePage({ params, searchParams }: Props) {
  const actor = await requireRole("ADMIN_NATIONAL");
  const [{ code }, query] = await Promise.all([params, searchParams]);
  const detail = await lireSpecialite(await getDb(), actor, code);
  if (!detail) notFound();
  const { specialite, examen } = detail;
  const slug = EXAMEN_SLUGS[examen.code];
  const cle = ["enregistree", "epreuve"].map((k) => (typeof query[k] === "string" ? `${k}=${query[k]}` : "")).find((k) => MESSAGES[k]);
  const coche = (v: boolean) => (v ? "on" : "");
  return (
    <>
      <Breadcrumb segments={[{ label: "Espace de gestion", linkProps: { href: "/gestion" } }, { label: "Catalogue des examens", linkProps: { href: "/gestion/catalogue" } }]} currentPageLabel={specialite.libelle} />
      <h1>{specialite.libelle}</h1>
      <p className="fr-text--lead">
        {examen.libelle} – {specialite.codeDiplome}
      </p>
      {cle && <Alert severity="success" small role="status" description={MESSAGES[cle]!} className="fr-mb-3w" />}
      <p>
        {detail.inscriptible
          ? fr`Les candidats peuvent la choisir en ligne.`
          : specialite.active
            ? fr`Les candidats ne peuvent pas encore la choisir : elle n'a aucune épreuve obligatoire.`
            : fr`Désactivée : les candidats ne peuvent plus la choisir.`}
      </p>

      <section aria-labelledby="titre-epreuves" className="fr-mb-6w">
        <h2 id="titre-epreuves">Épreuves des candidats de cette spécialité</h2>
        {detail.epreuves.length === 0 ? (
          <p>{fr`Aucune épreuve pour l'instant.`}</p>
        ) : (
          <DataTable
            caption="Épreuves que passent les candidats de cette spécialité"
            captionHidden
            headers={["Code", "Libellé", "Nature", "Disciplines"]}
            rows={detail.epreuves.map((e) => [e.code, e.libelle, NATURE_LIBELLES[e.nature], disciplinesTexte(e.disciplines, e.generale)])}
          />
        )}
        <h3 className="fr-h5">Épreuves propres à la spécialité</h3>
        {detail.epreuvesPropres.length === 0 ? (
          <p>{fr`Aucune : ses candidats passent les épreuves de l'examen.`}</p>
        ) : (
          <DataTable
            caption="Épreuves propres à la spécialité"
            captionHidden
            headers={["Code", "Libellé", "Nature", "Disciplines", "État"]}
            rows={detail.epreuvesPropres.map((e) => [
              <Link key="code" href={`/gestion/catalogue/epreuves/${e.id}`}>
                {e.code}
                <span className="fr-sr-only"> : modifier</span>
              </Link>,
              e.libelle,
              NATURE_LIBELLES[e.nature],
              disciplinesTexte(e.disciplines, e.generale),
              e.actif ? "Active" : "Désactivée",
            ])}
          />
        )}
        <p>
          <Link className="fr-link fr-icon-add-line fr-link--icon-left" href={`/gestion/catalogue/${slug}/nouvelle-epreuve?specialite=${specialite.codeDiplome}`}>
            Ajouter une épreuve à la spécialité
          </Link>
        </p>
      </section>

      <section aria-labelledby="titre-modifier" className="fr-mb-6w">
        <h2 id="titre-modifier">Modifier la spécialité</h2>
        {detail.candidatures > 0 && <p className="fr-text--sm">{fr`${detail.candidatures} candidature${detail.candidatures > 1 ? "s enregistrées la portent" : " enregistrée la porte"} : son code diplôme ne peut plus changer.`}</p>}
        <SpecialiteForm
          examen={slug}
          id={detail.id}
          initial={{
            codeDiplome: specialite.codeDiplome,
            libelle: specialite.libelle,
            sigle: specialite.sigle ?? "",
            secteur: specialite.secteur,
            nbLanguesObligatoires: String(specialite.nbLanguesObligatoires),
            travailEnHauteur: coche(specialite.travailEnHauteur),
            active: coche(specialite.active),
          }}
          bouton="Enregistrer la spécialité"
        />
      </section>

      <section aria-labelledby="titre-supprimer" className="fr-mb-6w">
        <h2 id="titre-supprimer">Supprimer la spécialité</h2>
        <SupprimerForm
          quoi="specialite"
          id={detail.id}
          bouton={detail.candidatures > 0 ? "Désactiver la spécialité" : "Supprimer la spécialité"}
          explication={
            detail.candidatures > 0
              ? fr`Des candidatures enregistrées la portent : elle sera désactivée, pas supprimée. Les candidats ne pourront plus la choisir.`
              : fr`Aucune candidature enregistrée ne la porte : elle sera supprimée avec ses épreuves propres.`
          }
        />
      </section>
    </>
  );
}
