import "server-only";
import { revalidatePath } from "next/cache";

/**
 * The cached public pages (lib/cache/pages-publiques.ts) drawn again at their next request, on
 * this instance: called by every action that changes what they show (a session's calendar,
 * choices, publication or extension; an académie's contacts; the catalogue). Other instances
 * follow within PUBLIC_PAGE_REVALIDATE_SECONDS (each keeps its own copy: docs/exploitation.md).
 */
export function revaliderPagesPubliques(): void {
  revalidatePath("/vitrine/[page]", "page");
  revalidatePath("/sessions/[id]", "page");
}
