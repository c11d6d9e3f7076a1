import type { ReactNode } from "react";
import { DynamicPageFrame } from "@/components/page-frame";

export default function CandidatLayout({ children }: { children: ReactNode }) {
  return <DynamicPageFrame>{children}</DynamicPageFrame>;
}
