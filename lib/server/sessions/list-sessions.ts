import "server-only";
import type { ExamenCode } from "@prisma/client";
import { getDb, type Db } from "@/lib/db";
import { windowState, type Window, type WindowState } from "@/lib/domain/calendar";
import { sessionsInscriptibles } from "@/lib/server/candidatures/load-validation-context";

export type SessionSummary = {
  id: string;
  annee: number;
  libelle: string;
  demo: boolean;
  academie: { id: string; nom: string; slug: string; timeZone: string };
  examen: { code: ExamenCode; libelle: string; libelleCourt: string; ordre: number };
  inscription: Window;
  etat: WindowState;
  /** The exam has a catalogue (a spécialité with its épreuves): registration happens on this portal. */
  enLigne: boolean;
};

/** Published sessions, each with the state of its registration window at `now`. */
export async function listSessions(now: Date, db?: Db): Promise<SessionSummary[]> {
  const client = db ?? (await getDb());
  const rows = await client.session.findMany({
    where: { publiee: true },
    select: {
      id: true,
      annee: true,
      libelle: true,
      demo: true,
      inscriptionOuverture: true,
      inscriptionCloture: true,
      academie: { select: { id: true, nom: true, slug: true, timeZone: true } },
      examenId: true,
      specialitesOffertes: true,
      examen: { select: { code: true, libelle: true, libelleCourt: true, ordre: true } },
    },
    orderBy: [{ inscriptionCloture: "asc" }, { academie: { nom: "asc" } }, { examen: { ordre: "asc" } }],
  });
  const enLigne = await sessionsInscriptibles(client, rows);
  return rows.map(({ inscriptionOuverture, inscriptionCloture, examenId: _examenId, specialitesOffertes: _offertes, ...row }) => {
    const inscription = { opensAt: inscriptionOuverture, closesAt: inscriptionCloture };
    return { ...row, inscription, etat: windowState(inscription, now), enLigne: enLigne.has(row.id) };
  });
}
