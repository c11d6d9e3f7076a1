import { encode } from "@auth/core/jwt";
import { describe, expect, it } from "vitest";
import { lireJetonSession, nomCookieSession } from "./jeton-session";

const SECRET = "un-secret-de-test-assez-long-pour-auth-js-0123456789";

async function cookieAuthJs(token: Record<string, unknown>, { secure = false, secret = SECRET, maxAge = 3600 } = {}) {
  const name = nomCookieSession(secure);
  return { name, value: await encode({ token, secret, salt: name, maxAge }) };
}

describe("lireJetonSession (the session cookie, read as Auth.js reads it)", () => {
  it("reads the AuthSession id and session version of the cookie Auth.js wrote at sign-in, over http and https", async () => {
    for (const secure of [false, true]) {
      const cookie = await cookieAuthJs({ sub: "compte", sid: "session-1", sv: 3 }, { secure });
      expect(await lireJetonSession([{ name: "autre", value: "x" }, cookie], { secret: SECRET, secure })).toEqual({ sid: "session-1", sv: 3 });
    }
  });

  it("puts a chunked cookie back together, in order", async () => {
    const { name, value } = await cookieAuthJs({ sid: "session-2", sv: 0 });
    const moitie = Math.floor(value.length / 2);
    const morceaux = [
      { name: `${name}.1`, value: value.slice(moitie) },
      { name: `${name}.0`, value: value.slice(0, moitie) },
    ];
    expect(await lireJetonSession(morceaux, { secret: SECRET, secure: false })).toEqual({ sid: "session-2", sv: 0 });
  });

  it("reads nothing from a missing, forged, expired, other deployment's or other scheme's cookie", async () => {
    const opts = { secret: SECRET, secure: false };
    expect(await lireJetonSession([], opts)).toBeNull();
    const bon = await cookieAuthJs({ sid: "session-3", sv: 1 });
    expect(await lireJetonSession([{ name: bon.name, value: `${bon.value.slice(0, -4)}AAAA` }], opts)).toBeNull();
    expect(await lireJetonSession([{ name: bon.name, value: "n'importe quoi" }], opts)).toBeNull();
    expect(await lireJetonSession([await cookieAuthJs({ sid: "session-3", sv: 1 }, { secret: "un-autre-secret-d-un-autre-deploiement-0123456789" })], opts)).toBeNull();
    // Expired beyond Auth.js's 15 s of tolerance.
    expect(await lireJetonSession([await cookieAuthJs({ sid: "session-3", sv: 1 }, { maxAge: -60 })], opts)).toBeNull();
    // The http cookie's name is not the https one's (and its key is derived from its name).
    expect(await lireJetonSession([bon], { secret: SECRET, secure: true })).toBeNull();
    expect(await lireJetonSession([{ name: nomCookieSession(true), value: bon.value }], { secret: SECRET, secure: true })).toBeNull();
  });

  it("reads no session from a valid cookie without one (an id and a version are both needed)", async () => {
    expect(await lireJetonSession([await cookieAuthJs({ sub: "compte" })], { secret: SECRET, secure: false })).toBeNull();
    expect(await lireJetonSession([await cookieAuthJs({ sid: "s", sv: "1" })], { secret: SECRET, secure: false })).toBeNull();
  });
});
