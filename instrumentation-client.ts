import type { $ZodConfig } from "zod/v4/core";

// Runs in the browser before React hydrates (so before any form module builds a zod schema).
// The CSP refuses eval (lib/security/csp.ts): zod 4 would probe it with Function("") when the
// first object schema is built, a refusal the browser reports as a CSP violation, then parse
// without it anyway. Say so up front. The server keeps its compiled parsers.
// zod keeps its configuration in globalThis.__zod_globalConfig, created by whichever of zod and this
// file runs first (zod/v4/core/core.js): written here without importing zod, whose core would
// otherwise load on every page, those that never build a schema too (~5 Kio gzip, issue 11 §3).
const scope = globalThis as { __zod_globalConfig?: $ZodConfig };
(scope.__zod_globalConfig ??= {}).jitless = true;
