import { describe, expect, it } from "vitest";
import { pageSlice } from "../src/jobcentre/paging.js";

describe("pageSlice", () => {
  const list = Array.from({ length: 23 }, (_, i) => i + 1);

  it("cuts a list into pages of the given size", () => {
    expect(pageSlice(list, 1, 10)).toEqual({ items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], page: 1, pages: 3 });
    expect(pageSlice(list, 3, 10)).toEqual({ items: [21, 22, 23], page: 3, pages: 3 });
  });

  it("shows the last page when the asked-for one has emptied, and one empty page for an empty list", () => {
    expect(pageSlice(list.slice(0, 20), 3, 10)).toEqual({ items: list.slice(10, 20), page: 2, pages: 2 });
    expect(pageSlice([], 2, 10)).toEqual({ items: [], page: 1, pages: 1 });
  });
});
