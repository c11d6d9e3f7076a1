import { describe, expect, it } from "vitest";
import { formDataOf, previousOf } from "./action-input";

describe("action arguments forged by a direct POST", () => {
  it("keep the submission counter of a real state, and start from 0 otherwise", () => {
    expect(previousOf({ n: 3, formError: "x" })).toEqual({ n: 3 });
    for (const forged of [null, undefined, 3, "état", [], { n: "3" }, { n: -1 }, { n: 1.5 }, { n: Number.MAX_VALUE }]) expect(previousOf(forged)).toEqual({ n: 0 });
  });
  it("read a FormData as it is and anything else as an empty submission", () => {
    const posted = new FormData();
    posted.set("email", "a@example.fr");
    expect(formDataOf(posted)).toBe(posted);
    for (const forged of [null, 3, "email=a@example.fr", { email: "a@example.fr" }, [["email", "a"]]]) expect([...formDataOf(forged).keys()]).toEqual([]);
  });
});
