import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import type { Metadata } from "next";
import Link from "next/link";
import { academieLabel, listeFr } from "@/components/sessions/session-labels";
import { now } from "@/lib/clock";
import { formatWindowFr } from "@/lib/domain/calendar";
import { fr } from "@/lib/domain/typographie";
import { requireCandidate } from "@/lib/server/auth/guards";
import { listSessionsOuvertes, type SessionOuverte } from "@/lib/server/candidatures/list-sessions-ouvertes";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "M’inscrire à un examen", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 20);

// "M'inscrire": a GET form (no JavaScript needed) suggests the académie from the domicile's
// postal code, then lists that académie's sessions open now, each with its window in local time.
export default async function InscriptionPage({ searchParams }: Props) {
  const query = await searchParams;
  const account = await requireCandidate();
  const choix = await listSessionsOuvertes({ accountId: account.id, codePostal: one(query.codePostal), academieCode: one(query.academie) }, { now: await now() });
  const { academie, suggestion } = choix;
  // Only what can be done online is offered (issue 10 §8); a candidature already started stays reachable.
  const enLigne = choix.sessions.filter((s) => s.enLigne || s.candidatureId);
  const auRectorat = choix.sessions.filter((s) => !s.enLigne && !s.candidatureId);

  return (
    <>
      <h1>M’inscrire à un examen</h1>
      <p>Vous vous inscrivez dans l’académie de votre domicile. Indiquez son code postal : l’académie vous est proposée, puis choisissez l’examen et la session.</p>

      <form method="get" action="/inscription" className="fr-mb-6w">
        <fieldset className="fr-fieldset" style={{ maxWidth: "40rem" }}>
          <legend className="fr-fieldset__legend">Votre académie</legend>
          <div className="fr-fieldset__element">
            <Input label="Code postal de votre domicile" hintText={fr`5 chiffres, par exemple 63000`} nativeInputProps={{ name: "codePostal", defaultValue: choix.codePostal ?? "", inputMode: "numeric", maxLength: 10, autoComplete: "postal-code" }} />
          </div>
          <div className="fr-fieldset__element">
            <Select
              label="Académie"
              hint="Laissez « Académie de mon domicile » pour qu’elle soit déduite du code postal."
              nativeSelectProps={{ name: "academie", defaultValue: one(query.academie) ?? "" }}
            >
              <option value="">Académie de mon domicile</option>
              {choix.academies.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.nom}
                </option>
              ))}
            </Select>
          </div>
          <div className="fr-fieldset__element">
            <Button type="submit" priority="secondary">
              Afficher les sessions ouvertes
            </Button>
          </div>
        </fieldset>
      </form>

      {choix.codePostal && !suggestion && (
        <Alert className="fr-mb-4w" severity="warning" small description={fr`Le code postal ${choix.codePostal} ne relève d'aucune académie : vérifiez-le, ou choisissez l'académie dans la liste.`} />
      )}

      {academie && (
        <section aria-labelledby="titre-sessions">
          <h2 id="titre-sessions">Inscriptions ouvertes – {academieLabel(academie.nom)}</h2>
          {suggestion && suggestion.code === academie.code && choix.codePostal && <p>{fr`Le code postal ${choix.codePostal} relève de l'${academieLabel(academie.nom, false)} (départements ${listeFr(academie.departements)}).`}</p>}
          {suggestion && suggestion.code !== academie.code && (
            <Alert
              className="fr-mb-3w"
              severity="warning"
              small
              description={fr`Votre code postal relève de l'${academieLabel(suggestion.nom, false)} : pour vous inscrire dans l'${academieLabel(academie.nom, false)}, vous devez y être domicilié.`}
            />
          )}
          {enLigne.length === 0 ? (
            <p>{fr`Aucune session de cette académie n'est ouverte aux inscriptions en ligne en ce moment. Consultez le calendrier des sessions sur la page d'accueil.`}</p>
          ) : (
            <ul className="fr-raw-list">
              {enLigne.map((s) => (
                <SessionChoix key={s.id} session={s} />
              ))}
            </ul>
          )}
          {auRectorat.length > 0 && (
            <>
              <h3 className="fr-h5 fr-mt-4w">Inscription auprès du rectorat</h3>
              <p>{fr`L'inscription à ces examens ne se fait pas encore sur ce portail : adressez-vous au service des examens de l'académie.`}</p>
              <ul>
                {auRectorat.map((s) => (
                  <li key={s.id}>
                    {s.examen.libelle} – {s.libelle}
                    {fr` : inscriptions ${formatWindowFr(s.inscription, s.timeZone)}.`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}

function SessionChoix({ session }: { session: SessionOuverte }) {
  return (
    <li className="fr-mb-3w fr-p-3w" style={{ border: "1px solid var(--border-default-grey)" }}>
      <h3 className="fr-h5 fr-mb-1w">
        {session.examen.libelle} – {session.libelle}
      </h3>
      <p className="fr-mb-2w">Inscriptions {formatWindowFr(session.inscription, session.timeZone)}.</p>
      {session.candidatureId ? (
        <p className="fr-mb-0">
          {fr`Vous avez déjà une candidature pour cette session : `}
          <Link href={`/mes-candidatures/${session.candidatureId}`}>gérer ma candidature</Link>.
        </p>
      ) : (
        <Link className="fr-btn" href={`/inscription/${session.id}`}>
          Choisir cette session<span className="fr-sr-only"> : {session.examen.libelle}</span>
        </Link>
      )}
    </li>
  );
}
