// Next 16.4 answers a dynamic segment that is not valid percent-encoded UTF-8 (/sessions/%E9) with
// a 500 before any of the portal's code runs (vercel/next.js#92557). proxy.ts answers it with the
// 404 it is: such an address names nothing here.

/** Whether every segment of a URL's path decodes as UTF-8. */
export function isDecodablePath(pathname: string): boolean {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** The plain 404 for an address that cannot be decoded. */
export function undecodablePathResponse(): Response {
  return new Response("Page introuvable : cette adresse n’est pas valide.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
