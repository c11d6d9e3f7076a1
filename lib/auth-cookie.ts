/** Auth.js's session cookie, chunked (`.0`, `.1`…) or `__Secure-` prefixed over https. Kept apart from lib/auth.ts so that the proxy can read it without loading Auth.js. */
export const SESSION_COOKIE_PATTERN = /(^|\.|-)authjs\.session-token(\.\d+)?$/;
