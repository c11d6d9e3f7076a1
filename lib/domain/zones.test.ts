import { describe, expect, it } from "vitest";
import { localToInstant } from "./calendar";
import { KNOWN_ZONES, isKnownZone, zoneLabel, zoneLieu } from "./zones";

describe("zoneLabel", () => {
  it.each([
    ["Europe/Paris", "heure de Paris"],
    ["Indian/Reunion", "heure de La Réunion"],
    ["Indian/Mayotte", "heure de Mayotte"],
    ["America/Martinique", "heure de la Martinique"],
    ["America/Guadeloupe", "heure de la Guadeloupe"],
    ["America/Cayenne", "heure de Guyane"],
    ["America/Miquelon", "heure de Saint-Pierre-et-Miquelon"],
    ["Pacific/Noumea", "heure de Nouvelle-Calédonie"],
    ["Pacific/Tahiti", "heure de Polynésie française"],
    ["Pacific/Wallis", "heure de Wallis-et-Futuna"],
    ["America/St_Barthelemy", "heure de Saint-Barthélemy"],
    ["America/Marigot", "heure de Saint-Martin"],
  ])("%s → %s", (zone, label) => {
    expect(zoneLabel(zone)).toBe(label);
    expect(isKnownZone(zone)).toBe(true);
  });

  it("lists exactly the twelve zones above", () => {
    expect(KNOWN_ZONES).toHaveLength(12);
  });

  it("falls back to the IANA name for a zone outside the list", () => {
    expect(zoneLabel("Asia/Tokyo")).toBe("heure locale (Asia/Tokyo)");
    expect(zoneLieu("Asia/Tokyo")).toBe("dans le fuseau Asia/Tokyo");
    expect(isKnownZone("Asia/Tokyo")).toBe(false);
  });

  it("does not treat Object.prototype keys as zones", () => {
    expect(isKnownZone("toString")).toBe(false);
    expect(zoneLabel("constructor")).toBe("heure locale (constructor)");
  });
});

describe("every known zone is understood by Intl, with the expected offset", () => {
  // Local "2023-12-06T22:00" (winter in Paris and Miquelon) and "2023-07-06T22:00" (summer).
  it.each([
    ["Europe/Paris", "2023-12-06T21:00:00.000Z", "2023-07-06T20:00:00.000Z"],
    ["Indian/Reunion", "2023-12-06T18:00:00.000Z", "2023-07-06T18:00:00.000Z"],
    ["Indian/Mayotte", "2023-12-06T19:00:00.000Z", "2023-07-06T19:00:00.000Z"],
    ["America/Martinique", "2023-12-07T02:00:00.000Z", "2023-07-07T02:00:00.000Z"],
    ["America/Guadeloupe", "2023-12-07T02:00:00.000Z", "2023-07-07T02:00:00.000Z"],
    ["America/Cayenne", "2023-12-07T01:00:00.000Z", "2023-07-07T01:00:00.000Z"],
    ["America/Miquelon", "2023-12-07T01:00:00.000Z", "2023-07-07T00:00:00.000Z"],
    ["Pacific/Noumea", "2023-12-06T11:00:00.000Z", "2023-07-06T11:00:00.000Z"],
    ["Pacific/Tahiti", "2023-12-07T08:00:00.000Z", "2023-07-07T08:00:00.000Z"],
    ["Pacific/Wallis", "2023-12-06T10:00:00.000Z", "2023-07-06T10:00:00.000Z"],
    ["America/St_Barthelemy", "2023-12-07T02:00:00.000Z", "2023-07-07T02:00:00.000Z"],
    ["America/Marigot", "2023-12-07T02:00:00.000Z", "2023-07-07T02:00:00.000Z"],
  ])("%s", (zone, winter, summer) => {
    expect(KNOWN_ZONES).toContain(zone);
    const w = localToInstant("2023-12-06T22:00", zone);
    const s = localToInstant("2023-07-06T22:00", zone);
    expect(w.ok && w.instant.toISOString()).toBe(winter);
    expect(s.ok && s.instant.toISOString()).toBe(summer);
  });
});
