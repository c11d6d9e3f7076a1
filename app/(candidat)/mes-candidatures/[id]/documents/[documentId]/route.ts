import { Readable } from "node:stream";
import { requireAccount } from "@/lib/server/auth/guards";
import { lireDocument } from "@/lib/server/documents/lire-document";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; documentId: string }> };

/** A document of "Mes documents": its candidate and its académie's staff; a 404 for anyone else. */
export async function GET(_request: Request, { params }: Context) {
  const account = await requireAccount();
  const { id, documentId } = await params;
  const lu = await lireDocument(account, { candidatureId: id, documentId });
  if (!lu) {
    return new Response("Document introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } });
  }
  const nom = `${lu.titre.normalize("NFD").replace(/[^A-Za-z0-9 -]/g, "").trim().replace(/\s+/g, "-").toLowerCase() || "document"}.pdf`;
  return new Response(Readable.toWeb(lu.body) as ReadableStream, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(lu.size),
      "Content-Disposition": `attachment; filename="${nom}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
