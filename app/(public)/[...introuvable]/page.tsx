import { notFound } from "next/navigation";

// Every address no other page matches: « Page non trouvée » (app/(public)/not-found.tsx) in the
// header of whoever is signed in, drawn per request like the other dynamic pages, so that its
// scripts carry the response's CSP nonce (the root not-found is prerendered, without one).
export default function Introuvable(): never {
  notFound();
}
