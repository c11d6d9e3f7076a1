import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { nowForCachedPage } from "@/lib/clock";
import { listSessions } from "@/lib/server/sessions/list-sessions";
import { Accueil } from "./accueil";
import { SessionsCloses, TITRE_SESSIONS_CLOSES } from "./sessions-closes";

// The public pages that list sessions, served from the cache at "/" and "/sessions"
// (next.config.ts rewrites them here, lib/cache/pages-publiques.ts): rendered at their first
// request — never by `next build`, which has no database — then again in the background at most
// once a minute, and at once when an académie changes what they show (lib/cache/revalider.ts).
// A session opening or closing shows here within that minute; the deadline itself is decided by
// the server on each save, never by these pages.
export const revalidate = 60;
export const dynamicParams = true;
export function generateStaticParams(): { page: string }[] {
  return [];
}

type Props = { params: Promise<{ page: string }> };

// generateMetadata and the page share one read per request.
const loadSessions = cache(async () => listSessions(await nowForCachedPage()));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await params).page === "sessions" ? { title: TITRE_SESSIONS_CLOSES } : {};
}

export default async function VitrinePage({ params }: Props) {
  const { page } = await params;
  if (page === "accueil") return <Accueil sessions={await loadSessions()} />;
  if (page === "sessions") return <SessionsCloses sessions={await loadSessions()} />;
  notFound();
}
