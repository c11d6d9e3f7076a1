import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SERVER_ACTION_BODY_LIMIT } from "../../lib/security/body-limit";
import { nonceOf } from "../../lib/security/csp";

// proxy.ts reads APP_URL through env(), parsed once per module instance: each test loads it afresh.
async function loadProxy(appUrl: string) {
  vi.resetModules();
  vi.stubEnv("APP_URL", appUrl);
  return (await import("../../proxy")).proxy;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("proxy", () => {
  it("gives every request its own nonce, in the response's CSP and in the headers the page renders with", async () => {
    const proxy = await loadProxy("http://localhost:3000");
    const first = await proxy(new NextRequest("http://localhost:3000/connexion"));
    const second = await proxy(new NextRequest("http://localhost:3000/connexion"));
    const nonce = nonceOf(first.headers.get("content-security-policy"));
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(second.headers.get("content-security-policy"))).not.toBe(nonce);
    // NextResponse.next({ request: { headers } }) forwards the request headers as x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(nonceOf(first.headers.get("x-middleware-request-content-security-policy"))).toBe(nonce);
    expect(first.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("replaces a nonce the client sent with its own", async () => {
    const proxy = await loadProxy("http://localhost:3000");
    const response = await proxy(new NextRequest("http://localhost:3000/connexion", { headers: { "x-nonce": "choisi", "content-security-policy": "script-src 'nonce-choisi'" } }));
    expect(response.headers.get("x-middleware-request-x-nonce")).not.toBe("choisi");
    expect(response.headers.get("x-middleware-request-content-security-policy")).not.toContain("choisi");
  });

  it("gives a cached public page, when a request reaches it here, the nonce-free policy its shared HTML allows", async () => {
    const proxy = await loadProxy("http://localhost:3000");
    for (const path of ["/", "/sessions", "/accessibilite", "/sessions/cmx3gr5x4004d617dhhj20xj3"]) {
      const response = await proxy(new NextRequest(`http://localhost:3000${path}`));
      expect(nonceOf(response.headers.get("content-security-policy")), path).toBeUndefined();
      expect(response.headers.get("content-security-policy"), path).toContain("script-src 'self' 'unsafe-inline'");
      expect(response.headers.get("x-middleware-request-x-nonce"), path).toBeNull();
    }
    for (const [internal, path] of [["/vitrine/accueil", "/"], ["/vitrine/sessions", "/sessions"], ["/vitrine/autre", "/"]]) {
      const direct = await proxy(new NextRequest(`http://localhost:3000${internal}`));
      expect(direct.status, internal).toBe(308);
      expect(new URL(direct.headers.get("location")!).pathname, internal).toBe(path);
    }
  });

  it("keeps the cached pages' signed-in hint in step with the session cookie", async () => {
    const proxy = await loadProxy("http://localhost:3000");
    const signedIn = await proxy(new NextRequest("http://localhost:3000/mes-candidatures", { headers: { cookie: "authjs.session-token=jeton" } }));
    expect(signedIn.headers.get("set-cookie")).toMatch(/portail-connecte=1;.*Max-Age=43200/i);
    const still = await proxy(new NextRequest("http://localhost:3000/mes-candidatures", { headers: { cookie: "authjs.session-token=jeton; portail-connecte=1" } }));
    expect(still.headers.get("set-cookie")).toBeNull();
    const signedOut = await proxy(new NextRequest("http://localhost:3000/connexion", { headers: { cookie: "portail-connecte=1" } }));
    expect(signedOut.headers.get("set-cookie")).toMatch(/portail-connecte=;/);
  });

  it("sends HSTS only when APP_URL is https", async () => {
    const https = await loadProxy("https://candidats.example.fr");
    expect((await https(new NextRequest("https://candidats.example.fr/"))).headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    const http = await loadProxy("http://localhost:3000");
    expect((await http(new NextRequest("http://localhost:3000/"))).headers.get("strict-transport-security")).toBeNull();
  });

  it("refuses a form body above the server actions' limit from its length, before any parsing", async () => {
    const proxy = await loadProxy("http://localhost:3000");
    const request = new NextRequest("http://localhost:3000/creer-compte", {
      method: "POST",
      headers: { "content-length": String(SERVER_ACTION_BODY_LIMIT + 1), "next-action": "0".repeat(42) },
      body: "x",
    });
    const response = await proxy(request);
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/^La requête dépasse la taille autorisée \(64\u00a0ko\)/);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(request.bodyUsed).toBe(false);

    const small = await proxy(new NextRequest("http://localhost:3000/creer-compte", { method: "POST", headers: { "content-length": "3" }, body: "a=b" }));
    expect(small.headers.get("x-middleware-next")).toBe("1");
  });

  it("refuses a body of unknown length (chunked) with 411", async () => {
    const proxy = await loadProxy("http://localhost:3000");
    const response = await proxy(new NextRequest("http://localhost:3000/connexion", { method: "POST", headers: { "transfer-encoding": "chunked" } }));
    expect(response.status).toBe(411);
  });

  it("refuses an action body Next could not decode with 400, and lets a well-formed one through", async () => {
    const proxy = await loadProxy("http://localhost:3000");
    const post = (body: string, headers: Record<string, string>) =>
      proxy(new NextRequest("http://localhost:3000/connexion", { method: "POST", headers: { "content-length": String(Buffer.byteLength(body)), ...headers }, body }));

    const garbledForm = await post("garbage--zzz", { "content-type": "multipart/form-data; boundary=zzz" });
    expect(garbledForm.status).toBe(400);
    expect(await garbledForm.text()).toBe("Le formulaire envoyé est illisible. Rechargez la page, puis envoyez-le de nouveau.");
    expect((await post("garbage{", { "content-type": "text/plain;charset=UTF-8", "next-action": "60cc" })).status).toBe(400);

    const form = new FormData();
    form.set("email", "camille@example.fr");
    const encoded = new Response(form);
    const body = await encoded.text();
    const wellFormed = await post(body, { "content-type": encoded.headers.get("content-type")! });
    expect(wellFormed.headers.get("x-middleware-next")).toBe("1");
    expect((await post('["$K1"]', { "content-type": "text/plain;charset=UTF-8", "next-action": "60cc" })).headers.get("x-middleware-next")).toBe("1");
    // Not read as an action: left to the page.
    expect((await post("a=%%%", { "content-type": "application/x-www-form-urlencoded" })).headers.get("x-middleware-next")).toBe("1");
  });
});
