import { describe, expect, it } from "vitest";
import { estRevisionPerimee, lireRevision } from "./revision";

describe("lireRevision", () => {
  it.each<[unknown, number | null]>([
    ["0", 0],
    ["7", 7],
    ["123456789", 123456789],
    [0, 0],
    [42, 42],
    // Missing, empty or garbled: no revision.
    [null, null],
    [undefined, null],
    ["", null],
    [" 7", null],
    ["7 ", null],
    ["07", null],
    ["-1", null],
    ["+1", null],
    ["1e3", null],
    ["1.0", null],
    ["0x10", null],
    ["1234567890", null],
    ["sept", null],
    [-1, null],
    [1.5, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [["3"], null],
    [{ revision: 3 }, null],
  ])("reads %j as %j", (value, expected) => {
    expect(lireRevision(value)).toBe(expected);
  });
});

describe("estRevisionPerimee", () => {
  it.each<[unknown, number, boolean]>([
    // The page was drawn from the current revision: the submission may write.
    ["0", 0, false],
    ["5", 5, false],
    [5, 5, false],
    // Another tab wrote since (or, never seen, the page is ahead of the database): stale.
    ["4", 5, true],
    ["6", 5, true],
    ["0", 1, true],
    // No readable revision is never "no check".
    [null, 0, true],
    [undefined, 0, true],
    ["", 0, true],
    ["abc", 0, true],
    ["-0", 0, true],
  ])("revision %j against current %i: stale %s", (soumise, courante, perimee) => {
    expect(estRevisionPerimee(soumise, courante)).toBe(perimee);
  });
});
