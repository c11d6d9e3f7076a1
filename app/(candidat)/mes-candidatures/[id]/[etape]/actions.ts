"use server";

import { redirect } from "next/navigation";
import type { StepFormState } from "@/components/candidature/step-form-state";
import { now } from "@/lib/clock";
import { toFieldErrors } from "@/lib/domain/candidature/fields";
import { toStepInput } from "@/lib/domain/candidature/formulaires";
import { ETAPES, type StepKey } from "@/lib/domain/candidature/libelles";
import { CHAMP_REVISION } from "@/lib/domain/candidature/revision";
import { STEP_SCHEMAS } from "@/lib/domain/candidature/schemas";
import type { FieldError } from "@/lib/domain/candidature/types";
import { fr } from "@/lib/domain/typographie";
import { formValues } from "@/lib/form-data";
import { requireCandidate } from "@/lib/server/auth/guards";
import { saveStep } from "@/lib/server/candidatures/save-step";
import { formDataOf, previousOf } from "@/lib/server/action-input";

function isStepKey(value: unknown): value is StepKey {
  return typeof value === "string" && Object.hasOwn(STEP_SCHEMAS, value);
}

function byField(errors: readonly FieldError[], champ: (field: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { field, message } of errors) out[champ(field)] ??= message;
  return out;
}

/**
 * Suivant: the step's fields parsed with its schema, the candidate authorised, the step saved in
 * the draft (save-step checks ownership, the window, the revision the page was drawn from and the
 * rules across steps), then the next step. A refusal returns the messages, what was typed and the
 * revision posted.
 */
export async function enregistrerEtape(candidatureId: string, etape: string, previous: StepFormState, formData: FormData): Promise<StepFormState> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const { [CHAMP_REVISION]: _revision, ...values } = formValues(formData);
  const revision = formData.get(CHAMP_REVISION);
  const refuse = (errors: Pick<StepFormState, "fieldErrors" | "formError" | "code">): StepFormState => ({
    n: previous.n + 1,
    values,
    ...(typeof revision === "string" ? { revision: revision.slice(0, 20) } : {}),
    ...errors,
  });
  if (!isStepKey(etape) || typeof candidatureId !== "string") return refuse({ formError: fr`Cette étape n'existe pas : retournez à « Mes candidatures ».` });

  const { input, champ } = toStepInput(etape, values);
  const parsed = STEP_SCHEMAS[etape].safeParse(input);
  const account = await requireCandidate();
  if (!parsed.success)
    return refuse({
      formError: fr`Certaines informations sont à corriger : les messages figurent sous les champs concernés. Rien n'a été enregistré.`,
      fieldErrors: byField(toFieldErrors(parsed.error.issues), champ),
    });

  const result = await saveStep({ accountId: account.id, candidatureId, step: etape, input: parsed.data, revision }, { now: await now() });
  if (!result.ok) return refuse({ formError: result.formError, fieldErrors: byField(result.fieldErrors ?? [], champ), ...(result.code ? { code: result.code } : {}) });

  const suivante = ETAPES.find((e) => e.key === etape)!.numero + 1;
  redirect(`/mes-candidatures/${encodeURIComponent(candidatureId)}/${ETAPES[suivante - 1]!.key}`);
}
