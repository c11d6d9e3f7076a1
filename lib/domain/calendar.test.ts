import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as calendar from "./calendar";
import {
  formatDateFr,
  formatDateHeureFr,
  formatDateTimeShortFr,
  formatInstantFr,
  formatJourFr,
  formatWindowFr,
  instantToLocal,
  isWindowOpen,
  localToInstant,
  parseLocalDateTime,
  validateWindowConfig,
  windowState,
  type Window,
} from "./calendar";
import { fixedClock, systemClock } from "./clock";

// The formatted strings put U+00A0 around "h" ("10 h 00") and before ":" in messages.
const NB = "\u00A0";
const d = (iso: string) => new Date(iso);

function instantOf(local: string, zone: string): string {
  const result = localToInstant(local, zone);
  if (!result.ok) throw new Error(`${local} ${zone}: ${result.code} ${result.message}`);
  return result.instant.toISOString();
}

describe("parseLocalDateTime", () => {
  it.each([
    ["2023-11-06T10:00", { year: 2023, month: 11, day: 6, hour: 10, minute: 0, second: 0 }],
    ["2023-11-06T10:00:30", { year: 2023, month: 11, day: 6, hour: 10, minute: 0, second: 30 }],
    ["2024-02-29T23:59:59", { year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59 }],
    ["2023-01-01T00:00", { year: 2023, month: 1, day: 1, hour: 0, minute: 0, second: 0 }],
  ])("accepts %s", (text, expected) => {
    expect(parseLocalDateTime(text)).toEqual(expected);
  });

  it.each([
    "",
    "2023-02-29T10:00", // not a leap year
    "2023-04-31T10:00",
    "2023-13-01T10:00",
    "2023-00-10T10:00",
    "2023-11-00T10:00",
    "2023-11-06T24:00",
    "2023-11-06T10:60",
    "2023-11-06T10:00:60",
    "2023-11-06 10:00",
    "2023-11-06T10:00Z",
    "2023-11-06T10:00:00.000",
    "2023-11-06T10",
    "2023-11-06",
    "06/11/2023 10:00",
    "0099-11-06T10:00",
    " 2023-11-06T10:00",
  ])("refuses %j", (text) => {
    expect(parseLocalDateTime(text)).toBeNull();
  });
});

describe("localToInstant: académie windows", () => {
  it.each([
    // Nancy-Metz 2024, both ends in winter time (UTC+1).
    ["Nancy-Metz ouverture", "2023-11-06T10:00", "Europe/Paris", "2023-11-06T09:00:00.000Z"],
    ["Nancy-Metz clôture", "2023-12-06T22:00", "Europe/Paris", "2023-12-06T21:00:00.000Z"],
    // Clermont-Ferrand crosses the 29 October 2023 change: opens in summer time (UTC+2), closes in winter (UTC+1).
    ["Clermont-Ferrand ouverture", "2023-10-19T09:00", "Europe/Paris", "2023-10-19T07:00:00.000Z"],
    ["Clermont-Ferrand clôture", "2023-12-01T17:00", "Europe/Paris", "2023-12-01T16:00:00.000Z"],
    ["Nice ouverture", "2023-10-18T15:00", "Europe/Paris", "2023-10-18T13:00:00.000Z"],
    ["Nice clôture", "2023-11-22T17:00", "Europe/Paris", "2023-11-22T16:00:00.000Z"],
    // The same local closing time overseas is a different instant.
    ["La Réunion (UTC+4, sans heure d'été)", "2023-12-06T22:00", "Indian/Reunion", "2023-12-06T18:00:00.000Z"],
    ["Guyane (UTC−3)", "2023-12-06T22:00", "America/Cayenne", "2023-12-07T01:00:00.000Z"],
    ["Nouvelle-Calédonie (UTC+11)", "2023-12-06T22:00", "Pacific/Noumea", "2023-12-06T11:00:00.000Z"],
    ["with seconds", "2023-11-06T10:00:30", "Europe/Paris", "2023-11-06T09:00:30.000Z"],
  ])("%s: %s %s → %s", (_name, local, zone, iso) => {
    expect(instantOf(local, zone)).toBe(iso);
  });
});

describe("localToInstant: DST edges", () => {
  it.each([
    // Spring forward, Paris, 31 March 2024: 02:00 → 03:00 at 01:00Z.
    ["2024-03-31T01:59", "Europe/Paris", "2024-03-31T00:59:00.000Z"],
    ["2024-03-31T01:59:59", "Europe/Paris", "2024-03-31T00:59:59.000Z"],
    ["2024-03-31T03:00", "Europe/Paris", "2024-03-31T01:00:00.000Z"],
    // Fall back, Paris, 29 October 2023: 03:00 → 02:00 at 01:00Z.
    ["2023-10-29T01:59", "Europe/Paris", "2023-10-28T23:59:00.000Z"],
    ["2023-10-29T01:59:59", "Europe/Paris", "2023-10-28T23:59:59.000Z"],
    ["2023-10-29T03:00", "Europe/Paris", "2023-10-29T02:00:00.000Z"],
    // Saint-Pierre-et-Miquelon follows North American dates, at local 02:00.
    ["2024-03-10T01:59", "America/Miquelon", "2024-03-10T04:59:00.000Z"],
    ["2024-03-10T03:00", "America/Miquelon", "2024-03-10T05:00:00.000Z"],
    ["2023-11-05T00:59", "America/Miquelon", "2023-11-05T02:59:00.000Z"],
    ["2023-11-05T02:00", "America/Miquelon", "2023-11-05T05:00:00.000Z"],
  ])("accepts %s %s → %s", (local, zone, iso) => {
    expect(instantOf(local, zone)).toBe(iso);
  });

  it.each([
    ["2024-03-31T02:00", "Europe/Paris"],
    ["2024-03-31T02:30", "Europe/Paris"],
    ["2024-03-31T02:59:59", "Europe/Paris"],
    ["2024-03-10T02:30", "America/Miquelon"],
  ])("refuses the non-existent %s %s", (local, zone) => {
    const result = localToInstant(local, zone);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe("INEXISTANTE");
  });

  it.each([
    ["2023-10-29T02:00", "Europe/Paris"],
    ["2023-10-29T02:30", "Europe/Paris"],
    ["2023-10-29T02:59:59", "Europe/Paris"],
    ["2023-11-05T01:00", "America/Miquelon"],
    ["2023-11-05T01:30", "America/Miquelon"],
  ])("refuses the ambiguous %s %s", (local, zone) => {
    const result = localToInstant(local, zone);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe("AMBIGUE");
  });

  it("explains the refusal in plain French", () => {
    expect(localToInstant("2024-03-31T02:30", "Europe/Paris")).toEqual({
      ok: false,
      code: "INEXISTANTE",
      message: `Cette heure n'existe pas le 31 mars 2024 à Paris (passage à l'heure d'été)${NB}: choisissez une autre heure.`,
    });
    expect(localToInstant("2023-10-29T02:30", "Europe/Paris")).toEqual({
      ok: false,
      code: "AMBIGUE",
      message: `Cette heure existe deux fois le 29 octobre 2023 à Paris (passage à l'heure d'hiver)${NB}: choisissez une autre heure.`,
    });
    expect(localToInstant("2023-11-05T01:30", "America/Miquelon")).toMatchObject({
      message: `Cette heure existe deux fois le 5 novembre 2023 à Saint-Pierre-et-Miquelon (passage à l'heure d'hiver)${NB}: choisissez une autre heure.`,
    });
  });

  it("refuses malformed input and unknown zones", () => {
    expect(localToInstant("", "Europe/Paris")).toEqual({ ok: false, code: "INVALIDE", message: "Saisissez une date et une heure." });
    expect(localToInstant("2023-02-30T10:00", "Europe/Paris")).toEqual({
      ok: false,
      code: "INVALIDE",
      message: "La date et l'heure saisies ne sont pas valides.",
    });
    expect(localToInstant("2023-11-06T10:00", "Europe/Pariss")).toEqual({
      ok: false,
      code: "INVALIDE",
      message: `Le fuseau horaire «${NB}Europe/Pariss${NB}» n'est pas reconnu.`,
    });
  });

  it("round-trips every quarter hour of both 2023 change days in Paris and Miquelon", () => {
    for (const [day, zone] of [
      ["2023-03-26", "Europe/Paris"],
      ["2023-10-29", "Europe/Paris"],
      ["2023-03-12", "America/Miquelon"],
      ["2023-11-05", "America/Miquelon"],
    ] as const) {
      const refused: string[] = [];
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const local = `${day}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        const result = localToInstant(local, zone);
        if (result.ok) expect(instantToLocal(result.instant, zone)).toBe(local);
        else refused.push(`${local.slice(11)} ${result.code}`);
      }
      // Exactly the hour 02:00–02:59 (Paris) / 02:00 or 01:00 (Miquelon) is refused, nothing else.
      const expected: Record<string, string> = {
        "2023-03-26": "INEXISTANTE",
        "2023-10-29": "AMBIGUE",
        "2023-03-12": "INEXISTANTE",
        "2023-11-05": "AMBIGUE",
      };
      const hour = zone === "America/Miquelon" && day === "2023-11-05" ? "01" : "02";
      expect(refused).toEqual(["00", "15", "30", "45"].map((m) => `${hour}:${m} ${expected[day]}`));
    }
  });
});

describe("instantToLocal", () => {
  it.each([
    ["2023-11-06T09:00:00.000Z", "Europe/Paris", "2023-11-06T10:00"],
    ["2023-10-19T07:00:00.000Z", "Europe/Paris", "2023-10-19T09:00"],
    ["2023-12-06T11:00:00.000Z", "Pacific/Noumea", "2023-12-06T22:00"],
    ["2023-12-07T01:00:00.000Z", "America/Cayenne", "2023-12-06T22:00"],
    ["2023-10-28T22:00:00.000Z", "Europe/Paris", "2023-10-29T00:00"], // midnight is 00, not 24
    // Both occurrences of the ambiguous 02:30 read back as 02:30.
    ["2023-10-29T00:30:00.000Z", "Europe/Paris", "2023-10-29T02:30"],
    ["2023-10-29T01:30:00.000Z", "Europe/Paris", "2023-10-29T02:30"],
    ["2023-11-06T09:00:59.999Z", "Europe/Paris", "2023-11-06T10:00"],
  ])("%s in %s → %s", (iso, zone, local) => {
    expect(instantToLocal(d(iso), zone)).toBe(local);
  });
});

const nancyMetz: Window = { opensAt: d("2023-11-06T09:00:00.000Z"), closesAt: d("2023-12-06T21:00:00.000Z") };
const clermont: Window = { opensAt: d("2023-10-19T07:00:00.000Z"), closesAt: d("2023-12-01T16:00:00.000Z") };

describe("windowState: opensAt inclusive, closesAt exclusive", () => {
  it.each([
    [nancyMetz, "2023-11-06T08:59:59.999Z", "A_VENIR"],
    [nancyMetz, "2023-11-06T09:00:00.000Z", "OUVERTE"],
    [nancyMetz, "2023-11-20T12:00:00.000Z", "OUVERTE"],
    [nancyMetz, "2023-12-06T20:59:59.999Z", "OUVERTE"], // 21:59:59.999 heure de Paris
    [nancyMetz, "2023-12-06T21:00:00.000Z", "CLOSE"], // 22:00:00.000 heure de Paris
    [nancyMetz, "2023-12-06T21:00:00.001Z", "CLOSE"],
    [clermont, "2023-10-19T06:59:59.999Z", "A_VENIR"],
    [clermont, "2023-10-19T07:00:00.000Z", "OUVERTE"],
    [clermont, "2023-12-01T15:59:59.999Z", "OUVERTE"],
    [clermont, "2023-12-01T16:00:00.000Z", "CLOSE"],
  ] as const)("%#: at %s → %s", (window, now, state) => {
    expect(windowState(window, d(now))).toBe(state);
    expect(isWindowOpen(window, d(now))).toBe(state === "OUVERTE");
  });

  it("is never open when closing is not after opening", () => {
    const at = d("2023-11-06T09:00:00.000Z");
    expect(windowState({ opensAt: at, closesAt: at }, at)).toBe("CLOSE");
    expect(windowState({ opensAt: at, closesAt: at }, d("2023-11-06T08:00:00.000Z"))).toBe("A_VENIR");
  });

  it("takes now from an injected clock", () => {
    const clock = fixedClock(d("2023-12-06T20:59:59.999Z"));
    expect(isWindowOpen(nancyMetz, clock.now())).toBe(true);
    clock.now().setTime(0); // mutating a returned Date must not move the clock
    expect(clock.now().toISOString()).toBe("2023-12-06T20:59:59.999Z");
    expect(systemClock.now()).toBeInstanceOf(Date);
  });
});

describe("French formatting", () => {
  it.each([
    ["2023-11-06T09:00:00.000Z", "Europe/Paris", `lundi 6 novembre 2023 à 10${NB}h${NB}00`],
    ["2023-12-01T16:00:00.000Z", "Europe/Paris", `vendredi 1er décembre 2023 à 17${NB}h${NB}00`],
    ["2023-10-19T07:00:00.000Z", "Europe/Paris", `jeudi 19 octobre 2023 à 9${NB}h${NB}00`],
    ["2023-10-28T22:05:00.000Z", "Europe/Paris", `dimanche 29 octobre 2023 à 0${NB}h${NB}05`],
    ["2024-08-01T10:30:00.000Z", "Europe/Paris", `jeudi 1er août 2024 à 12${NB}h${NB}30`],
    // The same instant on a different calendar day depending on the zone.
    ["2023-12-06T11:00:00.000Z", "Pacific/Noumea", `mercredi 6 décembre 2023 à 22${NB}h${NB}00`],
    ["2023-12-06T11:00:00.000Z", "Europe/Paris", `mercredi 6 décembre 2023 à 12${NB}h${NB}00`],
    ["2023-12-07T01:00:00.000Z", "America/Cayenne", `mercredi 6 décembre 2023 à 22${NB}h${NB}00`],
    ["2023-12-07T01:00:00.000Z", "Europe/Paris", `jeudi 7 décembre 2023 à 2${NB}h${NB}00`],
  ])("formatInstantFr(%s, %s)", (iso, zone, text) => {
    expect(formatInstantFr(d(iso), zone)).toBe(text);
  });

  it("keeps the time unbreakable and everything else on plain spaces", () => {
    const text = formatInstantFr(d("2023-11-06T09:00:00.000Z"), "Europe/Paris");
    expect(text).toBe("lundi 6 novembre 2023 à 10\u00A0h\u00A000");
    expect(text.match(/\u00A0/g)).toHaveLength(2);
    expect(text).not.toContain("10 h 00");
  });

  it("formatWindowFr", () => {
    expect(formatWindowFr(nancyMetz, "Europe/Paris")).toBe(
      `du lundi 6 novembre 2023 à 10${NB}h${NB}00 au mercredi 6 décembre 2023 à 22${NB}h${NB}00, heure de Paris`,
    );
    expect(formatWindowFr(clermont, "Europe/Paris")).toBe(
      `du jeudi 19 octobre 2023 à 9${NB}h${NB}00 au vendredi 1er décembre 2023 à 17${NB}h${NB}00, heure de Paris`,
    );
    const reunion: Window = { opensAt: d("2023-11-06T06:00:00.000Z"), closesAt: d("2023-12-06T18:00:00.000Z") };
    expect(formatWindowFr(reunion, "Indian/Reunion")).toBe(
      `du lundi 6 novembre 2023 à 10${NB}h${NB}00 au mercredi 6 décembre 2023 à 22${NB}h${NB}00, heure de La Réunion`,
    );
  });

  it("formatDateTimeShortFr", () => {
    expect(formatDateTimeShortFr(d("2023-11-06T09:00:00.000Z"), "Europe/Paris")).toBe("06/11/2023 10:00 (heure de Paris)");
    expect(formatDateTimeShortFr(d("2023-12-06T11:00:00.000Z"), "Pacific/Noumea")).toBe("06/12/2023 22:00 (heure de Nouvelle-Calédonie)");
    expect(formatDateTimeShortFr(d("2023-10-28T22:00:00.000Z"), "Europe/Paris")).toBe("29/10/2023 00:00 (heure de Paris)");
  });

  it("formatDateHeureFr: a deposit time in the académie's zone", () => {
    expect(formatDateHeureFr(d("2018-07-13T15:36:00.000Z"), "Europe/Paris")).toBe(`13/07/2018 à 17${NB}h${NB}36 (heure de Paris)`);
    expect(formatDateHeureFr(d("2018-07-13T15:36:00.000Z"), "Indian/Reunion")).toBe(`13/07/2018 à 19${NB}h${NB}36 (heure de La Réunion)`);
    // 23:05 UTC on 31 December is already the next year in Paris, still the same day in Cayenne.
    expect(formatDateHeureFr(d("2023-12-31T23:05:00.000Z"), "Europe/Paris")).toBe(`01/01/2024 à 0${NB}h${NB}05 (heure de Paris)`);
    expect(formatDateHeureFr(d("2023-12-31T23:05:00.000Z"), "America/Cayenne")).toBe(`31/12/2023 à 20${NB}h${NB}05 (heure de Guyane)`);
  });

  it("formatJourFr: the local day with its weekday (a postmark date)", () => {
    expect(formatJourFr(d("2023-12-09T22:59:00.000Z"), "Europe/Paris")).toBe("samedi 9 décembre 2023");
    expect(formatJourFr(d("2021-12-01T00:00:00.000Z"), "Europe/Paris")).toBe("mercredi 1er décembre 2021");
    // 23:30 UTC is already the next day in Paris and still the same day in Cayenne.
    expect(formatJourFr(d("2023-12-09T23:30:00.000Z"), "Europe/Paris")).toBe("dimanche 10 décembre 2023");
    expect(formatJourFr(d("2023-12-09T23:30:00.000Z"), "America/Cayenne")).toBe("samedi 9 décembre 2023");
  });

  it("formatDateFr", () => {
    expect(formatDateFr("2023-11-06")).toBe("6 novembre 2023");
    expect(formatDateFr("2023-12-01")).toBe("1er décembre 2023");
    expect(formatDateFr(d("2023-12-01T00:00:00.000Z"))).toBe("1er décembre 2023"); // a @db.Date value
    expect(formatDateFr(d("2023-12-06T11:00:00.000Z"), "Pacific/Noumea")).toBe("6 décembre 2023");
    expect(formatDateFr(d("2023-11-30T23:30:00.000Z"), "Europe/Paris")).toBe("1er décembre 2023");
    expect(() => formatDateFr("2023-02-30")).toThrow(RangeError);
  });
});

describe("validateWindowConfig", () => {
  it("returns the window's instants", () => {
    expect(validateWindowConfig({ opensLocal: "2023-10-19T09:00", closesLocal: "2023-12-01T17:00", zone: "Europe/Paris" })).toEqual({
      ok: true,
      window: clermont,
    });
  });

  it("puts each refusal beside its field", () => {
    expect(validateWindowConfig({ opensLocal: "2024-03-31T02:30", closesLocal: "2023-10-29T02:30", zone: "Europe/Paris" })).toEqual({
      ok: false,
      fieldErrors: {
        opensLocal: [`Cette heure n'existe pas le 31 mars 2024 à Paris (passage à l'heure d'été)${NB}: choisissez une autre heure.`],
        closesLocal: [`Cette heure existe deux fois le 29 octobre 2023 à Paris (passage à l'heure d'hiver)${NB}: choisissez une autre heure.`],
      },
    });
    expect(validateWindowConfig({ opensLocal: "", closesLocal: "2023-12-06T22:00", zone: "Europe/Paris" })).toEqual({
      ok: false,
      fieldErrors: { opensLocal: ["Saisissez une date et une heure."] },
    });
  });

  it("requires closing strictly after opening, compared as instants", () => {
    const closesBeforeOpens = { ok: false, fieldErrors: { closesLocal: ["La clôture doit être postérieure à l'ouverture."] } };
    expect(validateWindowConfig({ opensLocal: "2023-12-06T22:00", closesLocal: "2023-11-06T10:00", zone: "Europe/Paris" })).toEqual(closesBeforeOpens);
    expect(validateWindowConfig({ opensLocal: "2023-12-06T22:00", closesLocal: "2023-12-06T22:00", zone: "Europe/Paris" })).toEqual(closesBeforeOpens);
    // 01:59 → 03:00 across the fall-back night is 2 h 01 of real time: valid.
    expect(validateWindowConfig({ opensLocal: "2023-10-29T01:59", closesLocal: "2023-10-29T03:00", zone: "Europe/Paris" })).toMatchObject({
      ok: true,
      window: { opensAt: d("2023-10-28T23:59:00.000Z"), closesAt: d("2023-10-29T02:00:00.000Z") },
    });
  });

  it("only accepts zones from the académie list", () => {
    expect(validateWindowConfig({ opensLocal: "2023-11-06T10:00", closesLocal: "2023-12-06T22:00", zone: "Asia/Tokyo" })).toEqual({
      ok: false,
      fieldErrors: { zone: ["Choisissez un fuseau horaire dans la liste."] },
    });
  });
});

describe("independence from the process time zone", () => {
  it("uses no local-time Date getters or setters", () => {
    for (const file of ["calendar.ts", "zones.ts", "clock.ts"]) {
      const source = readFileSync(fileURLToPath(new URL(`./${file}`, import.meta.url)), "utf8");
      expect(source, file).not.toMatch(/\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset)\(/);
      expect(source, file).not.toMatch(/toLocale\w*String\(/);
    }
  });

  // Runs in a child process so TZ really differs; only its parameter and literals, so it can be serialised.
  const probe = (m: typeof calendar) => {
    const at = new Date("2023-12-01T16:00:00.000Z");
    return [
      ["2023-11-06T10:00", "2023-10-29T01:59", "2023-10-29T02:30", "2024-03-31T02:30", "2023-12-06T22:00"].map((local) =>
        ["Europe/Paris", "Pacific/Noumea", "America/Miquelon"].map((zone) => m.localToInstant(local, zone)),
      ),
      m.instantToLocal(at, "Europe/Paris"),
      m.formatInstantFr(at, "Indian/Reunion"),
      m.formatDateFr(new Date("2023-12-01T00:00:00.000Z")),
      m.formatDateTimeShortFr(at, "America/Cayenne"),
    ];
  };

  it.each(["Pacific/Kiritimati", "America/St_Johns"])("gives the same results with TZ=%s", (tz) => {
    const url = new URL("./calendar.ts", import.meta.url).href;
    const script = `const mod = await import(${JSON.stringify(url)}); const m = mod.default ?? mod;
      console.log(JSON.stringify([new Date(2023, 0, 1).getTimezoneOffset(), (${probe.toString()})(m)]));`;
    const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, TZ: tz },
      encoding: "utf8",
    });
    const [childOffset, childResults] = JSON.parse(output) as [number, unknown];
    expect(childOffset).not.toBe(0); // the child really ran outside UTC
    expect(childResults).toEqual(JSON.parse(JSON.stringify(probe(calendar))));
  });
});
