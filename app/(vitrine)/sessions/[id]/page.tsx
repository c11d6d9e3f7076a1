import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SessionDetailVue } from "@/components/sessions/session-detail";
import { academieLabel } from "@/components/sessions/session-labels";
import { nowForCachedPage } from "@/lib/clock";
import { getSession } from "@/lib/server/sessions/get-session";

// Served from the cache like the home page (app/(vitrine)/vitrine/[page]/page.tsx): rendered at a
// session's first request, again at most once a minute, at once when its académie changes it.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ id: string }> };

// generateMetadata and the page share one read per request.
const loadSession = cache(async (id: string) => getSession(id, await nowForCachedPage()));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const session = await loadSession((await params).id);
  if (!session) return { title: "Session introuvable" };
  return { title: `${session.examen.libelle} – ${session.libelle} – ${academieLabel(session.academie.nom)}` };
}

export default async function SessionPage({ params }: Props) {
  const session = await loadSession((await params).id);
  if (!session) notFound();
  return <SessionDetailVue session={session} />;
}
