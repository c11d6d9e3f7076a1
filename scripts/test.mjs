// `npm test`: type check, lint, unit and database tests, then end-to-end tests in Debian's
// Chromium against a production build. Stops at the first failing step.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(title, command, args) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✖ ${title} : échec (code ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`✔ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  run("Installation de Chromium (Debian)", sudo[0] ?? "apt-get", [...sudo.slice(1), ...(sudo.length ? ["apt-get"] : []), "install", "-y", "--no-install-recommends", "chromium"]);
  if (!existsSync(chromium)) {
    console.error(`Chromium introuvable à ${chromium} après installation.`);
    process.exit(1);
  }
}

/** Poppler (pdfsig, pdftoppm) and zbar (zbarimg): the tests check the confirmation PDF's seal and QR code with them. */
function ensurePdfTools() {
  const missing = [
    ["/usr/bin/pdfsig", "poppler-utils"],
    ["/usr/bin/zbarimg", "zbar-tools"],
  ].filter(([bin]) => !existsSync(bin));
  if (missing.length === 0) return;
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const packages = missing.map(([, pkg]) => pkg);
  run(`Installation de ${packages.join(" et ")} (Debian)`, sudo[0] ?? "apt-get", [...sudo.slice(1), ...(sudo.length ? ["apt-get"] : []), "install", "-y", "--no-install-recommends", ...packages]);
}

// The client must match the schema even after a pull that changed it.
run("Client Prisma", "npx", ["prisma", "generate"]);
run("Vérification des types", "npx", ["tsc", "--noEmit"]);
run("Lint", "npx", ["eslint", "."]);
ensurePdfTools();
run("Tests unitaires et base de données", "npx", ["vitest", "run"]);
ensureChromium();
run("Construction de production", "npx", ["next", "build"]);
run("Tests de bout en bout (Chromium)", "npx", ["playwright", "test"]);
