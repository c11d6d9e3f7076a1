import { describe, expect, it } from "vitest";
import { formValues, toInput } from "./form-data";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("formValues / toInput", () => {
  it("keeps single values as strings and repeated names as lists, without Next's fields", () => {
    const values = formValues(
      form([
        ["$ACTION_ID_abc", ""],
        ["lva", "Anglais"],
        ["epsActivites", "Danse"],
        ["epsActivites", "Demi-fond"],
      ]),
    );
    expect(values).toEqual({ lva: "Anglais", epsActivites: ["Danse", "Demi-fond"] });
    expect(toInput(values)).toEqual(values);
  });

  it("builds rows from indexed names, dropping holes", () => {
    const values = formValues(
      form([
        ["type", "BENEFICES_NOTES"],
        ["benefices[0].epreuveCode", "E1"],
        ["benefices[0].note", "12,5"],
        ["benefices[3].epreuveCode", "E5"],
      ]),
    );
    expect(toInput(values)).toEqual({
      type: "BENEFICES_NOTES",
      benefices: [{ epreuveCode: "E1", note: "12,5" }, { epreuveCode: "E5" }],
    });
  });

  it("ignores names it does not know how to read and cuts overlong values", () => {
    const values = formValues(form([["__proto__[0].x", "1"], ["a.b", "2"], ["adresse", "x".repeat(900)]]));
    expect(Object.keys(values)).toEqual(["adresse"]);
    expect(values.adresse).toHaveLength(500);
  });
});
