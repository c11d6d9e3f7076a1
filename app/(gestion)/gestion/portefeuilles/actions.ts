"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { fr } from "@/lib/domain/typographie";
import type { FormState } from "@/lib/form-state";
import { formDataOf, previousOf } from "@/lib/server/action-input";
import { requireRole } from "@/lib/server/auth/guards";
import { requestInfo } from "@/lib/server/auth/request-info";
import { modifierPortefeuille as modifier, type PortefeuilleRefus } from "@/lib/server/gestion/portefeuilles";
import { acteurOf, scopeOf } from "@/lib/server/gestion/scope";

export type PortefeuilleField = "accountId" | "specialites";

const identifiant = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const PortefeuilleSchema = z.object({
  accountId: identifiant,
  specialites: z.array(identifiant).max(1000),
});

const REFUS: Record<PortefeuilleRefus, string> = {
  "hors-academie": fr`Ce compte n'est pas un gestionnaire de votre académie : son portefeuille n'a pas été modifié.`,
  "specialite-inconnue": fr`Une des spécialités choisies n'est pas proposée dans votre académie : rien n'a été modifié. Rechargez la page et recommencez.`,
};

/** The académie's admin sets the spécialités of one of its gestionnaires; anyone else gets a 404. */
export async function modifierPortefeuille(previous: FormState<PortefeuilleField>, formData: FormData): Promise<FormState<PortefeuilleField>> {
  previous = previousOf(previous);
  formData = formDataOf(formData);
  const account = await requireRole("ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const specialites = formData.getAll("specialites").filter((v): v is string => typeof v === "string");
  const values = { specialites: specialites.join(",").slice(0, 20_000) };
  const parsed = PortefeuilleSchema.safeParse({ accountId: formData.get("accountId"), specialites });
  if (!parsed.success) return { n: previous.n + 1, values, formError: fr`Le formulaire envoyé n'est pas valide : rechargez la page et recommencez.` };
  const { ip } = await requestInfo();
  const result = await modifier(
    await getDb(),
    { actor: acteurOf(account), scope, accountId: parsed.data.accountId, specialiteIds: parsed.data.specialites },
    { now: await now(), ip },
  );
  if (!result.ok) return { n: previous.n + 1, values, formError: REFUS[result.code] };
  revalidatePath("/gestion/portefeuilles");
  const n = result.apres.length;
  return {
    n: previous.n + 1,
    ok: true,
    message: n === 0 ? fr`Portefeuille enregistré : aucune spécialité.` : fr`Portefeuille enregistré : ${n} spécialité${n > 1 ? "s" : ""}.`,
  };
}
