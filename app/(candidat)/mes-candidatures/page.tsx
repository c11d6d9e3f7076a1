import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Card } from "@codegouvfr/react-dsfr/Card";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { EtatBadge } from "@/components/sessions/etat-badge";
import { academieLabel } from "@/components/sessions/session-labels";
import { now } from "@/lib/clock";
import { instantLocal } from "@/lib/domain/candidature/fenetre";
import { STATUT_LIBELLES } from "@/lib/domain/candidature/libelles";
import { fr } from "@/lib/domain/typographie";
import { requireCandidate } from "@/lib/server/auth/guards";
import { listCandidatures, type CandidatureCarte } from "@/lib/server/candidatures/list-candidatures";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Mes candidatures", robots: { index: false } };

const SEVERITE = { BROUILLON: "warning", ENREGISTREE: "success", DESINSCRITE: "info", ANNULEE: "error" } as const;

export default async function MesCandidaturesPage() {
  const account = await requireCandidate();
  const cartes = await listCandidatures(account.id, await now());
  return (
    <>
      <h1>Mes candidatures</h1>
      <p>
        <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href="/inscription">
          M’inscrire à un examen
        </Link>
      </p>
      {cartes.length === 0 ? (
        <p>Vous n’avez pas encore de candidature. Choisissez « M’inscrire à un examen » pour commencer.</p>
      ) : (
        <ul className="fr-grid-row fr-grid-row--gutters" style={{ listStyle: "none", padding: 0 }}>
          {cartes.map((c) => (
            <li key={c.id} className="fr-col-12 fr-col-md-6">
              <Carte carte={c} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Carte({ carte }: { carte: CandidatureCarte }) {
  const zone = carte.session.academie.timeZone;
  const dernier = carte.dernierEnregistrementAt
    ? instantLocal(carte.dernierEnregistrementAt, zone)
    : carte.brouillonSauveAt
      ? fr`jamais (brouillon sauvegardé le ${instantLocal(carte.brouillonSauveAt, zone)})`
      : "jamais";
  return (
    <Card
      title={carte.session.examen.libelle}
      titleAs="h2"
      desc={
        <>
          {carte.specialite && <span style={{ display: "block" }}>{carte.specialite}</span>}
          <span style={{ display: "block" }}>
            {carte.session.libelle} – {academieLabel(carte.session.academie.nom)}
          </span>
          <span style={{ display: "block" }} className="fr-mt-1w">
            {fr`Numéro d'inscription : ${carte.numero ?? "attribué à l'enregistrement"}`}
          </span>
          <span style={{ display: "block" }}>{fr`Version : ${carte.version > 0 ? String(carte.version) : "—"}`}</span>
          <span style={{ display: "block" }}>{fr`Dernier enregistrement : ${dernier}`}</span>
          {carte.etat === "OUVERTE" && <span style={{ display: "block" }}>{fr`Modifiable jusqu'au ${instantLocal(carte.inscription.closesAt, zone)}`}</span>}
          {carte.aBrouillon && carte.statut !== "BROUILLON" && <span style={{ display: "block" }}>Des modifications ne sont pas encore enregistrées.</span>}
        </>
      }
      start={
        <ul className="fr-badges-group">
          <li>
            <Badge severity={SEVERITE[carte.statut]} small>
              {STATUT_LIBELLES[carte.statut]}
            </Badge>
          </li>
          <li>
            <EtatBadge etat={carte.etat} small />
          </li>
        </ul>
      }
      end={
        carte.aFaire.length > 0 ? (
          <div className="fr-mt-1w">
            <p className="fr-text--sm fr-text--bold fr-mb-1v">{carte.aFaire.some((l) => l.urgence === "action") ? "À faire" : "Où en est votre dossier"}</p>
            <ul className="fr-text--sm fr-mb-0">
              {carte.aFaire.map((ligne) => (
                <li key={ligne.texte} className={ligne.urgence === "action" ? "fr-text--bold" : undefined}>
                  {ligne.texte}
                </li>
              ))}
            </ul>
          </div>
        ) : undefined
      }
      footer={
        <ul className="fr-btns-group fr-btns-group--inline-sm">
          <li>
            <LienCarte carte={carte} chemin="" principal>
              Gérer ma candidature
            </LienCarte>
          </li>
          {carte.numero && (
            <li>
              <LienCarte carte={carte} chemin="/documents">
                Mes documents
              </LienCarte>
            </li>
          )}
          {carte.statut === "ENREGISTREE" && (
            <li>
              <LienCarte carte={carte} chemin="/justificatifs">
                Mes justificatifs
              </LienCarte>
            </li>
          )}
        </ul>
      }
      border
      size="medium"
    />
  );
}

/** A button of a card: its label, then, for screen readers, which candidature it is about. */
function LienCarte({ carte, chemin, principal = false, children }: { carte: CandidatureCarte; chemin: string; principal?: boolean; children: ReactNode }) {
  return (
    <Link className={`fr-btn ${principal ? "fr-btn--secondary" : "fr-btn--tertiary"}`} href={`/mes-candidatures/${carte.id}${chemin}`}>
      {children}
      <span className="fr-sr-only">
        {" "}
        – {carte.session.examen.libelle}, {carte.session.libelle}
      </span>
    </Link>
  );
}
