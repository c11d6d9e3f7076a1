import type { Metadata } from "next";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { zonedParts } from "@/lib/domain/calendar";
import { zoneLabel } from "@/lib/domain/zones";
import { requireRole } from "@/lib/server/auth/guards";
import { scopeOf } from "@/lib/server/gestion/scope";
import { NouvelleSessionForm } from "../nouvelle-session-form";

export const metadata: Metadata = { title: "Créer une session – Espace de gestion", robots: { index: false } };

export default async function NouvelleSessionPage() {
  const account = await requireRole("ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const db = await getDb();
  const [academie, examens] = await Promise.all([
    db.academie.findUniqueOrThrow({ where: { id: scope.academieId }, select: { timeZone: true } }),
    db.examen.findMany({ select: { code: true, libelle: true }, orderBy: { ordre: "asc" } }),
  ]);
  // Registrations run in the autumn before the exams: next year's session.
  const anneeProposee = zonedParts(await now(), academie.timeZone).year + 1;
  return (
    <>
      <Breadcrumb segments={[{ label: "Sessions", linkProps: { href: "/gestion/sessions" } }]} currentPageLabel="Créer une session" homeLinkProps={{ href: "/gestion" }} />
      <h1>Créer une session</h1>
      <NouvelleSessionForm examens={examens} anneeProposee={anneeProposee} lieu={zoneLabel(academie.timeZone)} />
    </>
  );
}
