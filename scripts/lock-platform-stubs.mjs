// The npm registry reachable here lacks some platform binaries that other platforms need
// (@next/swc-darwin-*, @unrs/resolver-binding-win32-*…), so `npm install` leaves them out of
// package-lock.json and `npm ci` then refuses the lock ("Missing: … from lock file"). This adds
// each missing optional package as an entry restricted to its own os/cpu, which npm skips on
// other platforms. Usage: node scripts/lock-platform-stubs.mjs (after any `npm install`).
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["darwin", "win32", "linux", "android", "freebsd", "openharmony", "netbsd", "openbsd", "sunos", "aix"];
const CPU = { arm64: "arm64", x64: "x64", ia32: "ia32", "arm-": "arm", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x", loong64: "loong64" };

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const packages = lock.packages;
let added = 0;
for (const [location, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = location ? `${location}/node_modules/` : "node_modules/";
    if (packages[`${base}${name}`] || packages[`node_modules/${name}`]) continue;
    const tail = name.split("/").pop();
    const os = OS.find((o) => tail.includes(`-${o}-`) || tail.endsWith(`-${o}`));
    const cpu = Object.entries(CPU).find(([k]) => tail.includes(`-${k}`) || tail.endsWith(`-${k.replace("-", "")}`))?.[1];
    if (!os || !cpu) {
      console.error(`Plateforme inconnue pour ${name} : ajoutez-la à la main.`);
      process.exitCode = 1;
      continue;
    }
    packages[`node_modules/${name}`] = { version, optional: true, os: [os], cpu: [cpu] };
    added++;
  }
}
// npm keeps entries sorted (root first, then by path, compared as npm does): sort them the same
// way so that the next `npm install` finds nothing to rewrite and leaves `git status` clean.
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b, "en"))));
lock.packages = sorted;
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} paquet(s) de plateforme ajouté(s) au verrou.`);
