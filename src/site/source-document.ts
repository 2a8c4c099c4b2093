import type { Fact, SourceSpan } from "#engine/facts/fact.ts";
import { plain } from "#engine/facts/plain.ts";

/** A run of a paragraph: plain text, a disclosed number, or a fact's quote holding some of both. */
export type Inline =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "fact"; readonly fact: Fact; readonly text: string }
  | { readonly kind: "quote"; readonly children: readonly Inline[] };

export type Block =
  | { readonly kind: "paragraph"; readonly line: number; readonly children: readonly Inline[] }
  | { readonly kind: "table"; readonly line: number; readonly rows: readonly (readonly (readonly Inline[])[])[] };

/**
 * The filing's text as a document to read, with every registered fact marked where it is printed and the
 * passage it is quoted from around it, like an inline-XBRL viewer. Blocks are the source's paragraphs; runs
 * of tab-separated lines are tables.
 */
export function sourceDocument(raw: string, facts: readonly Fact[]): Block[] {
  return blocks(raw).map(({ start, end, line }) => {
    const lines = raw.slice(start, end).split("\n");
    if (lines.every((text) => text.includes("\t"))) {
      let offset = start;
      const rows = lines.map((text) => {
        const rowStart = offset;
        offset += text.length + 1;
        let cellStart = rowStart;
        return text.split("\t").map((cell) => {
          const cellEnd = cellStart + cell.length;
          const inlines = inline(raw, cellStart, cellEnd, facts, []);
          cellStart = cellEnd + 1;
          return inlines;
        });
      });
      return { kind: "table", line, rows };
    }
    return { kind: "paragraph", line, children: inline(raw, start, end, facts, quotes(facts, start, end)) };
  });
}

/** The non-blank runs of lines, with their raw offsets and first line. */
function blocks(raw: string): { start: number; end: number; line: number }[] {
  const found: { start: number; end: number; line: number }[] = [];
  let offset = 0;
  let line = 1;
  for (const chunk of raw.split(/(\n[ \t]*\n+)/)) {
    if (chunk.trim() && !/^\n[ \t]*\n+$/.test(chunk)) {
      const lead = chunk.length - chunk.trimStart().length;
      found.push({
        start: offset + lead,
        end: offset + chunk.trimEnd().length,
        line: line + (chunk.slice(0, lead).match(/\n/g)?.length ?? 0),
      });
    }
    offset += chunk.length;
    line += chunk.match(/\n/g)?.length ?? 0;
  }
  return found;
}

/** The quote spans inside [start, end), one per passage, leaving out any that overlaps an earlier one. */
function quotes(facts: readonly Fact[], start: number, end: number): SourceSpan[] {
  const inside = facts
    .map((fact) => fact.quoteSpan)
    .filter((span) => span.start >= start && span.end <= end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SourceSpan[] = [];
  for (const span of inside)
    if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  return kept;
}

function inline(
  raw: string,
  start: number,
  end: number,
  facts: readonly Fact[],
  spans: readonly SourceSpan[],
): Inline[] {
  const runs: Inline[] = [];
  let at = start;
  for (const span of spans) {
    runs.push(...numbers(raw, at, span.start, facts), {
      kind: "quote",
      children: numbers(raw, span.start, span.end, facts),
    });
    at = span.end;
  }
  runs.push(...numbers(raw, at, end, facts));
  return runs.filter((run) => run.kind !== "text" || run.text);
}

function numbers(raw: string, start: number, end: number, facts: readonly Fact[]): Inline[] {
  const runs: Inline[] = [];
  let at = start;
  for (const fact of facts
    .filter(({ span }) => span.start >= start && span.end <= end)
    .sort((a, b) => a.span.start - b.span.start)) {
    if (fact.span.start < at) continue;
    runs.push(text(raw, at, fact.span.start), {
      kind: "fact",
      fact,
      text: plain(raw.slice(fact.span.start, fact.span.end)).text,
    });
    at = fact.span.end;
  }
  runs.push(text(raw, at, end));
  return runs;
}

function text(raw: string, start: number, end: number): Inline {
  // Links in the Markdown-ish source read as their text.
  return {
    kind: "text",
    text: plain(raw.slice(start, end))
      .text.replace(/\[([^\]]*)\]\(#\)/g, "$1")
      .replace(/<(https?:[^>]+)>/g, "$1"),
  };
}
