import { describe, expect, it } from "vitest";
import { checkBodySize, formatTailleFr, NO_BODY, refuseOversizedBody, SERVER_ACTION_BODY_LIMIT } from "./body-limit";

const headers = (contentLength: string | null, transferEncoding: string | null = null) => ({ contentLength, transferEncoding });

describe("checkBodySize", () => {
  it.each([
    ["no body", headers(null), SERVER_ACTION_BODY_LIMIT],
    ["an empty body", headers("0"), NO_BODY],
    ["a body at the limit", headers(String(SERVER_ACTION_BODY_LIMIT)), SERVER_ACTION_BODY_LIMIT],
    ["a small form", headers("3412"), SERVER_ACTION_BODY_LIMIT],
  ])("lets %s through", (_, h, limit) => {
    expect(checkBodySize(h, limit)).toEqual({ ok: true });
  });

  it("refuses one byte over the limit with 413, saying the limit in French", () => {
    expect(checkBodySize(headers(String(SERVER_ACTION_BODY_LIMIT + 1)), SERVER_ACTION_BODY_LIMIT)).toEqual({
      ok: false,
      status: 413,
      message: "La requête dépasse la taille autorisée (64\u00a0ko). Raccourcissez les textes saisis, puis envoyez de nouveau le formulaire.",
    });
    expect(checkBodySize(headers("1"), NO_BODY)).toMatchObject({ ok: false, status: 413, message: "Cette adresse n’accepte pas de contenu dans la requête." });
    // Far beyond what a number holds exactly: still refused, not parsed as something small.
    expect(checkBodySize(headers("99999999999999999999999"), SERVER_ACTION_BODY_LIMIT)).toMatchObject({ ok: false, status: 413 });
  });

  it("refuses a body of unknown or unreadable length with 411", () => {
    expect(checkBodySize(headers(null, "chunked"), SERVER_ACTION_BODY_LIMIT)).toMatchObject({ ok: false, status: 411 });
    for (const value of ["-1", "12abc", "1e6", "", "0x10"]) expect(checkBodySize(headers(value), SERVER_ACTION_BODY_LIMIT), value).toMatchObject({ ok: false, status: 411 });
  });
});

describe("refuseOversizedBody", () => {
  it("answers a French plain-text refusal without reading the body", async () => {
    const request = new Request("http://localhost/api/ping", { method: "POST", headers: { "content-length": "70000" }, body: "x".repeat(10) });
    const response = refuseOversizedBody(request, SERVER_ACTION_BODY_LIMIT)!;
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toMatch(/^La requête dépasse la taille autorisée/);
    expect(request.bodyUsed).toBe(false);
    expect(refuseOversizedBody(new Request("http://localhost/api/ping"), NO_BODY)).toBeNull();
  });
});

describe("formatTailleFr", () => {
  it.each([
    [0, "0\u00a0octets"],
    [64 * 1024, "64\u00a0ko"],
    [100 * 1024, "100\u00a0ko"],
    [1.5 * 1024 * 1024, "1,5\u00a0Mo"],
  ])("%d → %s", (bytes, text) => {
    expect(formatTailleFr(bytes)).toBe(text);
  });
});
