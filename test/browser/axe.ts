import axeCore from "axe-core";
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
 *
 * axe runs in the page itself and only its violations leave it. @axe-core/playwright took four times as
 * long for the same verdict: it finishes each run in a second, blank page (for cross-origin frames, which
 * these pages have none of), and builds a selector for every element that passed, then sends them all here.
 */
export async function accessibilityViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  await page.evaluate(axeCore.source);
  return page.evaluate(
    async ({ tags, rules }) => {
      // What axe.source defined in the page: the same module as the one imported here.
      const { axe } = window as unknown as { axe: typeof axeCore };
      const { violations } = await axe.run(document, {
        runOnly: rules ? { type: "rule", values: [...rules] } : { type: "tag", values: tags },
        // Every violation in full; what passed is not reported, so axe need not describe it.
        resultTypes: ["violations"],
      });
      return violations.flatMap((violation) =>
        violation.nodes.map((node) => {
          const why = [...node.any, ...node.all, ...node.none].map((check) => check.message).join("; ");
          return `${violation.id} (${violation.impact}) at ${node.target.join(" ")}: ${why || violation.help}`;
        }),
      );
    },
    { tags, rules },
  );
}
