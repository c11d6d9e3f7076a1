import type { Metadata } from "next";
import { PageNonTrouvee } from "./page-non-trouvee";

// A page's notFound(), answered inside its group's header and main region (the group's layout):
// each group's not-found.tsx re-exports this.
export const metadata: Metadata = { title: "Page non trouvée" };

export default function NotFoundDansLeGroupe() {
  return <PageNonTrouvee />;
}
