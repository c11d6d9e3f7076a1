import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Notice } from "@codegouvfr/react-dsfr/Notice";
import { SessionDetailVue } from "@/components/sessions/session-detail";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { requireRole } from "@/lib/server/auth/guards";
import { scopeOf } from "@/lib/server/gestion/scope";
import { chargerSessionAdmin } from "@/lib/server/sessions/admin/charger-session-admin";
import { getSession } from "@/lib/server/sessions/get-session";

export const metadata: Metadata = { title: "Aperçu de la session – Espace de gestion", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

// The session page as candidates will read it [issue 10 §1], published or not: the session must be
// of the admin's académie (checked in the query) before it is drawn.
export default async function ApercuSessionPage({ params }: Props) {
  const account = await requireRole("ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const { id } = await params;
  const db = await getDb();
  const at = await now();
  const admin = await chargerSessionAdmin(db, scope, id, at);
  if (!admin) notFound();
  const session = await getSession(admin.id, at, db, { nonPubliee: true });
  if (!session) notFound();
  return (
    <>
      <Breadcrumb
        segments={[
          { label: "Sessions", linkProps: { href: "/gestion/sessions" } },
          { label: `${admin.examen.libelle} – ${admin.libelle}`, linkProps: { href: `/gestion/sessions/${admin.id}` } },
        ]}
        currentPageLabel="Aperçu"
        homeLinkProps={{ href: "/gestion" }}
      />
      <Notice className="fr-mb-4w" title={admin.publiee ? "Aperçu : la page telle que les candidats la voient en ce moment." : "Aperçu : cette session n’est pas publiée, les candidats ne la voient pas encore."} />
      <SessionDetailVue session={session} apercu />
    </>
  );
}
