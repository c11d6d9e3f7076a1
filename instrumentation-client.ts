import { config } from "zod/v4/core";

// Runs in the browser before React hydrates (so before any form module builds a zod schema).
// The CSP refuses eval (lib/security/csp.ts): zod 4 would probe it with Function("") when the
// first object schema is built, a refusal the browser reports as a CSP violation, then parse
// without it anyway. Say so up front. The server keeps its compiled parsers.
config({ jitless: true });
