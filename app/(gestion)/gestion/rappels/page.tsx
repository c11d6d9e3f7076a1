import type { Metadata } from "next";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { DataTable } from "@/components/data-table";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { academieNom } from "@/lib/domain/account/roles";
import { formatInstantFr } from "@/lib/domain/calendar";
import { ETAT_RAPPEL_LIBELLES, RAPPEL_LIBELLES } from "@/lib/domain/session/rappels";
import { fr } from "@/lib/domain/typographie";
import { zoneLabel } from "@/lib/domain/zones";
import { requireRole } from "@/lib/server/auth/guards";
import { scopeOf } from "@/lib/server/gestion/scope";
import { lireRappels } from "@/lib/server/sessions/lire-rappels";
import { EnvoyerRappelsForm } from "./envoyer-form";

export const metadata: Metadata = { title: "Rappels avant les clôtures – Espace de gestion", robots: { index: false } };

// The admin d'académie's view of the reminders [issue 10 §5]: when each falls due for each session
// of their académie, in its zone, how many went, and a button to send the due ones now.
export default async function RappelsPage() {
  const account = await requireRole("ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const { academie, sessions } = await lireRappels(await getDb(), scope, { now: await now() });
  const zone = zoneLabel(academie.timeZone);
  return (
    <>
      <h1>Rappels avant les clôtures</h1>
      <p>
        {fr`Tous les quarts d'heure, le portail envoie un courriel de rappel aux candidats de l'${academieNom(academie.nom)} : 72 heures puis 24 heures avant la clôture des inscriptions, à ceux dont la candidature n'est pas enregistrée ; 72 heures puis 24 heures avant la date limite de dépôt des pièces, à ceux dont le dossier enregistré a des pièces manquantes.`}
      </p>
      <p>
        {fr`Chaque rappel part une seule fois par candidature, jamais à un compte désactivé ni pour une session non publiée. Les heures sont celles de l'académie (${zone}).`}
      </p>
      <EnvoyerRappelsForm />
      {sessions.length === 0 ? (
        <p>{fr`Aucune session de votre académie n'a de clôture à venir ou passée depuis moins de 30 jours.`}</p>
      ) : (
        sessions.map((s) => (
          <section key={s.id} aria-labelledby={`session-${s.id}`} className="fr-mb-6w">
            <h2 id={`session-${s.id}`} className="fr-h4">
              {s.examen} – {s.libelle}{" "}
              {!s.publiee && (
                <Badge severity="warning" small noIcon>
                  Non publiée
                </Badge>
              )}
            </h2>
            {!s.publiee && <p className="fr-text--sm">{fr`Session non publiée : aucun rappel n'est envoyé pour elle.`}</p>}
            {s.sansDepot && <p className="fr-text--sm">{fr`Pas de période de dépôt des pièces : la date limite est la clôture des inscriptions.`}</p>}
            <DataTable
              caption={`Rappels de la session ${s.libelle} (${s.examen})`}
              captionHidden
              rowHeaders
              headers={["Rappel", "Envoyé à partir du", "Échéance rappelée", "État", "Envoyés"]}
              rows={s.rappels.map((r) => [
                RAPPEL_LIBELLES[r.rappel],
                formatInstantFr(r.du, academie.timeZone),
                formatInstantFr(r.echeance, academie.timeZone),
                ETAT_RAPPEL_LIBELLES[r.etat],
                String(r.envoyes),
              ])}
            />
          </section>
        ))
      )}
    </>
  );
}
