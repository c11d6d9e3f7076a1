import { describe, expect, it } from "vitest";
import { ageOn, checkBirthDate, formatCalendarDate, parseDateFr, todayIn, type BirthDateProblem } from "./birth-date";

const TODAY = { year: 2026, month: 11, day: 22 };

describe("parseDateFr", () => {
  it.each([
    ["30/05/1998", { year: 1998, month: 5, day: 30 }],
    [" 3/5/1998 ", { year: 1998, month: 5, day: 3 }],
    ["30-05-1998", { year: 1998, month: 5, day: 30 }],
    ["30.05.1998", { year: 1998, month: 5, day: 30 }],
    ["1998-05-30", { year: 1998, month: 5, day: 30 }],
    ["31/02/2001", { year: 2001, month: 2, day: 31 }], // parsed; isRealDate refuses it
    ["30/05/98", null],
    ["30 mai 1998", null],
    ["", null],
  ])("%j → %j", (text, expected) => {
    expect(parseDateFr(text)).toEqual(expected);
  });
});

describe("checkBirthDate (real past date, age 14 to 100)", () => {
  const cases: [string, BirthDateProblem | number][] = [
    ["30/05/1998", 28],
    ["22/11/2012", 14], // 14th birthday today
    ["23/11/2012", "trop-jeune"], // 14 tomorrow
    ["22/11/1926", 100],
    ["21/11/1925", "trop-age"], // 101
    ["23/11/1925", 100], // 101 tomorrow
    ["29/02/2004", 22],
    ["29/02/2005", "inexistante"],
    ["31/04/2000", "inexistante"],
    ["00/01/2000", "inexistante"],
    ["15/13/2000", "inexistante"],
    ["22/11/2026", "future"], // today is not a past date
    ["01/01/2030", "future"],
    ["1/1/1", "format"],
    ["hier", "format"],
  ];
  it.each(cases)("%j → %j", (text, expected) => {
    const check = checkBirthDate(text, TODAY);
    if (typeof expected === "number") expect(check).toMatchObject({ ok: true, age: expected });
    else expect(check).toEqual({ ok: false, problem: expected });
  });

  it("counts a 29 February birthday on 1 March in common years", () => {
    expect(ageOn({ year: 2012, month: 2, day: 29 }, { year: 2026, month: 2, day: 28 })).toBe(13);
    expect(ageOn({ year: 2012, month: 2, day: 29 }, { year: 2026, month: 3, day: 1 })).toBe(14);
  });
});

describe("todayIn", () => {
  it("is the Paris calendar date, whatever the server's zone", () => {
    expect(todayIn(new Date("2026-11-21T23:30:00Z"))).toEqual({ year: 2026, month: 11, day: 22 });
    expect(todayIn(new Date("2026-07-21T22:30:00Z"))).toEqual({ year: 2026, month: 7, day: 22 });
  });
  it("formats as jj/mm/aaaa", () => {
    expect(formatCalendarDate({ year: 1998, month: 5, day: 3 })).toBe("03/05/1998");
  });
});
