import { existsSync } from "node:fs";
import { env, seedDemo } from "../lib/env";

// `npm run demo:reset-passwords`: new random passwords for the demo accounts, printed once, for
// whoever lost the table of the first start. Only where the demo is allowed (a portal served
// locally, lib/env.ts); on the embedded database, with the portal stopped (one process at a time).
async function main() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const e = env();
  if (!seedDemo(e)) {
    throw new Error("la démonstration n'est pas active ici (SEED_DEMO=false, base PostgreSQL ou APP_URL publique) : aucun mot de passe n'est changé.");
  }
  const { resetDemoPasswords, printDemoAccounts } = await import("../prisma/seed");
  const { getDb, disconnectDb } = await import("../lib/db");
  try {
    const accounts = await resetDemoPasswords(await getDb(), new Date());
    if (accounts.length === 0) console.log("Aucun compte de démonstration : « npm start » les crée et affiche leurs mots de passe.");
    else printDemoAccounts(accounts, { reset: true });
  } finally {
    await disconnectDb();
  }
}

main().catch((error: Error) => {
  console.error(`Nouveaux mots de passe impossibles : ${error.message}`);
  process.exit(1);
});
