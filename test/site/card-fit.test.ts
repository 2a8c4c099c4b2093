import { expect, test } from "vitest";
import { renderCard } from "#build/cards/draw-card.ts";
import { cardFor } from "#build/cards/social-card.ts";
import { createChecks, Ledger } from "#engine/checks/index.ts";
import { notVerifiable } from "#engine/checks/labels.ts";
import { siteDescription, siteName } from "#engine/findings/about.ts";
import type { RecountError } from "#engine/diagnostics/recount-error.ts";
import type { Report } from "#engine/verify/verify.ts";
import { fact } from "../checks/quantities.ts";

// A report of one page with two checks and two statements it cannot verify, as the ledger and notebooks hold them.
const file = "content/filings/test/pages/01-page.mdx";
const ledger = new Ledger();
const checks = createChecks({ ledger, filing: "test", locate: () => ({ file, line: 3 }) });
checks.sumsTo("sum", [fact("100"), fact("200")], fact("300"), { label: "Sum" });
checks.direction("fell", fact("400", { line: 2 }), fact("350", { line: 3 }), "decrease", { label: "Fell" });
const statement = (n: number) => ({
  options: { finding: false, caption: undefined },
  output: notVerifiable(`statement ${n}`, "the filing gives no figure for it"),
});
const report = {
  filings: [],
  ledger,
  notebooks: [{ file, filing: "test", slug: "page", cells: [statement(1), statement(2)] }],
  errors: [],
  facts: [],
} as unknown as Report;

test("the home card says what could not be verified, from the ledger, and its text fits the card", async () => {
  const card = cardFor(report, { path: "/", title: siteName, description: siteDescription });
  expect(card.tally).toBe("2 checks, all hold · 2 statements not verifiable from the disclosures");
  // Measured by satori: this throws when the text needs more height than the card has.
  const png = await renderCard(card, "/");
  expect(png.subarray(1, 4).toString()).toBe("PNG");
});

test("a card whose text would be cut off fails, naming the page and the height it needs", async () => {
  const card = cardFor(report, {
    path: "/",
    title: "A title far too long for a social card, which runs on and on over four lines and more ".repeat(2),
    description: siteDescription,
  });
  const error = await renderCard(card, "/x/", "x.mdx").then(
    () => undefined,
    (error: unknown) => error as RecountError,
  );
  expect(error?.message).toMatch(/^the social card of \/x\/ does not fit its text: it needs \d+ px of the card's 630/);
  expect(error?.location).toEqual({ file: "x.mdx", line: 1 });
});
