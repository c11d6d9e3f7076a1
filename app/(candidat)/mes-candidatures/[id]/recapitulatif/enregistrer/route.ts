import { now } from "@/lib/clock";
import { requireCandidate } from "@/lib/server/auth/guards";
import { enregistrerDepuisFormulaire, type EnregistrerState } from "@/lib/server/candidatures/enregistrer-formulaire";
import { lireFormulaireScript, repondre } from "@/lib/server/formulaire-script";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * ENREGISTRER, as the récapitulatif's script posts it (lib/server/formulaire-script.ts): the same
 * service as the server action, answered in JSON (the récapitulatif's address, or the refusal).
 */
export async function POST(request: Request, { params }: Context) {
  const { id } = await params;
  const account = await requireCandidate();
  const formData = await lireFormulaireScript(request, `/mes-candidatures/${encodeURIComponent(id)}/recapitulatif`);
  if (formData instanceof Response) return formData;
  const issue = await enregistrerDepuisFormulaire({ accountId: account.id, candidatureId: id, formData }, { now: await now() });
  type Etat = Omit<EnregistrerState, "n">;
  return issue.ok ? repondre<Etat>({ ok: true, redirect: issue.redirect }) : repondre<Etat>({ ok: false, state: issue.state }, 422);
}
