import { now } from "@/lib/clock";
import { requireCandidate } from "@/lib/server/auth/guards";
import { suivant, type EtapeRefusee } from "@/lib/server/candidatures/suivant";
import { lireFormulaireScript, repondre } from "@/lib/server/formulaire-script";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; etape: string }> };

/**
 * Suivant, as the step's page script posts it (lib/server/formulaire-script.ts): the same service
 * as the server action (lib/server/candidatures/suivant.ts), answered in JSON: the next step's
 * address, or the form's state (messages, what was typed, the revision posted). Signed out or
 * expired: requireCandidate sends to the sign-in page, which the script opens.
 */
export async function POST(request: Request, { params }: Context) {
  const { id, etape } = await params;
  const account = await requireCandidate();
  const formData = await lireFormulaireScript(request, `/mes-candidatures/${encodeURIComponent(id)}/${encodeURIComponent(etape)}`);
  if (formData instanceof Response) return formData;
  const issue = await suivant({ accountId: account.id, candidatureId: id, etape, formData }, { now: await now() });
  return issue.ok ? repondre<EtapeRefusee>({ ok: true, redirect: issue.suivante }) : repondre<EtapeRefusee>({ ok: false, state: issue.state }, 422);
}
