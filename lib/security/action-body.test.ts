import { describe, expect, it } from "vitest";
import { actionBodyKind, refuseUndecodableActionBody, UNDECODABLE_MESSAGE } from "./action-body";

describe("actionBodyKind", () => {
  it.each([
    ["a form without JavaScript", "POST", "multipart/form-data; boundary=x", null, "multipart"],
    ["React's reply with a FormData", "POST", "multipart/form-data; boundary=x", "60cc", "multipart"],
    ["React's text reply", "POST", "text/plain;charset=UTF-8", "60cc", "reply"],
    ["an action id with any other type", "POST", "application/x-www-form-urlencoded", "60cc", "reply"],
    ["a urlencoded post without action", "POST", "application/x-www-form-urlencoded", null, null],
    ["a GET", "GET", "multipart/form-data; boundary=x", "60cc", null],
  ] as const)("%s → %s", (_, method, contentType, nextAction, kind) => {
    expect(actionBodyKind(method, contentType, nextAction)).toBe(kind);
  });
});

describe("refuseUndecodableActionBody", () => {
  const request = (body: string, headers: Record<string, string>) => new Request("http://localhost/connexion", { method: "POST", headers, body });

  it("refuses a multipart body that does not parse and a text reply that is not JSON, in French", async () => {
    const refusal = await refuseUndecodableActionBody(request("garbage--zzz", { "content-type": "multipart/form-data; boundary=zzz" }));
    expect(refusal?.status).toBe(400);
    expect(await refusal?.text()).toBe(UNDECODABLE_MESSAGE);
    expect((await refuseUndecodableActionBody(request("", { "content-type": "text/plain", "next-action": "60cc" })))?.status).toBe(400);
  });

  it("lets a well-formed form, a JSON reply and a non-action post through", async () => {
    const form = new FormData();
    form.set("nom", "Exemple");
    const encoded = new Response(form);
    const contentType = encoded.headers.get("content-type")!;
    expect(await refuseUndecodableActionBody(request(await encoded.text(), { "content-type": contentType }))).toBeNull();
    expect(await refuseUndecodableActionBody(request('[{"n":0},"$K1"]', { "content-type": "text/plain;charset=UTF-8", "next-action": "60cc" }))).toBeNull();
    expect(await refuseUndecodableActionBody(request("%%%", { "content-type": "application/x-www-form-urlencoded" }))).toBeNull();
  });
});
