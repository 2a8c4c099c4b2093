// Synthetic content for the benchmarks: filings whose pages each check rows of a segments table and draw two
// charts, written twice — as Recount notebooks over facts, and as the plain MDX a site without Recount would
// have, with the same figures typed in and Plot called directly.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface SyntheticOptions {
  readonly filings: number;
  readonly pagesPerFiling: number;
  /** Each row of a page is checked five ways. */
  readonly rowsPerPage: number;
  /** Whether each page also draws its two charts (the default), or only checks. */
  readonly charts?: boolean;
}

/** One row of a filing's segments table: loans and fees make the total; loans' share printed to 0.1 %. */
interface Row {
  readonly n: number;
  readonly loans: number;
  readonly fees: number;
  readonly total: number;
  readonly share: string;
}

const grouped = new Intl.NumberFormat("en-US");

function row(n: number): Row {
  const loans = 1_000 + ((n * 7_919) % 9_000);
  const fees = 500 + ((n * 104_729) % 4_000);
  const total = loans + fees;
  return { n, loans, fees, total, share: (Math.round((1_000 * loans) / total) / 10).toFixed(1) };
}

/** A year of made-up monthly figures around a row's total, for the line chart: drawn, not checked. */
function months({ total }: Row): { month: number; value: number }[] {
  return Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    value: Math.round((total / 12) * (1 + 0.1 * Math.sin(i + total))),
  }));
}

/** The rows 1 to `count`, as the bench's filings print them. */
export function rowsOf(count: number): Row[] {
  return Array.from({ length: count }, (_, i) => row(i + 1));
}

const filingId = (f: number) => `synthetic-${String(f).padStart(3, "0")}-2024-03-28-20f`;
const pageName = (p: number) => `${String(p).padStart(3, "0")}-segments-${p}`;

/** The rows of page `p` (from 1) of a filing. */
function pageRows(p: number, { rowsPerPage }: SyntheticOptions): Row[] {
  return Array.from({ length: rowsPerPage }, (_, i) => row((p - 1) * rowsPerPage + i + 1));
}

const prose =
  "The release breaks revenues down by segment. Each segment earns loan facilitation revenues and platform fees; " +
  "the table gives both, their total, and the share of loans in it. The figures below are read from the table.";

/** Writes `content/filings/<id>/` for each synthetic filing under `root`. */
export async function writeRecountContent(root: string, options: SyntheticOptions): Promise<void> {
  for (let f = 1; f <= options.filings; f++) {
    const dir = join(root, "content/filings", filingId(f));
    await mkdir(join(dir, "pages"), { recursive: true });
    const rows = Array.from({ length: options.pagesPerFiling }, (_, p) => pageRows(p + 1, options)).flat();
    await writeFile(join(dir, "filing.yaml"), filingYaml());
    await writeFile(join(dir, "source.txt"), sourceText(rows));
    await writeFile(join(dir, "facts.yaml"), factsYaml(rows));
    for (let p = 1; p <= options.pagesPerFiling; p++)
      await writeFile(join(dir, "pages", `${pageName(p)}.mdx`), notebookPage(p, pageRows(p, options), options));
  }
}

function filingYaml(): string {
  return [
    "issuer: Synthetic Holdings, Inc.",
    'tickers: ["NASDAQ: SYNT"]',
    "form: 20-F",
    "filed: 2024-03-28",
    "title: Synthetic Holdings' segment revenues",
    "summary: A made-up filing for the benchmarks, with a table of segment revenues that its pages check and draw.",
    "",
  ].join("\n");
}

function sourceText(rows: readonly Row[]): string {
  const lines = rows.map(
    ({ n, loans, fees, total, share }) =>
      `Segment ${n}\t${grouped.format(loans)}\t${grouped.format(fees)}\t${grouped.format(total)}\t${share}%`,
  );
  return `Synthetic Holdings, Inc. reports the revenues of its segments for 2023.\n\n(RMB in millions)\tLoans\tFees\tTotal\tLoans share\n${lines.join("\n")}\n`;
}

/** A facts file for `rows`: four facts a row, read from the segments table. */
export function factsYaml(rows: readonly Row[]): string {
  const columns = [
    ["loans", "Loans"],
    ["fees", "Fees"],
    ["total", "Total"],
    ["share", "Loans share"],
  ];
  const facts = rows.flatMap(({ n }) =>
    columns.map(
      ([key, column]) =>
        `  - id: segment-${n}.${key}\n    label: Segment ${n}, ${column!.toLowerCase()}\n    period: FY2023\n    cell: { table: segments, row: Segment ${n}, column: ${column} }`,
    ),
  );
  return [
    "tables:",
    "  - id: segments",
    "    header: (RMB in millions)",
    "facts:",
    ...facts,
    "ignore:",
    "  - pattern: '\\b2023\\b'",
    "    reason: the year",
    "  - pattern: 'Segment \\d+'",
    "    reason: names of segments",
    "",
  ].join("\n");
}

function frontmatter(p: number): string {
  return `---\ntitle: Segments, part ${p}\norder: ${p}\ndescription: Segment revenues checked five ways and drawn twice.\n---\n`;
}

function notebookPage(p: number, rows: readonly Row[], { charts = true }: SyntheticOptions): string {
  return `${frontmatter(p)}
## The segments

${prose}

\`\`\`ts cell caption="The checks"
const rows = [${rows.map(({ n }) => n).join(", ")}].map((n) => ({
  n,
  loans: fact(\`segment-\${n}.loans\`),
  fees: fact(\`segment-\${n}.fees\`),
  total: fact(\`segment-\${n}.total\`),
  loansShare: fact(\`segment-\${n}.share\`),
}));
rows.flatMap(({ n, loans, fees, total, loansShare }) => [
  sumsTo(\`segment-\${n}.parts-make-total\`, [loans, fees], total, { label: \`Segment \${n}: loans and fees make the total\` }),
  check(\`segment-\${n}.fees-are-the-rest\`, sub(total, loans), fees, { label: \`Segment \${n}: fees are the total less loans\` }),
  check(\`segment-\${n}.share-of-parts\`, share(loans, [loans, fees]), loansShare, { label: \`Segment \${n}: loans' share of the parts\` }),
  check(\`segment-\${n}.share-of-total\`, share(loans, total), loansShare, { label: \`Segment \${n}: loans' share of the total\` }),
  direction(\`segment-\${n}.total-exceeds-loans\`, loans, total, "increase", { label: \`Segment \${n}: the total exceeds loans\` }),
])
\`\`\`
${charts ? drawnCells(rows) : ""}`;
}

/** Two cells drawing a page's rows: a bar chart of its segments and a line of made-up months. */
function drawnCells(rows: readonly Row[]): string {
  return `
## Drawn

\`\`\`ts cell hide
const bars = rows.flatMap(({ n, loans, fees }) => [
  { segment: \`Segment \${n}\`, kind: "Loans", value: plotValue(loans, "million") },
  { segment: \`Segment \${n}\`, kind: "Fees", value: plotValue(fees, "million") },
]);
chart({
  id: "revenues",
  caption: "Revenues by segment (RMB millions)",
  description: "Loans and fees of each segment, side by side.",
  data: bars,
  marks: [Plot.barY(bars, { x: "segment", y: "value", fill: "kind" }), Plot.ruleY([0])],
})
\`\`\`

\`\`\`ts cell hide
const monthly = ${JSON.stringify(months(rows[0]!))};
chart({
  id: "monthly",
  caption: "Monthly revenues, illustrated (RMB millions)",
  description: "A made-up year of monthly revenues around the first segment's total.",
  data: monthly,
  marks: [Plot.lineY(monthly, { x: "month", y: "value" }), Plot.dot(monthly, { x: "month", y: "value" }), Plot.ruleY([0])],
})
\`\`\`
`;
}

/**
 * Writes a plain Astro project's own files under `root`: the same pages as MDX with the figures typed in
 * and Plot called directly, a content collection and one route, as a site without Recount would have.
 */
export async function writePlainProject(root: string, options: SyntheticOptions): Promise<void> {
  const files: Record<string, string> = {
    "astro.config.mjs": `import { defineConfig } from "astro/config";\nimport mdx from "@astrojs/mdx";\n\nexport default defineConfig({ site: "https://plain.example", trailingSlash: "always", integrations: [mdx()] });\n`,
    "src/content.config.ts": `import { defineCollection } from "astro:content";\nimport { z } from "astro/zod";\nimport { glob } from "astro/loaders";\n\nconst pages = defineCollection({\n  loader: glob({ pattern: "**/*.mdx", base: "./content" }),\n  schema: z.object({ title: z.string(), order: z.number(), description: z.string() }),\n});\n\nexport const collections = { pages };\n`,
    "src/plot.ts": `import * as Plot from "@observablehq/plot";\nimport { parseHTML } from "linkedom";\n\nconst { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");\n\n/** A Plot chart as SVG markup. */\nexport function svg(options: Plot.PlotOptions): string {\n  return (Plot.plot({ ...options, document }) as unknown as Element).outerHTML;\n}\n\nexport { Plot };\n`,
    "src/pages/[...page].astro": `---\nimport { getCollection, render } from "astro:content";\n\nexport async function getStaticPaths() {\n  return (await getCollection("pages")).map((entry) => ({ params: { page: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en">\n  <head><meta charset="utf-8" /><title>{entry.data.title}</title><meta name="description" content={entry.data.description} /></head>\n  <body><main><h1>{entry.data.title}</h1><Content /></main></body>\n</html>\n`,
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(root, file, ".."), { recursive: true });
    await writeFile(join(root, file), text);
  }
  for (let f = 1; f <= options.filings; f++) {
    const dir = join(root, "content", filingId(f));
    await mkdir(dir, { recursive: true });
    for (let p = 1; p <= options.pagesPerFiling; p++)
      await writeFile(join(dir, `${pageName(p)}.mdx`), plainPage(p, pageRows(p, options)));
  }
}

function plainPage(p: number, rows: readonly Row[]): string {
  const json = JSON.stringify;
  return `${frontmatter(p)}
import { Plot, svg } from "../../src/plot.ts";

export const rows = ${json(rows.map(({ n, loans, fees, total, share }) => ({ n, loans, fees, total, share: Number(share) })))};
export const sums = rows.map(({ loans, fees }) => loans + fees);
export const rests = rows.map(({ total, loans }) => total - loans);
export const shares = rows.map(({ loans, fees }) => (100 * loans) / (loans + fees));
export const sharesOfTotal = rows.map(({ loans, total }) => (100 * loans) / total);
export const rises = rows.map(({ loans, total }) => total > loans);
export const bars = rows.flatMap(({ n, loans, fees }) => [{ segment: \`Segment \${n}\`, kind: "Loans", value: loans }, { segment: \`Segment \${n}\`, kind: "Fees", value: fees }]);
export const monthly = ${json(months(rows[0]!))};

## The segments

${prose}

Loans and fees come to {sums.join(", ")}; the total less loans is {rests.join(", ")}; loans are
{shares.map((share) => share.toFixed(1)).join(", ")}% of the parts and {sharesOfTotal.map((share) => share.toFixed(1)).join(", ")}% of the
total, which exceeds loans: {rises.join(", ")}.

## Drawn

<figure><figcaption>Revenues by segment (RMB millions)</figcaption><Fragment set:html={svg({ width: 480, marks: [Plot.barY(bars, { x: "segment", y: "value", fill: "kind" }), Plot.ruleY([0])] })} /></figure>

<figure><figcaption>Monthly revenues, illustrated (RMB millions)</figcaption><Fragment set:html={svg({ width: 480, marks: [Plot.lineY(monthly, { x: "month", y: "value" }), Plot.dot(monthly, { x: "month", y: "value" }), Plot.ruleY([0])] })} /></figure>
`;
}
