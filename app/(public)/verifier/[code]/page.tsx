import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { formatInstantFr } from "@/lib/domain/calendar";
import { rateLimitMessage } from "@/lib/domain/rate-limits";
import { fr } from "@/lib/domain/typographie";
import { zoneLabel } from "@/lib/domain/zones";
import { requestInfo } from "@/lib/server/auth/request-info";
import { verifierCode, type VerificationReconnue } from "@/lib/server/confirmations/verifier-confirmation";
import { consumeRateLimits } from "@/lib/server/rate-limit";
import { verifierFichier } from "./actions";
import { VerifierCopieForm } from "./verifier-copie-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Vérifier une confirmation d’inscription", robots: { index: false } };

type Props = { params: Promise<{ code: string }> };

/**
 * Public: the code printed under a confirmation's QR code. A known code is "authentique" and shows
 * what that document holds (numéro, version, académie, generation time, masked name, choices), so
 * that whoever holds a copy can compare; an unknown one is "non reconnu". Limited per address.
 */
export default async function VerifierPage({ params }: Props) {
  const { code: segment } = await params;
  const { ip } = await requestInfo();
  const limite = await consumeRateLimits([{ rule: "verification-document:ip", key: ip }]);
  if (!limite.ok) {
    return (
      <Cadre>
        <Alert severity="warning" as="h2" title="Vérification momentanément indisponible" description={rateLimitMessage(limite.retryAt, new Date())} className="fr-mb-4w" />
      </Cadre>
    );
  }
  const typed = segment.slice(0, 40);
  const verification = await verifierCode(typed);
  if (!verification.reconnu) {
    return (
      <Cadre>
        <Alert
          severity="error"
          as="h2"
          title="Document non reconnu"
          description={fr`Le code « ${typed} » ne correspond à aucune confirmation d'inscription produite par ce portail. Vérifiez le code imprimé sous le code QR : une copie qui porte un code inconnu n'est pas authentique.`}
          className="fr-mb-4w"
        />
        <p>
          <Link href="/verifier">Saisir un autre code</Link>
        </p>
      </Cadre>
    );
  }
  return (
    <Cadre>
      <Reconnue v={verification} />
      <section aria-labelledby="titre-copie" className="fr-mt-6w">
        <h2 id="titre-copie" className="fr-h4">
          Contrôler un fichier
        </h2>
        <p>
          Vous avez reçu cette confirmation sous forme de fichier PDF ? Déposez-le : il est comparé, octet par octet, au document produit par le portail
          (empreinte HMAC). Le fichier n’est pas conservé.
        </p>
        <VerifierCopieForm action={verifierFichier.bind(null, verification.code)} />
      </section>
    </Cadre>
  );
}

function Cadre({ children }: { children: ReactNode }) {
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-9">
        <h1>Vérifier une confirmation d’inscription</h1>
        {children}
      </div>
    </div>
  );
}

function Liste({ lignes }: { lignes: readonly (readonly [string, ReactNode])[] }) {
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

function Reconnue({ v }: { v: VerificationReconnue }) {
  const genere = `${formatInstantFr(v.genereAt, v.timeZone)}, ${zoneLabel(v.timeZone)}`;
  return (
    <>
      <Alert
        severity="success"
        as="h2"
        title="Confirmation d’inscription authentique"
        description={fr`Le code ${v.code} correspond à une confirmation d'inscription produite et scellée par ce portail. Comparez la copie que vous avez en main avec ce qui suit : toute différence signifie qu'elle a été modifiée.`}
        className="fr-mb-4w"
      />
      {v.derniereVersion > v.version && (
        <Alert
          severity="warning"
          small
          description={fr`Une version plus récente de cette candidature (version ${v.derniereVersion}) a été enregistrée depuis : seule la dernière version fait foi.`}
          className="fr-mb-4w"
        />
      )}
      {(v.statut === "DESINSCRITE" || v.statut === "ANNULEE") && (
        <Alert severity="warning" small description={fr`Cette candidature est ${v.statut === "DESINSCRITE" ? "désinscrite" : "annulée"} : cette confirmation ne vaut plus inscription.`} className="fr-mb-4w" />
      )}
      <section aria-labelledby="titre-document">
        <h2 id="titre-document" className="fr-h4">
          Ce que contient le document
        </h2>
        <Liste
          lignes={[
            ["Numéro d’inscription", v.numero],
            ["Version", String(v.version)],
            ["Académie", v.academie],
            ["Examen", v.sousTitre],
            ["Candidat", <span key="nom">{v.nomMasque} <span className="fr-text--sm">(nom masqué)</span></span>],
            ["Document généré le", genere],
            ...v.reference.filter(([terme]) => terme !== "Version"),
          ]}
        />
        {v.sections.map((s) => (
          <section key={s.titre} aria-label={s.titre} className="fr-mb-2w">
            <h3 className="fr-h6 fr-mb-1w">{s.titre}</h3>
            <Liste lignes={s.lignes} />
          </section>
        ))}
        <h3 className="fr-h6 fr-mb-1w">Pièces justificatives demandées</h3>
        <ul>
          {v.pieces.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <p className="fr-text--sm fr-mt-2w">
          L’identité complète, l’adresse et les autres informations personnelles figurent sur le document seulement. Empreinte SHA-256 du fichier produit :{" "}
          <code style={{ overflowWrap: "anywhere" }}>{v.sha256}</code>
        </p>
      </section>
    </>
  );
}
