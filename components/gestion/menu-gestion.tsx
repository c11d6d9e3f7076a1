"use client";
import { SideMenu } from "@codegouvfr/react-dsfr/SideMenu";
import { usePathname } from "next/navigation";
import type { EntreeMenu } from "@/lib/domain/gestion/menu";

/** The back office's side menu; the entry of the current page (or of its parent) is marked. */
export function MenuGestion({ entrees }: { entrees: readonly EntreeMenu[] }) {
  const chemin = usePathname();
  const active = entrees
    .filter((e) => chemin === e.href || (e.href !== "/gestion" && chemin.startsWith(`${e.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <SideMenu
      align="left"
      burgerMenuButtonText="Menu de l’espace de gestion"
      title="Espace de gestion"
      items={entrees.map((e) => ({ text: e.texte, linkProps: { href: e.href }, isActive: e.href === active }))}
    />
  );
}
