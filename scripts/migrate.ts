import { env } from "../lib/env";
import { applyMigrations } from "../lib/migrations";
import { openRunner, targetFromEnv, withMigrationLock } from "../lib/sql";

/** Applies pending migrations to the configured database and closes it. */
export async function migrate(): Promise<string[]> {
  const runner = await openRunner(targetFromEnv(env()));
  try {
    return await withMigrationLock(runner, () => applyMigrations(runner));
  } finally {
    await runner.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrate().then(
    (done) => console.log(done.length ? `Migrations appliquées : ${done.join(", ")}` : "Base de données à jour."),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
