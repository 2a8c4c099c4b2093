import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** WCAG 2.2 level AA, with the 2.0 and 2.1 rules it builds on. */
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * The rules of those levels whose outcome depends on colours: all that can change between colour schemes,
 * since the dark scheme sets colours and nothing else (test/site/contrast.test.ts holds it to that).
 */
export const colourRules = ["color-contrast", "link-in-text-block"];

/**
 * axe-core's violations on the page as it is now, one line per offending element, saying what and why:
 * every rule of WCAG 2.2 AA, or only `rules`.
 */
export async function accessibilityViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules([...rules]) : builder.withTags(tags)).analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const why = [...node.any, ...node.all, ...node.none].map((check) => check.message).join("; ");
      return `${violation.id} (${violation.impact}) at ${node.target.join(" ")}: ${why || violation.help}`;
    }),
  );
}
