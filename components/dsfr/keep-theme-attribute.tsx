"use client";

import { useLayoutEffect } from "react";

/**
 * Next renders the 404 of a notFound() thrown by a dynamic page on the client only
 * (vercel/next.js#62228): React then resets <html>'s attributes, dropping data-fr-theme, and
 * react-dsfr's MutationObserver asserts it never disappears. A layout effect runs in the same
 * commit, before that observer's callback, so putting the attribute back keeps the page quiet.
 */
export function KeepThemeAttribute() {
  useLayoutEffect(() => {
    const html = document.documentElement;
    if (html.hasAttribute("data-fr-theme")) return;
    // Same choice as react-dsfr: the user's saved scheme, else the system preference.
    const scheme = localStorage.getItem("scheme");
    const dark = scheme === "dark" || (scheme !== "light" && window.matchMedia("(prefers-color-scheme: dark)").matches);
    html.setAttribute("data-fr-theme", dark ? "dark" : "light");
  }, []);
  return null;
}
