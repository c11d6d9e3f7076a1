import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import type { StepAction } from "@/components/candidature/step-form";
import { StatutsEpreuves } from "@/components/candidature/statuts-epreuves";
import { estModifiable, WizardFrame } from "@/components/candidature/wizard-frame";
import { academieLabel, listeFr } from "@/components/sessions/session-labels";
import { now } from "@/lib/clock";
import { canKeepBenefices, canRequestEpsDispense } from "@/lib/domain/candidature/eligibility";
import { dispensesDiplomeProposees } from "@/lib/domain/candidature/acquis-choix";
import { computeEpreuveStatuses } from "@/lib/domain/candidature/epreuves";
import { toFormValues, type FormValues } from "@/lib/domain/candidature/formulaires";
import { DISCIPLINE_LIBELLES, etapeParSlug, ETAPES, type StepKey } from "@/lib/domain/candidature/libelles";
import { EPS_CHOIX, type DisciplineDispensable, type SpecialiteInfo } from "@/lib/domain/candidature/types";
import { epreuveDeDiscipline, epreuvesDeSpecialite, epreuvesObligatoires } from "@/lib/domain/catalogue/epreuves";
import { specialiteLabel } from "@/lib/domain/catalogue/libelles";
import type { EpreuveDef } from "@/lib/domain/catalogue/types";
import { PCS } from "@/lib/domain/data/pcs";
import { listPays } from "@/lib/domain/pays";
import { fr } from "@/lib/domain/typographie";
import { requireCandidate } from "@/lib/server/auth/guards";
import { getCandidature, type CandidatureDossier } from "@/lib/server/candidatures/get-candidature";
import { AcquisForm } from "./acquis-form";
import { enregistrerEtape } from "./actions";
import { EpreuvesForm } from "./epreuves-form";
import { IdentificationForm } from "./identification-form";
import { InformationsForm } from "./informations-form";
import { QualificationForm } from "./qualification-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; etape: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const etape = etapeParSlug((await params).etape);
  return { title: etape ? `Étape ${etape.numero} sur 6 : ${etape.titre} – Inscription` : "Inscription", robots: { index: false } };
}

const collator = new Intl.Collator("fr", { sensitivity: "base" });

export default async function EtapePage({ params }: Props) {
  const { id, etape: slug } = await params;
  const etape = etapeParSlug(slug);
  if (!etape || etape.key === "recapitulatif") notFound();
  const account = await requireCandidate();
  const dossier = await getCandidature(account.id, id, await now());
  if (!dossier) notFound();

  // The steps are filled in order [C:CF "Cinq phases sont à suivre dans l'ordre"].
  if (etape.numero > dossier.etapeCourante) redirect(`/mes-candidatures/${dossier.id}/${ETAPES[dossier.etapeCourante - 1]!.key}`);

  const step = etape.key as StepKey;
  const base = `/mes-candidatures/${dossier.id}`;
  // Steps 4 and 5 depend on the spécialité chosen at step 3 and on its épreuves in the catalogue.
  const specialite = dossier.ctx.specialites.find((s) => s.codeDiplome === dossier.travailValide.qualification?.specialiteCode);
  const epreuves = specialite ? epreuvesDeSpecialite(dossier.ctx.epreuves, specialite) : [];
  const common = {
    action: enregistrerEtape.bind(null, dossier.id, step),
    revision: dossier.revision,
    initial: toFormValues(step, dossier.travail[step], epreuvesObligatoires(epreuves).map((e) => e.code)),
    lectureSeule: !estModifiable(dossier),
    precedent: etape.numero > 1 ? `${base}/${ETAPES[etape.numero - 2]!.key}` : undefined,
    suivantLecture: `${base}/${ETAPES[etape.numero]!.key}`,
  };

  return (
    <WizardFrame dossier={dossier} numero={etape.numero}>
      <p className="fr-text--sm fr-mt-2w">Les champs suivis d’un astérisque (*) sont obligatoires.</p>
      <Etape dossier={dossier} step={step} common={common} specialite={specialite} epreuves={epreuves} />
    </WizardFrame>
  );
}

type Common = { action: StepAction; revision: number; initial: FormValues; lectureSeule: boolean; precedent: string | undefined; suivantLecture: string };

type EtapeProps = {
  dossier: CandidatureDossier;
  step: StepKey;
  common: Common;
  /** The spécialité chosen at step 3, if the session still offers it, and its épreuves. */
  specialite: SpecialiteInfo | undefined;
  epreuves: readonly EpreuveDef[];
};

function Etape({ dossier, step, common, specialite, epreuves }: EtapeProps): ReactNode {
  const { session, ctx, travailValide } = dossier;
  const academie = academieLabel(session.academie.nom, false);
  const precedent = common.precedent ?? "";

  switch (step) {
    case "identification":
      return (
        <>
          <Identite dossier={dossier} />
          <IdentificationForm
            {...common}
            pays={listPays().map((p) => ({ value: p.code, label: p.nom }))}
            pcs={PCS.map((p) => ({ value: p.code, label: p.libelle }))}
            domicileRegle={fr`Pour vous inscrire dans l'${academie}, vous devez y être domicilié (départements ${listeFr(session.academie.departements)}). Pour un domicile en outre-mer, choisissez France.`}
          />
        </>
      );
    case "informations":
      return <InformationsForm {...common} precedent={precedent} academie={academie} amenagementUrl={session.academie.amenagementUrl} />;
    case "qualification": {
      const informations = travailValide.informations;
      const specialites = ctx.specialites
        .map((s) => ({ value: s.codeDiplome, label: specialiteLabel(s) }))
        .sort((a, b) => collator.compare(a.label, b.label));
      return (
        <QualificationForm
          {...common}
          precedent={precedent}
          specialites={specialites}
          examen={session.examen.libelle}
          formeImposee={informations?.typeCandidature === "DEJA_PRESENTE" ? informations.formePrecedente : undefined}
        />
      );
    }
    case "acquis": {
      if (!specialite) return <SpecialiteDAbord href={`/mes-candidatures/${dossier.id}/qualification`} />;
      const obligatoires = epreuvesObligatoires(epreuves);
      const disciplines = [...new Set(obligatoires.flatMap((e) => e.disciplines))].filter((d): d is DisciplineDispensable => d !== "PROFESSIONNEL");
      return (
        <AcquisForm
          {...common}
          precedent={precedent}
          epreuves={obligatoires.map((e) => ({ code: e.code, libelle: e.libelle, generale: e.generale }))}
          disciplines={disciplines.map((d) => ({ value: d, label: DISCIPLINE_LIBELLES[d][0]!.toUpperCase() + DISCIPLINE_LIBELLES[d].slice(1) }))}
          // The other spécialités of the exam, withdrawn ones included: the candidate may have been ajourné in one.
          autresSpecialites={(ctx.specialitesExamen ?? ctx.specialites)
            .filter((s) => s.codeDiplome !== specialite.codeDiplome)
            .map((s) => ({ value: s.codeDiplome, label: specialiteLabel(s) }))
            .sort((a, b) => collator.compare(a.label, b.label))}
          dispensesDiplome={dispensesDiplomeProposees(ctx.session.examen)}
          beneficesPossibles={travailValide.informations ? canKeepBenefices(travailValide.informations) : false}
          sessionAnnee={ctx.session.annee}
        />
      );
    }
    case "epreuves": {
      const route = travailValide.informations?.typeCandidature;
      const epsChoix = EPS_CHOIX.filter((c) => (c === "DISPENSE" ? canRequestEpsDispense(route) : c === "ADAPTEE" ? ctx.session.activitesEpsAdaptees.length > 0 : true));
      if (!specialite) return <SpecialiteDAbord href={`/mes-candidatures/${dossier.id}/qualification`} />;
      const intitule = (e: EpreuveDef | undefined) => e && { code: e.code, libelle: e.libelle };
      return (
        <>
          <StatutsEpreuves statuts={computeEpreuveStatuses(epreuves, travailValide.acquis, travailValide.epreuves?.epsChoix)} />
          <EpreuvesForm
            {...common}
            precedent={precedent}
            languesLva={ctx.session.languesLva}
            languesLvb={ctx.session.languesLvb}
            languesLvf={ctx.session.languesLvf}
            nbLangues={specialite.nbLanguesObligatoires}
            epreuveLangues={intitule(epreuveDeDiscipline(epreuves, "LVA"))}
            epreuveEps={intitule(epreuveDeDiscipline(epreuves, "EPS"))}
            tertiaire={specialite.secteur === "SERVICES"}
            epsChoix={epsChoix}
            activitesEps={ctx.session.activitesEps}
            activitesEpsAdaptees={ctx.session.activitesEpsAdaptees}
          />
        </>
      );
    }
  }
}

/** Steps 4 and 5 depend on the spécialité: without a valid one (step 3), they send back there. */
function SpecialiteDAbord({ href }: { href: string }) {
  return (
    <p className="fr-mt-4w">
      {fr`Cette étape dépend de votre spécialité, qui n'est pas choisie ou n'est plus proposée : `}
      <Link href={href}>choisissez-la à l’étape 3, Qualification présentée</Link>.
    </p>
  );
}

function Identite({ dossier }: { dossier: CandidatureDossier }) {
  const { account } = dossier;
  const nom = account.nomUsage ? `${account.nomNaissance} (nom d’usage\u00a0: ${account.nomUsage})` : account.nomNaissance;
  return (
    <section aria-labelledby="titre-identite" className="fr-mt-2w fr-mb-4w">
      <h2 id="titre-identite" className="fr-h4">
        Votre identité
      </h2>
      <p className="fr-text--sm">{fr`Celle de votre compte, telle qu'elle figure sur votre pièce d'identité. Pour la corriger, contactez le service des examens.`}</p>
      <dl>
        <Ligne terme="Nom" valeur={nom} />
        <Ligne terme="Prénoms" valeur={account.prenoms} />
        <Ligne terme="Date de naissance" valeur={account.dateNaissance ? account.dateNaissance.toISOString().slice(0, 10).split("-").reverse().join("/") : "—"} />
        <Ligne terme="Adresse électronique" valeur={account.email} />
      </dl>
    </section>
  );
}

function Ligne({ terme, valeur }: { terme: string; valeur: string }) {
  return (
    <div className="fr-mb-1w">
      <dt className="fr-text--bold" style={{ display: "inline" }}>
        {terme}
        {"\u00a0"}:{" "}
      </dt>
      <dd style={{ display: "inline", margin: 0 }}>{valeur}</dd>
    </div>
  );
}
