import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { normaliserCodeVerification } from "@/lib/domain/confirmation/code-verification";
import { fr } from "@/lib/domain/typographie";

export const metadata: Metadata = { title: "Vérifier une confirmation d’inscription", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Public: for a code read on paper rather than scanned. A plain GET form, which works without JavaScript. */
export default async function VerifierCodePage({ searchParams }: Props) {
  const { code } = await searchParams;
  const saisi = typeof code === "string" ? code.slice(0, 40) : undefined;
  const normalise = saisi ? normaliserCodeVerification(saisi) : null;
  if (normalise) redirect(`/verifier/${normalise}`);
  const erreur = saisi !== undefined ? fr`Le code saisi n'a pas la forme d'un code de vérification : 12 caractères (chiffres et lettres), par exemple 7KQ2-M9XD-4HTV.` : undefined;
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1>Vérifier une confirmation d’inscription</h1>
        <p>
          Chaque confirmation d’inscription produite par ce portail porte, sous son code QR et au pied de chaque page, un code de vérification. Lisez le
          code QR avec un téléphone, ou saisissez le code ci-dessous pour savoir si le document est authentique.
        </p>
        {erreur && <Alert severity="error" small role="status" description={erreur} className="fr-mb-2w" />}
        <form method="get" action="/verifier">
          <Input
            label="Code de vérification"
            hintText="12 caractères, par exemple 7KQ2-M9XD-4HTV ; les tirets sont facultatifs."
            state={erreur ? "error" : "default"}
            stateRelatedMessage={erreur}
            nativeInputProps={{ id: "verifier-code", name: "code", autoComplete: "off", spellCheck: false, required: true, maxLength: 40, defaultValue: saisi }}
          />
          <Button type="submit">Vérifier</Button>
        </form>
      </div>
    </div>
  );
}
