import { jsx } from "astro/jsx-runtime";
import AnchoredHeading from "./AnchoredHeading.astro";
import AsCharacterised from "./AsCharacterised.astro";
import ClaimsTable from "./ClaimsTable.astro";
import CrossFilingChecks from "./CrossFilingChecks.astro";
import Fact from "./Fact.astro";
import WideTable from "./WideTable.astro";

type Props = Record<string, unknown>;

/**
 * A table cell whose column Markdown aligns (`---:`) gets a class instead of an inline style: a
 * right-aligned column holds figures (`.num`), and a figure printed in parentheses is a negative one,
 * whose closing parenthesis hangs past the column of digits.
 */
function cell(tag: "th" | "td") {
  return ({ style, ...props }: Props) => {
    const align = (style as { textAlign?: string } | undefined)?.textAlign;
    if (!align) return jsx(tag, props);
    // The children arrive rendered, as HTML.
    const negative = /^\(.*\)$/.test(String(props.children ?? "").trim());
    return jsx(tag, { ...props, class: align === "right" ? (negative ? "num negative" : "num") : align });
  };
}

/**
 * How Recount renders MDX elements, passed as `<Content components={mdxComponents} />` or exported as
 * `components` from an MDX page: headings get a "#" link to themselves, tables scroll sideways on
 * narrow screens instead of widening the page, and figures line up. MDX gives an override only its
 * props, so the heading level is bound here.
 */
export const mdxComponents = {
  h2: (props: Props) => jsx(AnchoredHeading, { ...props, level: 2 }),
  h3: (props: Props) => jsx(AnchoredHeading, { ...props, level: 3 }),
  table: WideTable,
  th: cell("th"),
  td: cell("td"),
  Fact,
  ClaimsTable,
  AsCharacterised,
  CrossFilingChecks,
};
