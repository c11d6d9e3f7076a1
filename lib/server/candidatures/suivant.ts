import "server-only";
import type { StepFormState } from "@/components/candidature/step-form-state";
import { toFieldErrors } from "@/lib/domain/candidature/fields";
import { toStepInput } from "@/lib/domain/candidature/formulaires";
import { ETAPES, type StepKey } from "@/lib/domain/candidature/libelles";
import { CHAMP_REVISION } from "@/lib/domain/candidature/revision";
import { STEP_SCHEMAS } from "@/lib/domain/candidature/schemas";
import type { FieldError } from "@/lib/domain/candidature/types";
import { fr } from "@/lib/domain/typographie";
import { formValues } from "@/lib/form-data";
import { saveStep } from "./save-step";

/** A refused Suivant: the form's state without its counter (the form numbers its submissions). */
export type EtapeRefusee = Omit<StepFormState, "n">;
export type IssueSuivant = { ok: true; suivante: string } | { ok: false; state: EtapeRefusee };

export function isStepKey(value: unknown): value is StepKey {
  return typeof value === "string" && Object.hasOwn(STEP_SCHEMAS, value);
}

function byField(errors: readonly FieldError[], champ: (field: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { field, message } of errors) out[champ(field)] ??= message;
  return out;
}

/**
 * Suivant for a signed-in candidate, whichever way the form came (the server action of a page
 * without JavaScript, or the route handler the page's script posts to): the step's fields parsed
 * with its schema, then save-step (ownership, the window, the revision the page was drawn from,
 * the rules across steps). A refusal carries the messages, what was typed and the revision
 * posted; success names the next step's address.
 */
export async function suivant(
  { accountId, candidatureId, etape, formData }: { accountId: string; candidatureId: string; etape: string; formData: FormData },
  { now }: { now: Date },
): Promise<IssueSuivant> {
  const { [CHAMP_REVISION]: _revision, ...values } = formValues(formData);
  const revision = formData.get(CHAMP_REVISION);
  const refuse = (errors: Pick<StepFormState, "fieldErrors" | "formError" | "code">): IssueSuivant => ({
    ok: false,
    state: { values, ...(typeof revision === "string" ? { revision: revision.slice(0, 20) } : {}), ...errors },
  });
  if (!isStepKey(etape)) return refuse({ formError: fr`Cette étape n'existe pas : retournez à « Mes candidatures ».` });

  const { input, champ } = toStepInput(etape, values);
  const parsed = STEP_SCHEMAS[etape].safeParse(input);
  if (!parsed.success)
    return refuse({
      formError: fr`Certaines informations sont à corriger : les messages figurent sous les champs concernés. Rien n'a été enregistré.`,
      fieldErrors: byField(toFieldErrors(parsed.error.issues), champ),
    });

  const result = await saveStep({ accountId, candidatureId, step: etape, input: parsed.data, revision }, { now });
  if (!result.ok) return refuse({ formError: result.formError, fieldErrors: byField(result.fieldErrors ?? [], champ), ...(result.code ? { code: result.code } : {}) });

  const suivante = ETAPES.find((e) => e.key === etape)!.numero + 1;
  return { ok: true, suivante: `/mes-candidatures/${encodeURIComponent(candidatureId)}/${ETAPES[suivante - 1]!.key}` };
}
