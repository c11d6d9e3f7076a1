// Next calls register() once per server process: each portal instance runs one job worker (mail,
// purges), which on the embedded database must live here (one process per PGlite folder).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobWorker } = await import("./lib/jobs/worker");
  // In the background: the portal answers even while the database is still starting; pg-boss
  // retries its polling by itself once started.
  const start = (attempt: number): void => {
    startJobWorker().catch((error: Error) => {
      console.warn(`File de tâches : démarrage impossible (${error.message}), nouvel essai dans ${Math.min(60, 2 ** attempt)} s.`);
      setTimeout(() => start(attempt + 1), Math.min(60, 2 ** attempt) * 1000).unref();
    });
  };
  start(0);
}
