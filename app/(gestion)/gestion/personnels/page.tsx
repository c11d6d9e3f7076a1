import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { formatDateFr } from "@/lib/domain/calendar";
import { invitableRoles, ROLE_LABELS } from "@/lib/domain/account/roles";
import { listInvitableAcademies, listStaff } from "@/lib/server/accounts/list-staff";
import { requireRole } from "@/lib/server/auth/guards";
import { changerEtatPersonnel } from "./actions";
import { EtatPersonnelForm } from "./etat-form";
import { InvitationForm } from "./invitation-form";

export const metadata: Metadata = { title: "Personnels", robots: { index: false } };

export default async function PersonnelsPage() {
  const actor = await requireRole("ADMIN_ACADEMIE", "ADMIN_NATIONAL");
  const [staff, academies] = await Promise.all([listStaff(actor), listInvitableAcademies(actor)]);
  return (
    <>
      <h1>Personnels</h1>
      <div className="fr-grid-row fr-grid-row--gutters">
        <section className="fr-col-12" aria-labelledby="titre-inviter">
          <h2 id="titre-inviter">Inviter un personnel</h2>
          <p className="fr-text--sm">
            La personne reçoit un courriel avec un lien, valable 7{"\u00a0"}jours, pour choisir son mot de passe. Les champs avec * sont obligatoires.
          </p>
          <InvitationForm roles={invitableRoles(actor)} academies={academies} />
        </section>
        <section className="fr-col-12" aria-labelledby="titre-liste">
          <h2 id="titre-liste">Comptes existants</h2>
          {staff.length === 0 ? (
            <p>Aucun compte de personnel.</p>
          ) : (
            <DataTable
              caption="Personnels de votre périmètre"
              rowHeaders
              headers={["Nom", "Adresse mail", "Rôle", "Académie", "État", "Action"]}
              rows={staff.map((s) => [
                `${s.prenoms} ${s.nomNaissance}`,
                s.email,
                ROLE_LABELS[s.role],
                s.academie?.nom ?? "—",
                s.disabledAt ? "Désactivé" : s.activatedAt ? `Actif depuis le ${formatDateFr(s.activatedAt, "Europe/Paris")}` : "Invitation en attente",
                s.id === actor.id ? (
                  "Votre compte"
                ) : (
                  <EtatPersonnelForm key={s.id} action={changerEtatPersonnel} accountId={s.id} nom={`${s.prenoms} ${s.nomNaissance}`} actif={s.disabledAt === null} />
                ),
              ])}
            />
          )}
        </section>
      </div>
    </>
  );
}
