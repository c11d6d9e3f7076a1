import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { examenDuSlug } from "@/lib/domain/catalogue/formulaires";
import { EXAMENS } from "@/lib/domain/data/examens";
import { getDb } from "@/lib/db";
import { fr } from "@/lib/domain/typographie";
import { requireRole } from "@/lib/server/auth/guards";
import { lireSpecialite } from "@/lib/server/catalogue/lire-specialite";
import { EpreuveForm } from "../../epreuve-form";

export const metadata: Metadata = { title: "Ajouter une épreuve – Catalogue des examens", robots: { index: false } };

type Props = { params: Promise<{ examen: string }>; searchParams: Promise<{ specialite?: string | string[] }> };

// An épreuve of the exam (every spécialité's, or one secteur's), or with ?specialite=<code diplôme>
// one spécialité's own.
export default async function NouvelleEpreuvePage({ params, searchParams }: Props) {
  const actor = await requireRole("ADMIN_NATIONAL");
  const [{ examen: slug }, query] = await Promise.all([params, searchParams]);
  const examen = EXAMENS.find((e) => e.code === examenDuSlug(slug));
  if (!examen) notFound();
  const code = typeof query.specialite === "string" ? query.specialite : null;
  const detail = code === null ? null : await lireSpecialite(await getDb(), actor, code);
  if (code !== null && (!detail || detail.examen.code !== examen.code)) notFound();
  const specialite = detail?.specialite ?? null;
  const segments = [
    { label: "Espace de gestion", linkProps: { href: "/gestion" } },
    { label: "Catalogue des examens", linkProps: { href: "/gestion/catalogue" } },
    ...(specialite ? [{ label: specialite.libelle, linkProps: { href: `/gestion/catalogue/specialites/${specialite.codeDiplome}` } }] : []),
  ];
  return (
    <>
      <Breadcrumb segments={segments} currentPageLabel="Ajouter une épreuve" />
      <h1>Ajouter une épreuve</h1>
      <p className="fr-text--lead">{specialite ? `${examen.libelle} – ${specialite.libelle}` : examen.libelle}</p>
      <p>
        {specialite
          ? fr`Une épreuve propre à cette spécialité. Elle remplace, pour elle, une épreuve de l'examen qui aurait le même code.`
          : fr`Une épreuve de l'examen : toutes ses spécialités la passent, ou celles du secteur choisi.`}
      </p>
      <EpreuveForm examen={slug} specialite={specialite?.codeDiplome ?? null} id={null} initial={{ nature: "OBLIGATOIRE", ordre: "0" }} bouton="Ajouter l’épreuve" />
    </>
  );
}
