import { existsSync } from "node:fs";

// `npm run accounts:purge`: deletes every candidate account still unactivated 48 hours after its
// creation (C:NI "vous avez 48h pour cliquer sur le lien « Activer mon compte », sinon votre compte
// sera supprimé"). Schedule it (cron, systemd timer) with DATABASE_URL; the portal also purges on
// access. Runs under tsx with the react-server condition, which lets it load the server-only services.
// With the embedded PGlite database, stop the portal first: one process at a time per data folder.

async function main() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const { env } = await import("../lib/env");
  const { getDb, disconnectDb } = await import("../lib/db");
  const { purgeExpiredAccounts } = await import("../lib/server/accounts/purge-expired-accounts");
  try {
    const db = await getDb();
    const now = new Date();
    let total = 0;
    for (;;) {
      const purged = await purgeExpiredAccounts({ now, db });
      total += purged;
      if (purged === 0) break;
    }
    const where = env().DATABASE_URL ? "PostgreSQL" : `PGlite (${env().PGLITE_DATA_DIR})`;
    console.log(total === 0 ? `Aucun compte non activé à supprimer (${where}).` : `${total} compte${total > 1 ? "s" : ""} non activé${total > 1 ? "s" : ""} depuis plus de 48 heures supprimé${total > 1 ? "s" : ""} (${where}).`);
  } finally {
    await disconnectDb();
  }
}

main().catch((error: Error) => {
  console.error(`Purge des comptes non activés impossible : ${error.message}`);
  process.exit(1);
});
