import "server-only";
import type { Prisma } from "@prisma/client";
import type { Tx } from "@/lib/db";
import type { Configuration } from "@/lib/domain/session/configuration";

// The configuration versions of a session [issue 10 §3]. Sessions seeded before versions existed
// have no row for their version 1: it is written, from the session as it stands, the first time
// the académie changes anything, so that every version a candidature recorded can be read back.

export const CONFIGURATION_SELECT = {
  id: true,
  configVersion: true,
  languesLva: true,
  languesLvb: true,
  languesLvf: true,
  activitesEps: true,
  activitesEpsAdaptees: true,
  specialitesOffertes: true,
  pieces: { select: { pieceCode: true, mode: true } },
} satisfies Prisma.SessionSelect;

type SessionConfigurable = Prisma.SessionGetPayload<{ select: typeof CONFIGURATION_SELECT }>;

export function configurationDe(session: SessionConfigurable): Configuration {
  return {
    languesLva: session.languesLva,
    languesLvb: session.languesLvb,
    languesLvf: session.languesLvf,
    activitesEps: session.activitesEps,
    activitesEpsAdaptees: session.activitesEpsAdaptees,
    specialitesOffertes: session.specialitesOffertes,
    pieces: session.pieces.map((p) => ({ pieceCode: p.pieceCode, mode: p.mode })).sort((a, b) => a.pieceCode.localeCompare(b.pieceCode)),
  };
}

/** Writes the row of a version if it is missing (a concurrent writer's row is kept). */
export async function enregistrerVersion(tx: Tx, sessionId: string, version: number, configuration: Configuration, auteurId: string | null): Promise<void> {
  await tx.sessionConfiguration.createMany({
    data: [
      {
        sessionId,
        version,
        languesLva: [...configuration.languesLva],
        languesLvb: [...configuration.languesLvb],
        languesLvf: [...configuration.languesLvf],
        activitesEps: [...configuration.activitesEps],
        activitesEpsAdaptees: [...configuration.activitesEpsAdaptees],
        specialitesOffertes: [...configuration.specialitesOffertes],
        pieces: configuration.pieces.map((p) => ({ pieceCode: p.pieceCode, mode: p.mode })),
        auteurId,
      },
    ],
    skipDuplicates: true,
  });
}
