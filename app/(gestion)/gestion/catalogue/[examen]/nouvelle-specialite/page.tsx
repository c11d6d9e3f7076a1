import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EXAMENS } from "@/lib/domain/data/examens";
import { examenDuSlug } from "@/lib/domain/catalogue/formulaires";
import { fr } from "@/lib/domain/typographie";
import { requireRole } from "@/lib/server/auth/guards";
import { SpecialiteForm } from "../../specialite-form";

export const metadata: Metadata = { title: "Ajouter une spécialité – Catalogue des examens", robots: { index: false } };

type Props = { params: Promise<{ examen: string }> };

export default async function NouvelleSpecialitePage({ params }: Props) {
  await requireRole("ADMIN_NATIONAL");
  const { examen: slug } = await params;
  const examen = EXAMENS.find((e) => e.code === examenDuSlug(slug));
  if (!examen) notFound();
  return (
    <>
      <Breadcrumb segments={[{ label: "Espace de gestion", linkProps: { href: "/gestion" } }, { label: "Catalogue des examens", linkProps: { href: "/gestion/catalogue" } }]} currentPageLabel="Ajouter une spécialité" />
      <h1>Ajouter une spécialité</h1>
      <p className="fr-text--lead">{examen.libelle}</p>
      <p>{fr`Elle est proposée aux candidats une fois active et dotée de ses épreuves : ajoutez-les ensuite sur sa page.`}</p>
      <SpecialiteForm examen={slug} id={null} initial={{ active: "on", nbLanguesObligatoires: "1" }} bouton="Ajouter la spécialité" />
    </>
  );
}
