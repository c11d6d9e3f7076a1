import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite reads its wasm and data files at run time: keep it out of the bundle (DATABASE.md).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  // A separate build folder lets several builds coexist (NEXT_DIST_DIR, e.g. for parallel test runs).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Resolve metadata before the head is sent, for every client: a streamed <title> arrives after the
  // page is usable, and screen readers (and axe) then meet a page without a title.
  htmlLimitedBots: /.*/,
  reactStrictMode: true,
  async headers() {
    return [
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
