import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { Stepper } from "@codegouvfr/react-dsfr/Stepper";
import type { ReactNode } from "react";
import { academieLabel } from "@/components/sessions/session-labels";
import { bandeauFenetre, instantLocal } from "@/lib/domain/candidature/fenetre";
import { ETAPES } from "@/lib/domain/candidature/libelles";
import { fr } from "@/lib/domain/typographie";
import type { CandidatureDossier } from "@/lib/server/candidatures/get-candidature";

/** Whether the candidate may still change this candidature (the server checks again at each action). */
export function estModifiable(dossier: Pick<CandidatureDossier, "etat" | "statut">): boolean {
  return dossier.etat === "OUVERTE" && dossier.statut !== "ANNULEE";
}

/** Title, the six steps, and the banners every page of the wizard carries. */
export function WizardFrame({ dossier, numero, children }: { dossier: CandidatureDossier; numero: number; children: ReactNode }) {
  const { session } = dossier;
  const zone = session.academie.timeZone;
  const etape = ETAPES[numero - 1]!;
  const suivante = ETAPES[numero];
  return (
    <>
      <Breadcrumb
        homeLinkProps={{ href: "/" }}
        segments={[{ label: "Mes candidatures", linkProps: { href: "/mes-candidatures" } }]}
        currentPageLabel={`${session.examen.libelle} – ${etape.titre}`}
      />
      <h1 className="fr-h3 fr-mb-1w">Inscription – {session.examen.libelle}</h1>
      <p className="fr-text--lg fr-mb-2w">
        {session.libelle} – {academieLabel(session.academie.nom)}
        {dossier.numero && <> – n°{"\u00a0"}{dossier.numero}</>}
      </p>

      <Bandeaux dossier={dossier} zone={zone} />

      <Stepper currentStep={numero} stepCount={ETAPES.length} title={etape.titre} nextStepText={"Étape suivante\u00a0:"} {...(suivante ? { nextTitle: suivante.titre } : {})} className="fr-mt-2w" />
      {children}
    </>
  );
}

// One banner at most besides a closed window, and short: on a phone (390 px) the step's form must
// show on the first screen [issue 8 §8]. The deadline is said inside the draft banner when there is one.
function Bandeaux({ dossier, zone }: { dossier: CandidatureDossier; zone: string }) {
  const bandeaux: ReactNode[] = [];
  const ouverte = dossier.etat === "OUVERTE";
  const prolongee = dossier.prolongation ? fr` (date prolongée, initialement le ${instantLocal(dossier.prolongation.initiale, zone)} : ${dossier.prolongation.motif})` : "";
  const limite = ouverte ? fr` : vous pouvez le faire jusqu'au ${instantLocal(dossier.window.closesAt, zone)}${prolongee}` : "";
  if (dossier.aRevoir && dossier.statut !== "DESINSCRITE" && dossier.statut !== "ANNULEE") {
    bandeaux.push(
      <Alert
        key="a-revoir"
        severity="error"
        as="h2"
        title="Candidature à revoir"
        description={fr`L'académie a modifié les choix proposés : ${dossier.aRevoir.motifs.join(" ")} Modifiez votre candidature puis enregistrez-la de nouveau${ouverte ? fr` avant le ${instantLocal(dossier.window.closesAt, zone)}` : ""}.`}
      />,
    );
  }
  if (!ouverte) {
    bandeaux.push(
      <Alert key="fenetre" severity="warning" as="h2" title={fr`Inscriptions closes : candidature en lecture seule`} description={bandeauFenetre(dossier.etat, dossier.window, zone)} />,
    );
  }
  if (dossier.statut === "BROUILLON") {
    bandeaux.push(
      <Alert
        key="brouillon"
        severity="warning"
        as="h2"
        title={fr`Brouillon : candidature non enregistrée`}
        description={fr`Elle ne compte qu'après « ENREGISTRER » à l'étape 6${limite}.`}
      />,
    );
  } else if (dossier.aBrouillon) {
    bandeaux.push(
      <Alert
        key="brouillon"
        severity="warning"
        as="h2"
        title={fr`Brouillon : modifications non enregistrées`}
        description={fr`La version ${dossier.version} enregistrée reste celle prise en compte jusqu'à « ENREGISTRER » à l'étape 6${limite}.`}
      />,
    );
  } else if (ouverte) {
    const annonce = dossier.prolongation ? fr` Date prolongée : initialement le ${instantLocal(dossier.prolongation.initiale, zone)}. Motif : ${dossier.prolongation.motif}` : "";
    bandeaux.push(<Alert key="delai" severity="info" small description={`${bandeauFenetre("OUVERTE", dossier.window, zone)}${annonce}`} />);
  }
  if (dossier.statut === "DESINSCRITE") {
    const le = dossier.desinscriteAt ? ` le ${instantLocal(dossier.desinscriteAt, zone)}` : "";
    bandeaux.push(
      <Alert
        key="desinscrite"
        severity="info"
        as="h2"
        title="Vous vous êtes désinscrit"
        description={ouverte ? fr`Désinscription enregistrée${le}. Pour vous réinscrire, vérifiez le récapitulatif et cliquez sur « ENREGISTRER ».` : fr`Désinscription enregistrée${le}.`}
      />,
    );
  }
  return (
    <div className="fr-mb-2w">
      {bandeaux.map((b, i) => (
        <div key={i} className={i > 0 ? "fr-mt-1w" : undefined}>
          {b}
        </div>
      ))}
    </div>
  );
}
