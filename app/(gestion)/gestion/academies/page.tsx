import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { getDb } from "@/lib/db";
import { fr } from "@/lib/domain/typographie";
import { zoneLabel } from "@/lib/domain/zones";
import { listerAcademies } from "@/lib/server/academies/lister-academies";
import { requireRole } from "@/lib/server/auth/guards";
import { acteurOf } from "@/lib/server/gestion/scope";

export const metadata: Metadata = { title: "Académies – Espace de gestion", robots: { index: false } };

// The national admin's list of académies [issue 10 §7]. An académie's admin, who may edit only their
// own académie's coordinates, is sent to its page (their menu's « Mon académie »).
export default async function AcademiesPage() {
  const account = await requireRole("ADMIN_ACADEMIE", "ADMIN_NATIONAL");
  const academies = await listerAcademies(await getDb(), acteurOf(account));
  if (account.role === "ADMIN_ACADEMIE") {
    const mienne = academies[0];
    if (!mienne) notFound();
    redirect(`/gestion/academies/${mienne.code}`);
  }
  return (
    <>
      <h1>Académies</h1>
      <p>
        {fr`Le nom, le fuseau horaire et les départements de chaque académie décident où un candidat peut s'inscrire et à quelle heure ses échéances tombent ; ses contacts et son adresse postale figurent sur la page de chacune de ses sessions.`}
      </p>
      <DataTable
        caption={`${academies.length} académies et services`}
        rowHeaders
        headers={["Académie", "Code", "Fuseau horaire", "Départements", "Administrateurs d’académie"]}
        rows={academies.map((a) => [
          <Link key={a.code} href={`/gestion/academies/${a.code}`}>
            {a.nom}
          </Link>,
          a.code,
          zoneLabel(a.timeZone),
          a.departements.join(", "),
          a.invitations > 0 ? `${a.administrateurs} (+${"\u00a0"}${a.invitations} invitation${a.invitations > 1 ? "s" : ""} en attente)` : String(a.administrateurs),
        ])}
      />
    </>
  );
}
