import type { Metadata } from "next";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { DataTable } from "@/components/data-table";
import { formatDateTimeShortFr } from "@/lib/domain/calendar";
import { fr } from "@/lib/domain/typographie";
import type { JobName } from "@/lib/jobs/definitions";
import { requireRole } from "@/lib/server/auth/guards";
import { listFailedJobs } from "@/lib/server/jobs/list-failed-jobs";
import { relancerTache } from "./actions";

export const metadata: Metadata = { title: "Courriels et tâches en échec", robots: { index: false } };

const LIBELLES: Record<JobName, string> = {
  courriel: "Courriel",
  "demande-lien-activation": "Demande de lien d'activation",
  "demande-reinitialisation": "Demande de nouveau mot de passe",
  "confirmation-pdf": "Confirmation d’inscription (PDF scellé)",
  "operation-groupee": "Courriers et annulations en nombre (un lot)",
  "cloture-operations": "Clôture des opérations en nombre interrompues",
  rappels: "Rappels avant les clôtures (brouillons, pièces manquantes)",
  "purge-comptes-non-actives": "Suppression des comptes non activés",
  "purge-tentatives-connexion": "Purge des tentatives de connexion",
  "purge-sessions-terminees": "Purge des sessions terminées",
  "purge-limites": "Purge des compteurs de limitation",
};

// What the queue could not do after all its attempts (an SMTP relay down for hours…), so that an
// operator sees it and can try again once the cause is mended.
export default async function TachesPage({ searchParams }: { searchParams: Promise<{ relance?: string }> }) {
  await requireRole("ADMIN_NATIONAL");
  const [{ relance }, jobs] = await Promise.all([searchParams, listFailedJobs()]);
  return (
    <>
      <h1>Courriels et tâches en échec</h1>
      <p>
        Chaque courriel est réessayé dix fois sur environ huit heures avant d’apparaître ici. Les tâches en échec restent
        listées 30{"\u00a0"}jours.
      </p>
      {relance === "ok" && <Alert severity="success" small role="status" description={fr`La tâche a été relancée : elle va être exécutée dans quelques instants.`} className="fr-mb-3w" />}
      {relance === "impossible" && (
        <Alert severity="warning" small role="status" description={fr`Cette tâche ne peut pas être relancée : elle n'est plus en échec.`} className="fr-mb-3w" />
      )}
      {jobs.length === 0 ? (
        <p>Aucune tâche en échec.</p>
      ) : (
        <DataTable
          caption={`${jobs.length} tâche${jobs.length > 1 ? "s" : ""} en échec`}
          headers={["Tâche", "Destinataire", "Tentatives", "Dernier échec", "Erreur", "Action"]}
          rows={jobs.map((job) => [
            job.objet ? fr`${LIBELLES[job.name]} : « ${job.objet} »` : LIBELLES[job.name],
            job.destinataire ?? "—",
            String(job.tentatives),
            job.echecLe ? formatDateTimeShortFr(job.echecLe, "Europe/Paris") : "—",
            job.erreur ?? "—",
            <form key={job.id} action={relancerTache}>
              <input type="hidden" name="name" value={job.name} />
              <input type="hidden" name="id" value={job.id} />
              <button type="submit" className="fr-btn fr-btn--sm fr-btn--secondary">
                Relancer
              </button>
            </form>,
          ])}
        />
      )}
    </>
  );
}
