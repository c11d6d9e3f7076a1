import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// `npm start` builds only when the sources changed since the last production build.
const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const DIST = process.env.NEXT_DIST_DIR ?? ".next";
const FINGERPRINT = path.join(DIST, "portail-fingerprint");

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (name === "node_modules" || name === "dsfr" || name.endsWith(".test.ts")) continue;
    yield* files(path.join(entry, name));
  }
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) for (const file of files(source)) hash.update(file).update(readFileSync(file));
  return hash.digest("hex");
}

export function buildIfNeeded(): void {
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(DIST, "BUILD_ID")) && existsSync(FINGERPRINT) && readFileSync(FINGERPRINT, "utf8") === fingerprint;
  if (built) return;
  console.log("Construction de la version de production (une minute environ)…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("La construction a échoué (voir ci-dessus).");
  writeFileSync(FINGERPRINT, fingerprint);
}
