"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While the queue works, the page's data is read again every few seconds (no full reload, no focus lost). */
export function Rafraichir({ secondes = 2 }: { secondes?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), secondes * 1000);
    return () => clearInterval(timer);
  }, [router, secondes]);
  return null;
}
