// The portal's job queues (pg-boss) and their retry rules. Plain data: read by the migration step
// that creates the queues and by the worker.

export type JobDefinition = {
  /** Attempts after the first one. */
  retryLimit: number;
  /** Seconds before the first retry; doubled at each attempt when retryBackoff. */
  retryDelay: number;
  retryBackoff: boolean;
  /** A job running longer than this is taken as failed (and retried). */
  expireInSeconds: number;
};

export const JOBS = {
  // SMTP relays refuse for minutes at a time: 30 s, 1 min, 2 min… ten attempts span about 8 hours.
  courriel: { retryLimit: 10, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 },
  // The lookups behind "Mot de passe oublié" and "nouveau lien" run here, so that the public answer
  // costs the same for a known and an unknown address.
  "demande-lien-activation": { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 120 },
  "demande-reinitialisation": { retryLimit: 5, retryDelay: 10, retryBackoff: true, expireInSeconds: 120 },
  // The sealed confirmation d'inscription of a saved version (a few hundred ms of CPU): queued in
  // ENREGISTRER's transaction so that a deadline-night save stays fast; idempotent, and a download
  // generates it at once if the job has not run yet.
  "confirmation-pdf": { retryLimit: 5, retryDelay: 30, retryBackoff: true, expireInSeconds: 300 },
  // A lot of a bulk operation (demande, relance, annulation): each candidature in its own
  // transaction, recorded once; a retried lot redoes only what is not recorded. Three more attempts,
  // then what is left of the lot counts as failed on the operation's summary.
  "operation-groupee": { retryLimit: 3, retryDelay: 20, retryBackoff: true, expireInSeconds: 600 },
  // Ends the bulk operations whose lots are all over but miss outcomes (a last attempt expired).
  "cloture-operations": { retryLimit: 2, retryDelay: 60, retryBackoff: false, expireInSeconds: 600 },
  // Reminders before a deadline [issue 10 §5]: each one recorded once, so a retried or overlapping run sends nothing twice.
  rappels: { retryLimit: 2, retryDelay: 60, retryBackoff: false, expireInSeconds: 900 },
  "purge-comptes-non-actives": { retryLimit: 2, retryDelay: 60, retryBackoff: false, expireInSeconds: 600 },
  "purge-tentatives-connexion": { retryLimit: 2, retryDelay: 60, retryBackoff: false, expireInSeconds: 600 },
  "purge-sessions-terminees": { retryLimit: 2, retryDelay: 60, retryBackoff: false, expireInSeconds: 600 },
  "purge-limites": { retryLimit: 2, retryDelay: 60, retryBackoff: false, expireInSeconds: 600 },
} as const satisfies Record<string, JobDefinition>;

export type JobName = keyof typeof JOBS;

export const JOB_NAMES = Object.keys(JOBS) as JobName[];

/** Scheduled jobs, in Paris time (pg-boss cron with tz): "m h dom mon dow". */
export const SCHEDULES: { name: JobName; cron: string; why: string }[] = [
  { name: "purge-comptes-non-actives", cron: "*/15 * * * *", why: "un compte non activé disparaît 48 h après sa création (C:NI), à un quart d'heure près" },
  { name: "cloture-operations", cron: "*/10 * * * *", why: "une opération groupée dont un lot a échoué jusqu'au bout se termine, ses dossiers manquants comptés en échec" },
  { name: "rappels", cron: "*/15 * * * *", why: "les rappels avant une clôture (brouillons à 72 h et 24 h, pièces manquantes) partent au plus un quart d'heure après leur heure" },
  { name: "purge-limites", cron: "*/30 * * * *", why: "les compteurs de limitation échus ne servent plus" },
  { name: "purge-tentatives-connexion", cron: "15 3 * * *", why: "tentatives de connexion gardées 30 jours pour l'historique" },
  { name: "purge-sessions-terminees", cron: "30 3 * * *", why: "sessions expirées ou révoquées gardées 30 jours pour l'historique" },
];

export const JOB_SCHEMA = "pgboss";

/** How long the purges keep their rows for the record. */
export const KEEP_LOGIN_ATTEMPTS_DAYS = 30;
export const KEEP_ENDED_SESSIONS_DAYS = 30;
