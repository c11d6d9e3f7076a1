"use server";

import { revalidatePath } from "next/cache";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { bilanRappels } from "@/lib/domain/session/rappels";
import type { FormState } from "@/lib/form-state";
import { previousOf } from "@/lib/server/action-input";
import { requireRole } from "@/lib/server/auth/guards";
import { requestInfo } from "@/lib/server/auth/request-info";
import { acteurOf, scopeOf } from "@/lib/server/gestion/scope";
import { envoyerRappelsAcademie } from "@/lib/server/sessions/envoyer-rappels";

/**
 * « Envoyer maintenant les rappels dus »: the reminders due at the server's clock, in the admin's
 * académie only (the académie is theirs, never the form's: the form has no field to parse), audited.
 * Anyone but an admin d'académie gets a 404.
 */
export async function envoyerRappelsDus(previous: FormState, _formData: FormData): Promise<FormState> {
  previous = previousOf(previous);
  const account = await requireRole("ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const { ip } = await requestInfo();
  const resultat = await envoyerRappelsAcademie(await getDb(), { actor: acteurOf(account), academieId: scope.academieId }, { now: await now(), ip });
  revalidatePath("/gestion/rappels");
  return { n: previous.n + 1, ok: true, message: bilanRappels(resultat.envoyes) };
}
