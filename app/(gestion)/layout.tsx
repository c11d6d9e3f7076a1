import type { ReactNode } from "react";
import { DynamicPageFrame } from "@/components/page-frame";

export default function GestionRootLayout({ children }: { children: ReactNode }) {
  return <DynamicPageFrame>{children}</DynamicPageFrame>;
}
