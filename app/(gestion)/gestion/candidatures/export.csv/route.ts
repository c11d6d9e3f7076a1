import { now } from "@/lib/clock";
import { getDb } from "@/lib/db";
import { parseFiltres } from "@/lib/domain/gestion/filtres";
import { requireRole } from "@/lib/server/auth/guards";
import { clientIpFrom } from "@/lib/server/auth/request-info";
import { exporterCandidatures, reponseExport } from "@/lib/server/gestion/exporter-candidatures";
import { acteurOf, scopeOf } from "@/lib/server/gestion/scope";

export const dynamic = "force-dynamic";

/**
 * The back office's filtered list as CSV (UTF-8 with BOM, `;`, CRLF) [issue 9 §3]. The query
 * string carries the list's filters only: the académie is always the caller's.
 */
export async function GET(request: Request) {
  const account = await requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE");
  const scope = scopeOf(account);
  const filtres = parseFiltres(new URL(request.url).searchParams);
  const fichier = await exporterCandidatures(await getDb(), "csv", filtres, { scope, acteur: acteurOf(account), now: await now(), ip: clientIpFrom(request.headers) });
  return reponseExport(fichier);
}
