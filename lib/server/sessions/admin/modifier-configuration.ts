import "server-only";
import { Prisma } from "@prisma/client";
import type { Db } from "@/lib/db";
import { configurationChangee, validerConfiguration, type ChampConfiguration, type Configuration, type ConfigurationSaisie } from "@/lib/domain/session/configuration";
import { impactsChangement, type ChoixCandidature, type Impact } from "@/lib/domain/session/impact";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { envoyerCourriel } from "@/lib/server/candidatures/envoyer-courriel";
import type { Scope } from "@/lib/server/gestion/scope";
import { configurationDe, CONFIGURATION_SELECT, enregistrerVersion } from "./configuration-session";
import { choixRetireMail } from "./mails-session";

export type ResultatConfigurationSession =
  | { ok: true; version: number; nouvelleVersion: boolean; signalees: number }
  | { ok: false; introuvable: true }
  | { ok: false; fieldErrors: Partial<Record<ChampConfiguration, string>> }
  /** The change withdraws choices saved candidatures made: nothing written; `impacts` are the first of `total`. */
  | { ok: false; impacts: Impact[]; total: number };

/** Dossiers listed to the admin when a change would affect them (the count is always exact). */
const IMPACTS_AFFICHES = 200;

const retires = (avant: readonly string[], apres: readonly string[]) => avant.filter((v) => !apres.includes(v));

/**
 * What candidates choose from in a session [issue 10 §2–3]: its lists, offered spécialités, piece
 * modes, postal address, aménagement link and information. A change of what candidates choose from
 * makes a new configuration version (the previous one kept, so that every candidature can be read
 * against the version it recorded). A change withdrawing a choice saved candidatures made is
 * refused with the list of those dossiers, unless the admin applies it anyway: each of them is then
 * flagged « à revoir » with the reasons, and its candidate mailed, in the same transaction.
 */
export async function modifierConfiguration(
  db: Db,
  sessionId: string,
  saisie: ConfigurationSaisie,
  ctx: { scope: Scope; acteur: AuditActor; now: Date; ip?: string | null; appliquer: boolean },
): Promise<ResultatConfigurationSession> {
  return db.$transaction(
    async (tx) => {
      const [verrou] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Session" WHERE "id" = ${sessionId} AND "academieId" = ${ctx.scope.academieId} FOR UPDATE`;
      if (!verrou) return { ok: false, introuvable: true } as const;
      const session = await tx.session.findUniqueOrThrow({
        where: { id: sessionId },
        select: {
          ...CONFIGURATION_SELECT,
          libelle: true,
          inscriptionCloture: true,
          adressePostale: true,
          amenagementUrl: true,
          informations: true,
          examen: { select: { id: true, libelle: true } },
          academie: { select: { nom: true, timeZone: true } },
        },
      });
      const [specialites, pieces] = await Promise.all([
        tx.specialite.findMany({ where: { examenId: session.examen.id }, select: { codeDiplome: true } }),
        tx.pieceType.findMany({ select: { code: true } }),
      ]);
      const lu = validerConfiguration(saisie, { specialites: specialites.map((s) => s.codeDiplome), pieces: pieces.map((p) => p.code) });
      if (!lu.ok) return { ok: false, fieldErrors: lu.fieldErrors } as const;

      const avant = configurationDe(session);
      const apres = lu.configuration;
      const changee = configurationChangee(avant, apres);
      const impacts = changee ? await candidaturesAtteintes(tx, sessionId, avant, apres) : [];
      if (impacts.length > 0 && !ctx.appliquer) return { ok: false, impacts: impacts.slice(0, IMPACTS_AFFICHES), total: impacts.length } as const;

      const version = changee ? session.configVersion + 1 : session.configVersion;
      if (changee) await enregistrerVersion(tx, sessionId, session.configVersion, avant, null);
      await tx.session.update({
        where: { id: sessionId },
        data: {
          languesLva: [...apres.languesLva],
          languesLvb: [...apres.languesLvb],
          languesLvf: [...apres.languesLvf],
          activitesEps: [...apres.activitesEps],
          activitesEpsAdaptees: [...apres.activitesEpsAdaptees],
          specialitesOffertes: [...apres.specialitesOffertes],
          adressePostale: lu.adressePostale,
          amenagementUrl: lu.amenagementUrl,
          informations: lu.informations,
          configVersion: version,
        },
      });
      if (changee) {
        await tx.sessionPiece.deleteMany({ where: { sessionId, pieceCode: { notIn: apres.pieces.map((p) => p.pieceCode) } } });
        for (const p of apres.pieces)
          await tx.sessionPiece.upsert({ where: { sessionId_pieceCode: { sessionId, pieceCode: p.pieceCode } }, create: { sessionId, pieceCode: p.pieceCode, mode: p.mode }, update: { mode: p.mode } });
        await enregistrerVersion(tx, sessionId, version, apres, ctx.acteur.id);
      }
      for (const impact of impacts) {
        const motifs = impact.atteintes.map((a) => a.message);
        const c = await tx.candidature.update({
          where: { id: impact.candidatureId },
          data: { aRevoirAt: ctx.now, aRevoirMotifs: motifs },
          select: { id: true, account: { select: { email: true, prenoms: true } } },
        });
        await envoyerCourriel(
          tx,
          choixRetireMail(
            { to: c.account.email, prenoms: c.account.prenoms, candidatureId: c.id, examen: session.examen.libelle, session: session.libelle, academie: session.academie.nom, zone: session.academie.timeZone, closesAt: session.inscriptionCloture },
            motifs,
          ),
        );
      }
      await recordAuditEvent(tx, {
        actor: ctx.acteur,
        action: "session.configuration_modifiee",
        entityType: "Session",
        entityId: sessionId,
        academieId: ctx.scope.academieId,
        before: { version: session.configVersion, ...jsonConfiguration(avant), adressePostale: session.adressePostale, amenagementUrl: session.amenagementUrl, informations: session.informations },
        after: { version, ...jsonConfiguration(apres), adressePostale: lu.adressePostale, amenagementUrl: lu.amenagementUrl, informations: lu.informations, signalees: impacts.map((i) => i.candidatureId) },
        ip: ctx.ip ?? null,
        at: ctx.now,
      });
      return { ok: true, version, nouvelleVersion: changee, signalees: impacts.length } as const;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

function jsonConfiguration(c: Configuration) {
  return { ...c, pieces: c.pieces.map((p) => ({ pieceCode: p.pieceCode, mode: p.mode })) };
}

/**
 * The saved candidatures (neither withdrawn nor cancelled) whose choices the change withdraws.
 * Only those holding a withdrawn value are read, so a change on a session of 100 000 dossiers reads
 * the few it affects; a pure addition reads none.
 */
async function candidaturesAtteintes(tx: Prisma.TransactionClient, sessionId: string, avant: Configuration, apres: Configuration): Promise<Impact[]> {
  const langues = [...retires(avant.languesLva, apres.languesLva), ...retires(avant.languesLvb, apres.languesLvb), ...retires(avant.languesLvf, apres.languesLvf)];
  const activites = [...retires(avant.activitesEps, apres.activitesEps), ...retires(avant.activitesEpsAdaptees, apres.activitesEpsAdaptees)];
  const restreintes = apres.specialitesOffertes.length > 0;
  if (langues.length === 0 && activites.length === 0 && !restreintes) return [];
  const vide = [""];
  const rows = await tx.$queryRaw<{ id: string; numero: string | null; lva: string | null; lvb: string | null; lvf: string | null; epsChoix: string | null; epsActivites: unknown; specialite: string | null }[]>`
    SELECT c."id", c."numero",
           c."donnees"->'epreuves'->>'lva' AS "lva", c."donnees"->'epreuves'->>'lvb' AS "lvb", c."donnees"->'epreuves'->>'lvf' AS "lvf",
           c."donnees"->'epreuves'->>'epsChoix' AS "epsChoix", c."donnees"->'epreuves'->'epsActivites' AS "epsActivites", s."codeDiplome" AS "specialite"
    FROM "Candidature" c LEFT JOIN "Specialite" s ON s."id" = c."specialiteId"
    WHERE c."sessionId" = ${sessionId} AND c."statut" IN ('BROUILLON', 'ENREGISTREE')
      AND (c."donnees"->'epreuves'->>'lva' = ANY(${langues.length ? langues : vide}::text[])
        OR c."donnees"->'epreuves'->>'lvb' = ANY(${langues.length ? langues : vide}::text[])
        OR c."donnees"->'epreuves'->>'lvf' = ANY(${langues.length ? langues : vide}::text[])
        OR c."donnees"->'epreuves'->'epsActivites' ?| ${activites.length ? activites : vide}::text[]
        OR (${restreintes} AND s."codeDiplome" IS NOT NULL AND NOT (s."codeDiplome" = ANY(${restreintes ? [...apres.specialitesOffertes] : vide}::text[]))))
    ORDER BY c."numero" NULLS LAST, c."id"`;
  const candidatures: ChoixCandidature[] = rows.map((r) => ({
    id: r.id,
    numero: r.numero,
    lva: r.lva,
    lvb: r.lvb,
    lvf: r.lvf,
    epsChoix: r.epsChoix,
    epsActivites: Array.isArray(r.epsActivites) ? r.epsActivites.filter((a): a is string => typeof a === "string") : [],
    specialite: r.specialite,
  }));
  return impactsChangement(avant, apres, candidatures);
}
