import { notFound, redirect } from "next/navigation";
import { now } from "@/lib/clock";
import { ETAPES } from "@/lib/domain/candidature/libelles";
import { requireCandidate } from "@/lib/server/auth/guards";
import { getCandidature } from "@/lib/server/candidatures/get-candidature";

export const dynamic = "force-dynamic";

// "Gérer ma candidature": a draft resumes at the step reached, a saved one opens on its récapitulatif.
export default async function CandidaturePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const account = await requireCandidate();
  const dossier = await getCandidature(account.id, id, await now());
  if (!dossier) notFound();
  const etape = dossier.statut === "BROUILLON" ? ETAPES[dossier.etapeCourante - 1]!.key : "recapitulatif";
  redirect(`/mes-candidatures/${dossier.id}/${etape}`);
}
