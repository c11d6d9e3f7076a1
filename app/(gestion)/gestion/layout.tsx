import type { ReactNode } from "react";
import { MenuGestion } from "@/components/gestion/menu-gestion";
import { entreesMenuGestion } from "@/lib/domain/gestion/menu";
import { getCurrentAccount } from "@/lib/server/auth/current-account";

// The staff area's frame: its menu beside the page. Not a guard (each page calls its own); signed
// out or a candidate, the page's guard answers and no menu is drawn.
export default async function GestionLayout({ children }: { children: ReactNode }) {
  const account = await getCurrentAccount();
  const entrees = account ? entreesMenuGestion(account.role) : [];
  if (entrees.length === 0) return children;
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-md-3">
        <MenuGestion entrees={entrees} />
      </div>
      <div className="fr-col-12 fr-col-md-9">{children}</div>
    </div>
  );
}
