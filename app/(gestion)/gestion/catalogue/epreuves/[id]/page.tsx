import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EXAMEN_SLUGS, SECTEUR_LIBELLES } from "@/lib/domain/catalogue/formulaires";
import { fr } from "@/lib/domain/typographie";
import { getDb } from "@/lib/db";
import { requireRole } from "@/lib/server/auth/guards";
import { lireEpreuve } from "@/lib/server/catalogue/lire-epreuve";
import { EpreuveForm } from "../../epreuve-form";
import { SupprimerForm } from "../../supprimer-form";

export const metadata: Metadata = { title: "Épreuve – Catalogue des examens", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// One épreuve of the catalogue, the exam's or a spécialité's: change it, or remove it.
export default async function EpreuvePage({ params }: Props) {
  const actor = await requireRole("ADMIN_NATIONAL");
  const epreuve = await lireEpreuve(await getDb(), actor, (await params).id);
  if (!epreuve) notFound();
  const { examen, specialite } = epreuve;
  const portee = specialite
    ? `${examen.libelle} – ${specialite.libelle}`
    : `${examen.libelle} – ${epreuve.secteur ? `secteur ${SECTEUR_LIBELLES[epreuve.secteur].toLowerCase()}` : "toutes les spécialités"}`;
  const segments = [
    { label: "Espace de gestion", linkProps: { href: "/gestion" } },
    { label: "Catalogue des examens", linkProps: { href: "/gestion/catalogue" } },
    ...(specialite ? [{ label: specialite.libelle, linkProps: { href: `/gestion/catalogue/specialites/${specialite.codeDiplome}` } }] : []),
  ];
  return (
    <>
      <Breadcrumb segments={segments} currentPageLabel={`Épreuve ${epreuve.code}`} />
      <h1>
        {epreuve.code} – {epreuve.libelle}
      </h1>
      <p className="fr-text--lead">{portee}</p>
      <section aria-labelledby="titre-modifier" className="fr-mb-6w">
        <h2 id="titre-modifier">{"Modifier l’épreuve"}</h2>
        <EpreuveForm
          examen={EXAMEN_SLUGS[examen.code]}
          specialite={specialite?.codeDiplome ?? null}
          id={epreuve.id}
          initial={{
            code: epreuve.code,
            libelle: epreuve.libelle,
            nature: epreuve.nature,
            disciplines: epreuve.disciplines.join(","),
            generale: epreuve.generale ? "on" : "",
            secteur: epreuve.secteur ?? "",
            ordre: String(epreuve.ordre),
            actif: epreuve.actif ? "on" : "",
          }}
          bouton="Enregistrer l’épreuve"
        />
      </section>
      <section aria-labelledby="titre-supprimer" className="fr-mb-6w">
        <h2 id="titre-supprimer">{"Supprimer l’épreuve"}</h2>
        <SupprimerForm
          quoi="epreuve"
          id={epreuve.id}
          bouton="Supprimer l’épreuve"
          explication={fr`Si des candidatures enregistrées peuvent s'y référer (une note conservée, une dispense), elle sera désactivée plutôt que supprimée.`}
        />
      </section>
    </>
  );
}
