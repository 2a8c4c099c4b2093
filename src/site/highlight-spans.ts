import type { NameClasses } from "./highlight-names.ts";

/** What a highlighted token is, as the `tok-…` class of its span; notebook.css colours each. */
export type TokenClass =
  "keyword" | "string" | "regexp" | "number" | "constant" | "comment" | "function" | "type" | "property";

/** One of Babel's tokens; with `tokens: true` they include the comments, whose type is a plain string. */
export interface Token {
  readonly type: string | { readonly label: string; readonly keyword?: string };
  readonly start: number;
  readonly end: number;
  readonly value?: unknown;
}

/** A stretch of code in one colour: one token, or several of one class that touch. */
export interface Span {
  readonly kind: TokenClass;
  readonly start: number;
  end: number;
}

/**
 * Words that Babel tokenizes as names, and that are keywords wherever the syntax tree has no identifier for
 * them (`type` in `type K = …` but not in `{ type: 1 }`, `as` in `x as T` but not in `const as = 1`).
 */
const contextualKeywords = new Set([
  "abstract",
  "accessor",
  "as",
  "asserts",
  "async",
  "await",
  "declare",
  "enum",
  "from",
  "get",
  "global",
  "implements",
  "infer",
  "interface",
  "is",
  "keyof",
  "let",
  "module",
  "namespace",
  "of",
  "out",
  "override",
  "private",
  "protected",
  "public",
  "readonly",
  "satisfies",
  "set",
  "static",
  "type",
  "unique",
  "using",
  "yield",
]);

/** The coloured stretches of a parsed cell, in order; uncoloured tokens are left out. */
export function tokenSpans(tokens: readonly Token[], names: NameClasses): Span[] {
  const spans: Span[] = [];
  for (const token of tokens) {
    const kind = tokenClass(token, names);
    if (kind === undefined) continue;
    const last = spans.at(-1);
    // A template literal's quotes and text are tokens of their own.
    if (last?.kind === kind && last.end === token.start) last.end = token.end;
    else spans.push({ kind, start: token.start, end: token.end });
  }
  return spans;
}

function tokenClass({ type, start, value }: Token, { classes, identifiers }: NameClasses): TokenClass | undefined {
  const name = classes.get(start);
  if (name !== undefined) return name;
  switch (typeof type === "string" ? type : type.label) {
    case "CommentLine":
    case "CommentBlock":
      return "comment";
    case "string":
    case "`":
    case "template":
      return "string";
    case "regexp":
      return "regexp";
    case "num":
    case "bigint":
    case "decimal":
      return "number";
    case "true":
    case "false":
    case "null":
    case "this":
      return "constant";
    case "name":
      return contextualKeywords.has(value as string) && !identifiers.has(start) ? "keyword" : undefined;
    default:
      return typeof type !== "string" && type.keyword !== undefined ? "keyword" : undefined;
  }
}
