"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { now } from "@/lib/clock";
import { JOB_NAMES } from "@/lib/jobs/definitions";
import { requireRole } from "@/lib/server/auth/guards";
import { retryFailedJob } from "@/lib/server/jobs/retry-failed-job";
import { formDataOf } from "@/lib/server/action-input";

const retrySchema = z.object({ name: z.enum(JOB_NAMES), id: z.uuid() });

/** National admins only (anyone else gets a 404, even by a direct POST): one more attempt for a failed job. */
export async function relancerTache(formData: FormData): Promise<void> {
  formData = formDataOf(formData);
  const actor = await requireRole("ADMIN_NATIONAL");
  const parsed = retrySchema.safeParse(Object.fromEntries(formData));
  const retried = parsed.success && (await retryFailedJob({ actor, name: parsed.data.name, id: parsed.data.id }, { now: await now() }));
  redirect(`/gestion/taches?relance=${retried ? "ok" : "impossible"}`);
}
