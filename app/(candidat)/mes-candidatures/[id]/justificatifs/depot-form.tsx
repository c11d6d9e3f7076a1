"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ACCEPT_FICHIER, CHAMP_FICHIER } from "@/lib/domain/candidature/depot-fichier";
import { fr } from "@/lib/domain/typographie";
import { MAX_UPLOAD_BYTES, UPLOAD_REFUSALS } from "@/lib/domain/upload-rules";

type Envoi = { nom: string; pourcentage: number; termine: boolean };

const pourcent = (n: number) => `${n}\u00a0%`;
// DSFR has no progress bar: the native one, full width, in the action colour.
const PROGRESSION = { display: "block", width: "100%", height: "0.75rem", accentColor: "var(--background-action-high-blue-france)" } as const;

const ECHEC_RESEAU = fr`L'envoi a été interrompu : vérifiez votre connexion, puis déposez de nouveau le fichier.`;
const REPONSE_ILLISIBLE = fr`Le serveur n'a pas pu traiter l'envoi : rechargez la page, puis déposez de nouveau le fichier.`;

/**
 * The upload form of one piece. Without JavaScript it posts to the route handler, which answers
 * with a redirect back to the page. With it, the file goes by XMLHttpRequest (the only browser API
 * that reports upload progress), the bar shows how much is sent, and the answer (JSON) either
 * refreshes the page's data or shows the refusal here, under the field, without leaving the page.
 */
export function DepotForm({
  action,
  pieceCode,
  libelle,
  erreurInitiale,
}: {
  /** The route handler's URL for this piece. */
  action: string;
  pieceCode: string;
  libelle: string;
  /** A refusal told by the redirect after a post without JavaScript. */
  erreurInitiale: string | null;
}) {
  const router = useRouter();
  const [erreur, setErreur] = useState(erreurInitiale);
  const [envoi, setEnvoi] = useState<Envoi | null>(null);
  const [statut, setStatut] = useState("");
  const [enCours, setEnCours] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const inputId = `depot-${pieceCode}`;
  const hintId = `${inputId}-aide`;
  const errorId = `${inputId}-erreur`;
  const progressId = `${inputId}-progression`;

  function refuser(message: string) {
    setErreur(message);
    setStatut("");
    setEnCours(false);
    inputRef.current?.focus();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (enCours) return;
    const form = event.currentTarget;
    const fichier = inputRef.current?.files?.[0];
    if (!fichier) return refuser(fr`Aucun fichier n'a été choisi : choisissez le document à déposer (PDF ou JPEG, 5 Mo au plus).`);
    // The server checks again; this spares sending megabytes that would be refused.
    if (fichier.size > MAX_UPLOAD_BYTES) return refuser(UPLOAD_REFUSALS.trop_gros);
    if (fichier.size === 0) return refuser(UPLOAD_REFUSALS.vide);

    setErreur(null);
    setEnCours(true);
    setEnvoi({ nom: fichier.name, pourcentage: 0, termine: false });
    setStatut(fr`Envoi de « ${fichier.name} » en cours.`);

    const xhr = new XMLHttpRequest();
    xhr.open("POST", action);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setEnvoi({ nom: fichier.name, pourcentage: Math.min(100, Math.round((e.loaded / e.total) * 100)), termine: false });
    };
    xhr.upload.onload = () => {
      setEnvoi({ nom: fichier.name, pourcentage: 100, termine: false });
      setStatut(fr`Fichier « ${fichier.name} » envoyé : vérification en cours.`);
    };
    xhr.onload = () => {
      const body = xhr.response as { ok?: boolean; nom?: string; message?: string } | null;
      if (xhr.status === 200 && body?.ok) {
        setEnvoi({ nom: fichier.name, pourcentage: 100, termine: true });
        setStatut(fr`Le fichier « ${body.nom ?? fichier.name} » a été déposé.`);
        setEnCours(false);
        form.reset();
        router.refresh();
        return;
      }
      setEnvoi(null);
      refuser(typeof body?.message === "string" && body.message !== "" ? body.message : REPONSE_ILLISIBLE);
    };
    xhr.onerror = () => {
      setEnvoi(null);
      refuser(ECHEC_RESEAU);
    };
    xhr.send(new FormData(form));
  }

  return (
    <form method="post" action={action} encType="multipart/form-data" onSubmit={onSubmit} noValidate className="fr-mt-3w">
      <div className={`fr-upload-group${erreur ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor={inputId}>
          Ajouter un fichier<span className="fr-sr-only"> à la pièce{"\u00a0"}: {libelle}</span>
          <span className="fr-hint-text" id={hintId}>
            PDF ou JPEG, 5 Mo au plus
          </span>
        </label>
        <input
          ref={inputRef}
          className="fr-upload"
          type="file"
          id={inputId}
          name={CHAMP_FICHIER}
          accept={ACCEPT_FICHIER}
          aria-describedby={erreur ? `${hintId} ${errorId}` : hintId}
          {...(erreur ? { "aria-invalid": true } : {})}
          onChange={() => setErreur(null)}
        />
        {erreur && (
          <p id={errorId} className="fr-error-text" role="alert">
            {erreur}
          </p>
        )}
      </div>
      {envoi && (
        <div className="fr-mt-2w">
          <label htmlFor={progressId} className="fr-text--sm fr-mb-1v" style={{ display: "block" }}>
            {envoi.termine ? fr`« ${envoi.nom} » : envoi terminé, ${pourcent(envoi.pourcentage)}` : fr`Envoi de « ${envoi.nom} » : ${pourcent(envoi.pourcentage)}`}
          </label>
          <progress id={progressId} max={100} value={envoi.pourcentage} style={PROGRESSION}>
            {pourcent(envoi.pourcentage)}
          </progress>
        </div>
      )}
      <p className="fr-sr-only" role="status" aria-live="polite">
        {statut}
      </p>
      {statut && envoi?.termine && (
        <p className="fr-valid-text fr-mt-1w" aria-hidden="true">
          {statut}
        </p>
      )}
      <button type="submit" className="fr-btn fr-btn--secondary fr-btn--sm fr-icon-upload-line fr-btn--icon-left fr-mt-2w" disabled={enCours}>
        Déposer le fichier<span className="fr-sr-only">{"\u00a0"}: {libelle}</span>
      </button>
    </form>
  );
}
