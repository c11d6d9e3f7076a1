import type { ReactNode } from "react";
import { DynamicPageFrame } from "@/components/page-frame";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <DynamicPageFrame>{children}</DynamicPageFrame>;
}
