import type { NextConfig } from "next";
import { RENDER_PATHS, SESSION_ID_SOURCE } from "./lib/cache/pages-publiques";
import { buildContentSecurityPolicy } from "./lib/security/csp";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/security/body-limit";

const nextConfig: NextConfig = {
  // PGlite reads its wasm and data files at run time: keep it out of the bundle (DATABASE.md).
  // pdf.js sets up its "fake worker" from its own files (a bundled copy loses it), and file-type is
  // ESM-only with optional native readers: both stay plain node_modules (UPLOADS-PDF-BACKOFFICE.md).
  // Next already leaves sharp and @aws-sdk/client-s3 out. exceljs too stays in node_modules: bundled,
  // its zip writer's `new Buffer()` (archiver-utils 2) runs outside node_modules and Node prints a
  // DEP0005 warning on the first XLSX export.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pdfjs-dist", "file-type", "exceljs"],
  // A separate build folder lets several builds coexist (NEXT_DIST_DIR, e.g. for parallel test runs).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Today's forms post a few kilobytes (lib/security/body-limit.ts). proxy.ts refuses a larger
    // body from its Content-Length with a French 413 first; these two keep Next's own parsing and
    // the proxy's copy of the body within the same bound.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
    proxyClientMaxBodySize: SERVER_ACTION_BODY_LIMIT,
    // The cached public pages (ISR) stay in this process's memory, never written into the build
    // folder: processes sharing one build (the end-to-end servers, each on its own database; an
    // instance restarted on a reset database) would otherwise serve each other's home page, whose
    // session links lead to sessions they do not have. A restarted instance draws them again.
    isrFlushToDisk: false,
  },
  // The home page and the closed sessions are served from the cache, rendered at an internal
  // dynamic segment so that `next build` never needs the database (lib/cache/pages-publiques.ts).
  // A rewrite here, after the proxy, stays inside the server whatever host name the request used.
  async rewrites() {
    return {
      beforeFiles: [
        ...Object.entries(RENDER_PATHS).map(([source, destination]) => ({ source, destination })),
        // Not a session id: the dynamic « Page non trouvée » (app/(public)/[...introuvable]), no cache entry.
        { source: `/sessions/:id((?!${SESSION_ID_SOURCE}$)[^/]+)`, destination: "/introuvable/session" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  // The Content-Security-Policy (per-request nonce) and HSTS (when APP_URL is https) are set by proxy.ts.
  async headers() {
    // The cached public pages skip the proxy (its matcher in proxy.ts): their policy carries no
    // nonce, so it is the same for every response. HSTS comes with every other page of the host.
    // (`next dev` needs eval, as the proxy's policy allows it there.)
    const cachedPolicy = buildContentSecurityPolicy({ nonce: "AA==", development: process.env.NODE_ENV === "development", https: false, cachedPage: true });
    return [
      ...[...Object.keys(RENDER_PATHS), "/accessibilite", `/sessions/:id(${SESSION_ID_SOURCE})`].map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: cachedPolicy }] })),
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
