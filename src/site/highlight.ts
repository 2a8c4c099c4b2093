import { parse } from "@babel/parser";
import { escapeHtml } from "#engine/text/escape.ts";
import { nameClasses } from "./highlight-names.ts";
import { type Span, type Token, tokenSpans } from "./highlight-spans.ts";

/**
 * TypeScript as the inner HTML of a `<code>`: the code escaped, the tokens with a colour in
 * `<span class="tok-…">`s, and nothing else added, so the text is exactly the code. The colours come from
 * Babel's tokens and syntax tree, at a fraction of the cost of a TextMate grammar; code Babel cannot parse
 * is shown escaped and uncoloured.
 */
export function highlightTypeScript(code: string): string {
  let spans: Span[];
  try {
    const { tokens, program } = parse(code, {
      sourceType: "module",
      plugins: ["typescript"],
      tokens: true,
      errorRecovery: true,
    });
    spans = tokenSpans(tokens as Token[], nameClasses(program, code));
  } catch {
    // A syntax error Babel cannot recover from, or a syntax tree too deep to walk.
    return escapeHtml(code);
  }
  let html = "";
  let at = 0;
  for (const { kind, start, end } of spans) {
    html += `${escapeHtml(code.slice(at, start))}<span class="tok-${kind}">${escapeHtml(code.slice(start, end))}</span>`;
    at = end;
  }
  return html + escapeHtml(code.slice(at));
}
