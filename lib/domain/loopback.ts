// "This machine only": the hosts a browser elsewhere can never reach. The end-to-end clock and the
// demo data are allowed only on them (lib/env.ts), since both would be traps on a public portal.

/**
 * True for localhost, 127.0.0.0/8 and ::1 — as URL.hostname gives them ("[::1]") or bare ("::1").
 * Other names, even one that happens to resolve to this machine, are not trusted.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return host === "localhost" || host === "[::1]" || host === "::1" || /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}

/** The host of an http(s) address ("http://localhost:3000") is a loopback host; false for anything unparsable. */
export function isLoopbackUrl(url: string): boolean {
  try {
    return isLoopbackHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** The host part of a Host header ("localhost:3600", "[::1]:3600") is a loopback host. */
export function isLoopbackHostHeader(host: string | null | undefined): boolean {
  if (!host) return false;
  return isLoopbackUrl(`http://${host}`);
}

/**
 * A PostgreSQL address reaching this machine: a loopback host, or a Unix socket (no host, or a
 * `host=/path` parameter). "postgresql://u@db.example.fr/portail" is another machine.
 */
export function isLoopbackDatabaseUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const hostParam = parsed.searchParams.get("host");
  if (hostParam !== null) return hostParam.startsWith("/") || hostParam.split(",").every(isLoopbackHost);
  return parsed.hostname === "" || isLoopbackHost(parsed.hostname);
}
