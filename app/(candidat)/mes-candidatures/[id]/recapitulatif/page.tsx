import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { estModifiable, WizardFrame } from "@/components/candidature/wizard-frame";
import { now } from "@/lib/clock";
import { computeEpreuveStatuses } from "@/lib/domain/candidature/epreuves";
import { instantLocal } from "@/lib/domain/candidature/fenetre";
import { ETAPES, STATUT_LIBELLES, type StepKey } from "@/lib/domain/candidature/libelles";
import { findPiece } from "@/lib/domain/candidature/pieces-catalogue";
import { computeRequiredPieces } from "@/lib/domain/candidature/pieces";
import { lignesAcquis, lignesEpreuves, lignesIdentification, lignesInformations, lignesQualification, type Ligne } from "@/lib/domain/candidature/recapitulatif";
import { validateCandidature } from "@/lib/domain/candidature/validate";
import { epreuvesDeSpecialite } from "@/lib/domain/catalogue/epreuves";
import { lignesEtatCivil } from "@/lib/domain/account/etat-civil";
import { fr } from "@/lib/domain/typographie";
import { requireCandidate } from "@/lib/server/auth/guards";
import { getCandidature, type CandidatureDossier } from "@/lib/server/candidatures/get-candidature";
import { StatutsEpreuves } from "@/components/candidature/statuts-epreuves";
import { enregistrer } from "./actions";
import { EnregistrerForm } from "./enregistrer-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Étape 6 sur 6 : Récapitulatif – Inscription", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecapitulatifPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const account = await requireCandidate();
  const dossier = await getCandidature(account.id, id, await now());
  if (!dossier) notFound();

  const base = `/mes-candidatures/${dossier.id}`;
  const zone = dossier.session.academie.timeZone;
  const data = dossier.travailValide;
  const validation = validateCandidature(dossier.travail, dossier.ctx);
  const aEnregistrer = dossier.statut !== "ENREGISTREE" || dossier.aBrouillon;
  const modifiable = estModifiable(dossier);
  const specialite = dossier.ctx.specialites.find((s) => s.codeDiplome === data.qualification?.specialiteCode);
  const pieces = computeRequiredPieces(data, dossier.ctx.session, { dateNaissance: dossier.account.dateNaissance, ...(specialite ? { specialite } : {}) });

  return (
    <WizardFrame dossier={dossier} numero={6}>
      {query.enregistree && dossier.statut === "ENREGISTREE" && dossier.numero && (
        <Alert
          className="fr-mt-2w"
          severity="success"
          role="status"
          as="h2"
          title={dossier.version > 1 ? `La version ${dossier.version} de votre candidature est enregistrée` : "Votre candidature est enregistrée"}
          description={fr`Numéro d'inscription : ${dossier.numero}. Enregistrée le ${instantLocal(dossier.dernierEnregistrementAt ?? new Date(), zone)}. Un courriel de confirmation vous est adressé : il peut mettre quelques minutes à arriver.`}
        />
      )}
      {query.inchangee && dossier.numero && (
        <Alert
          className="fr-mt-2w"
          severity="info"
          role="status"
          small
          description={fr`Votre candidature était déjà enregistrée sous le numéro ${dossier.numero} (version ${dossier.version}${dossier.dernierEnregistrementAt ? `, le ${instantLocal(dossier.dernierEnregistrementAt, zone)}` : ""}) et n'a pas changé depuis : rien de plus à enregistrer.`}
        />
      )}

      <Etat dossier={dossier} zone={zone} />

      <p className="fr-mt-2w">Vérifiez toutes les informations saisies avant de valider votre inscription. Chaque rubrique peut être modifiée par son lien.</p>

      {!validation.ok && (
        <Alert
          className="fr-mb-4w"
          severity="warning"
          as="h2"
          title="Candidature incomplète"
          description={
            <ul>
              {ETAPES.filter((e) => e.key !== "recapitulatif" && validation.errors[e.key]).map((e) => (
                <li key={e.key}>
                  <Link href={`${base}/${e.key}`}>{fr`Étape ${e.numero}, ${e.titre} :`}</Link> {validation.errors[e.key as StepKey]?.map((x) => x.message).join(" ")}
                </li>
              ))}
            </ul>
          }
        />
      )}

      <Rubrique numero={1} base={base} modifiable={modifiable}>
        {/* What the candidate signs with ENREGISTRER: the identity of the account, then the step's answers. */}
        <Liste lignes={lignesEtatCivil(dossier.account)} />
        <p className="fr-text--sm">{fr`Votre état civil est celui de votre compte : s'il est inexact, contactez le service des examens de votre académie pour le faire corriger.`}</p>
        {data.identification ? <Liste lignes={lignesIdentification(data.identification)} /> : <NonRemplie />}
      </Rubrique>
      <Rubrique numero={2} base={base} modifiable={modifiable}>
        {data.informations ? <Liste lignes={lignesInformations(data.informations)} /> : <NonRemplie />}
      </Rubrique>
      <Rubrique numero={3} base={base} modifiable={modifiable}>
        {data.qualification ? <Liste lignes={lignesQualification(data.qualification, dossier.ctx.specialitesExamen ?? dossier.ctx.specialites)} /> : <NonRemplie />}
      </Rubrique>
      <Rubrique numero={4} base={base} modifiable={modifiable}>
        {data.acquis ? <Liste lignes={lignesAcquis(data.acquis, dossier.ctx.specialitesExamen ?? dossier.ctx.specialites)} /> : <NonRemplie />}
      </Rubrique>
      <Rubrique numero={5} base={base} modifiable={modifiable}>
        {data.epreuves ? (
          <>
            <Liste lignes={lignesEpreuves(data.epreuves)} />
            {specialite && <StatutsEpreuves statuts={computeEpreuveStatuses(epreuvesDeSpecialite(dossier.ctx.epreuves, specialite), data.acquis, data.epreuves.epsChoix)} />}
          </>
        ) : (
          <NonRemplie />
        )}
      </Rubrique>

      <section aria-labelledby="titre-pieces" className="fr-mb-4w">
        <h2 id="titre-pieces" className="fr-h4">
          Pièces justificatives à fournir
        </h2>
        <p className="fr-text--sm">D’après vos réponses ; la liste définitive figure dans « Mes justificatifs » une fois la candidature enregistrée.</p>
        <ul>
          {pieces.map((p) => (
            <li key={p.pieceCode}>
              {findPiece(p.pieceCode)?.libelle ?? p.pieceCode} <span className="fr-text--sm">({p.motif})</span>
            </li>
          ))}
        </ul>
        {dossier.statut === "ENREGISTREE" && (
          <p>
            <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={`${base}/justificatifs`}>
              {fr`Mes justificatifs : déposer ou envoyer mes pièces`}
            </Link>
          </p>
        )}
      </section>

      {modifiable && aEnregistrer && (
        <CallOut title="Valider votre inscription" titleAs="h2" iconId="fr-icon-info-line" bodyAs="div" className="fr-mb-4w">
          <p>
            {fr`Cliquez sur « ENREGISTRER » pour que votre candidature soit prise en compte${dossier.numero ? "" : " et qu'un numéro d'inscription vous soit attribué"}. La validation en ligne vaut signature. Jusqu'à la clôture, le ${instantLocal(dossier.window.closesAt, zone)}, vous pourrez encore la modifier.`}
          </p>
          <EnregistrerForm action={enregistrer.bind(null, dossier.id)} base={base} revision={dossier.revision} />
        </CallOut>
      )}

      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <Link className="fr-btn fr-btn--secondary fr-icon-arrow-left-line" href={`${base}/epreuves`}>
            Précédent
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary" href="/mes-candidatures">
            Mes candidatures
          </Link>
        </li>
        {modifiable && dossier.statut === "ENREGISTREE" && (
          <li>
            <Link className="fr-btn fr-btn--tertiary fr-icon-close-circle-line" href={`${base}/desinscription`}>
              Me désinscrire
            </Link>
          </li>
        )}
      </ul>
    </WizardFrame>
  );
}

function Etat({ dossier, zone }: { dossier: CandidatureDossier; zone: string }) {
  return (
    <section aria-labelledby="titre-etat" className="fr-mt-4w">
      <h2 id="titre-etat" className="fr-h4">
        Votre candidature
      </h2>
      <Liste
        lignes={[
          ["Statut", STATUT_LIBELLES[dossier.statut]],
          ["Numéro d’inscription", dossier.numero ?? "Attribué à l’enregistrement"],
          ["Version", dossier.version > 0 ? String(dossier.version) : "—"],
          ["Dernier enregistrement", dossier.dernierEnregistrementAt ? instantLocal(dossier.dernierEnregistrementAt, zone) : "—"],
        ]}
      />
      {dossier.numero && dossier.version > 0 && <Confirmation base={`/mes-candidatures/${dossier.id}`} version={dossier.version} />}
    </section>
  );
}

/** The sealed confirmation of the last saved version, to print, check, date and sign [C:NI, C:AX22]. */
function Confirmation({ base, version }: { base: string; version: number }) {
  return (
    <div className="fr-mb-2w">
      <p className="fr-mb-1w">
        {fr`Imprimez votre confirmation d'inscription, vérifiez-la, datez-la et signez-la : elle fait partie des pièces à fournir. Elle porte un code de vérification et un code QR qui permettent au service des examens de s'assurer qu'elle est authentique.`}
      </p>
      <a className="fr-link fr-link--download" href={`${base}/confirmation/${version}`} download>
        Télécharger la confirmation d’inscription (version {version})
        <span className="fr-link__detail">PDF scellé électroniquement</span>
      </a>
    </div>
  );
}

function Rubrique({ numero, base, modifiable, children }: { numero: number; base: string; modifiable: boolean; children: ReactNode }) {
  const etape = ETAPES[numero - 1]!;
  return (
    <section aria-labelledby={`titre-${etape.key}`} className="fr-mb-4w">
      <h2 id={`titre-${etape.key}`} className="fr-h4 fr-mb-1w">
        {numero}. {etape.titre}
      </h2>
      {children}
      <p>
        <Link href={`${base}/${etape.key}`} className="fr-link fr-icon-edit-line fr-link--icon-left">
          {modifiable ? "Modifier" : "Consulter"} l’étape {numero}
          <span className="fr-sr-only"> : {etape.titre}</span>
        </Link>
      </p>
    </section>
  );
}

function Liste({ lignes }: { lignes: readonly (Ligne | readonly [string, ReactNode])[] }) {
  return (
    <dl className="fr-mb-2w">
      {lignes.map(([terme, valeur]) => (
        <div key={terme} className="fr-mb-1w">
          <dt className="fr-text--bold" style={{ display: "inline" }}>
            {terme}
            {"\u00a0"}:{" "}
          </dt>
          <dd style={{ display: "inline", margin: 0 }}>{valeur}</dd>
        </div>
      ))}
    </dl>
  );
}

const NonRemplie = () => <p>Étape non remplie.</p>;
