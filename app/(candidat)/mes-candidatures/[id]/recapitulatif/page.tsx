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
import { formatNote } from "@/lib/domain/candidature/format";
import { ACQUIS_LIBELLES, DIPLOME_LIBELLES, DISCIPLINE_LIBELLES, EPS_LIBELLES, ETAPES, FORME_LIBELLES, ROUTE_LIBELLES, STATUT_LIBELLES, type StepKey } from "@/lib/domain/candidature/libelles";
import { findPiece } from "@/lib/domain/candidature/pieces-catalogue";
import { computeRequiredPieces } from "@/lib/domain/candidature/pieces";
import type { CandidatureData } from "@/lib/domain/candidature/schemas";
import { validateCandidature } from "@/lib/domain/candidature/validate";
import { libellePcs } from "@/lib/domain/data/pcs";
import { findSpecialite } from "@/lib/domain/data/specialites";
import { nomPays } from "@/lib/domain/pays";
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
      {query.inchangee && <Alert className="fr-mt-2w" severity="info" role="status" small description={fr`Aucune modification depuis votre dernier enregistrement : votre candidature est inchangée.`} />}

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
        {data.identification ? <Identification data={data.identification} /> : <NonRemplie />}
      </Rubrique>
      <Rubrique numero={2} base={base} modifiable={modifiable}>
        {data.informations ? <Informations data={data.informations} /> : <NonRemplie />}
      </Rubrique>
      <Rubrique numero={3} base={base} modifiable={modifiable}>
        {data.qualification ? (
          <Liste
            lignes={[
              ["Spécialité", specialite?.libelle ?? findSpecialite(data.qualification.specialiteCode)?.libelle ?? data.qualification.specialiteCode],
              ["Forme de passage", FORME_LIBELLES[data.qualification.formePassage]],
            ]}
          />
        ) : (
          <NonRemplie />
        )}
      </Rubrique>
      <Rubrique numero={4} base={base} modifiable={modifiable}>
        {data.acquis ? <Acquis data={data.acquis} /> : <NonRemplie />}
      </Rubrique>
      <Rubrique numero={5} base={base} modifiable={modifiable}>
        {data.epreuves ? (
          <>
            <Epreuves data={data.epreuves} />
            {specialite && <StatutsEpreuves statuts={computeEpreuveStatuses(specialite, data.acquis, data.epreuves.epsChoix)} />}
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
    </section>
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

function Liste({ lignes }: { lignes: readonly [string, ReactNode][] }) {
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
const ouiNon = (v: boolean | undefined) => (v === undefined ? "—" : v ? "Oui" : "Non");

function Identification({ data }: { data: CandidatureData["identification"] }) {
  return (
    <Liste
      lignes={[
        ["Adresse", [data.adresse, data.complement, `${data.codePostal} ${data.commune}`, nomPays(data.pays)].filter(Boolean).join(", ")],
        ["Catégorie socio-professionnelle d’un représentant légal", libellePcs(data.pcsRepresentantLegal) ?? data.pcsRepresentantLegal],
        ["Téléphone", [data.telephone, data.telephone2].filter(Boolean).join(", ")],
      ]}
    />
  );
}

function Informations({ data }: { data: CandidatureData["informations"] }) {
  const lignes: [string, ReactNode][] = [["Type de candidature", ROUTE_LIBELLES[data.typeCandidature]]];
  if (data.organisme) lignes.push(["Établissement ou organisme", data.organisme]);
  if (data.typeCandidature === "DEJA_PRESENTE") {
    lignes.push(["Dernière session", String(data.sessionPrecedente ?? "—")]);
    if (data.formePrecedente) lignes.push(["Forme de passage à cette session", FORME_LIBELLES[data.formePrecedente]]);
    lignes.push(["Ajourné à cette session", ouiNon(data.ajourne)]);
  }
  lignes.push(["Handicap", ouiNon(data.handicap)]);
  if (data.handicap) lignes.push(["Aménagement d’épreuves déjà notifié", ouiNon(data.amenagementExistant)]);
  lignes.push(["Recensement ou JDC", "Déclaré en règle"]);
  lignes.push(["Diffusion des résultats", [data.diffusionPresse && "presse", data.diffusionInternet && "internet"].filter(Boolean).join(" et ") || "refusée"]);
  return <Liste lignes={lignes} />;
}

function Acquis({ data }: { data: CandidatureData["acquis"] }) {
  const lignes: [string, ReactNode][] = [["Possibilité choisie", ACQUIS_LIBELLES[data.type]]];
  switch (data.type) {
    case "BENEFICES_NOTES":
      lignes.push(["Notes conservées", data.benefices.map((b) => `${b.epreuveCode}\u00a0: ${formatNote(b.note)}/20 (session ${b.sessionAnnee})`).join("\u00a0; ")]);
      break;
    case "DISPENSES_DIPLOME":
      lignes.push(["Diplôme", DIPLOME_LIBELLES[data.diplome]], ["Dispenses demandées", data.disciplines.map((d) => DISCIPLINE_LIBELLES[d]).join(", ")]);
      break;
    case "AUTRE_SPECIALITE":
      lignes.push(["Autre spécialité", findSpecialite(data.autreSpecialiteCode)?.libelle ?? data.autreSpecialiteCode], ["Session", String(data.anneeObtention)], ["Épreuves dispensées", data.epreuves.join(", ")]);
      break;
    case "DISPENSES_VAE":
      lignes.push(["Décision du jury de VAE", String(data.anneeObtention)], ["Épreuves dispensées", data.epreuves.join(", ")]);
      break;
  }
  return <Liste lignes={lignes} />;
}

function Epreuves({ data }: { data: CandidatureData["epreuves"] }) {
  const lignes: [string, ReactNode][] = [["Langue vivante A", data.lva]];
  if (data.lvb) lignes.push(["Langue vivante B", data.lvb]);
  lignes.push(["Éducation physique et sportive", EPS_LIBELLES[data.epsChoix]]);
  if (data.epsActivites.length > 0) lignes.push([data.epsChoix === "ADAPTEE" ? "Activité adaptée" : "Activités", data.epsActivites.join(", ")]);
  lignes.push(["Langue vivante facultative", data.lvf ?? "Aucune"]);
  return <Liste lignes={lignes} />;
}
