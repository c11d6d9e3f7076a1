import "server-only";
import { revalidatePath } from "next/cache";

/**
 * The cached public pages (lib/cache/pages-publiques.ts) drawn again at their next request, on
 * this instance: called by every action that changes what they show (a session's calendar,
 * choices, publication or extension; an académie's contacts; the catalogue). Other instances
 * follow within PUBLIC_PAGE_REVALIDATE_SECONDS (each keeps its own copy: docs/exploitation.md).
 */
export function revaliderPagesPubliques(): void {
  // Every cached page carries the root layout's implicit tag ("/layout"): this expires them all,
  // the home page, the closed sessions (/sessions), every session page and the statement, which
  // are the only cached pages.
  // (A route pattern would need its group, "/(vitrine)/sessions/[id]": Next's implicit tags keep it.)
  revalidatePath("/", "layout");
}
