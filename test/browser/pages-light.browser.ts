import { expect, test } from "vitest";
import { everyPageIn, site } from "./every-page.ts";

test("every internal link leads to a page", () => {
  expect(site.pages).toContain("/");
  expect(site.broken).toEqual([]);
});

everyPageIn("light");
