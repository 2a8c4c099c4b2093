import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { Ledger } from "#engine/checks/index.ts";
import { createNotebookGlobals } from "#engine/notebook/globals.ts";
import { outputKind } from "#engine/notebook/output-kind.ts";
import { runNotebook } from "#engine/notebook/run-notebook.ts";
import { rejectedError } from "../support/thrown.ts";

// Charts are drawn inside the page's context, where a cell can change what Plot and the chart helpers do:
// whatever markup comes out, the host reads it as a browser will and refuses what a chart never draws.
const root = fileURLToPath(new URL("../..", import.meta.url));
const file = "content/filings/qfin-2024-09-27-6k/pages/99-charts.mdx";
const filing = "qfin-2024-09-27-6k";

function run(code: string) {
  const text = ["---", "title: x", "---", "", "```ts cell", code, "```"].join("\n");
  return runNotebook({
    file,
    root,
    text,
    globals: ({ locate }) => createNotebookGlobals({ file, filing, locate, ledger: new Ledger(), root }),
  });
}

/** A chart of one bar whose mark Plot's documented `render` option lets the cell change after drawing. */
const rendered = (change: string) =>
  `chart({ id: "evil", caption: "c", description: "d", data: [{ a: "x", b: 1 }], marks: [Plot.barY([{ a: "x", b: 1 }], { x: "a", y: "b", render: (index: any, scales: any, values: any, dimensions: any, context: any, next: any) => { const g = next(index, scales, values, dimensions, context); ${change}; return g; } })] })`;

test.each([
  ["an attribute name with a slash", 'g.setAttribute("x/onload", "alert(1)")', "an event handler (onload)"],
  ["an attribute name that closes the tag", 'g.setAttribute("x><script>alert(1)</script", "")', "<script>"],
  [
    "a presentation attribute with a CSS escape",
    'g.setAttribute("fill", "u\\\\72l(https://example.com/x.png)")',
    "a reference off the page (url(https://example.com/x.png) in fill)",
  ],
  [
    "a style with a CSS escape",
    'g.setAttribute("style", "color:u\\\\72l(https://example.com/x.png)")',
    "a reference off the page (url(https://example.com/x.png) in style)",
  ],
  [
    "a link made by a mark",
    'const a = context.document.createElementNS("http://www.w3.org/2000/svg", "a"); a.setAttribute("href", "javascript:alert(1)"); g.append(a)',
    "a <a> element, which charts never draw",
  ],
])("a mark's render that writes %s is refused", async (_, change, message) => {
  const error = await rejectedError(run(rendered(change)));
  expect(error.message).toContain(message);
  expect(error.location).toMatchObject({ file, line: 6 });
});

test("a patched Array.prototype.map that rewrites the markup the chart helper joins is refused", async () => {
  const error = await rejectedError(
    run(
      `const map = Array.prototype.map;\nArray.prototype.map = function (this: unknown[], ...args: any[]) { const out: any[] = map.apply(this, args as any); for (let i = 0; i < out.length; i++) if (typeof out[i]?.svg === "string") out[i] = { ...out[i], svg: out[i].svg.replace("<svg ", "<svg x=a/onload=alert(1) ") }; return out; };\n${rendered("")}`,
    ),
  );
  // Read as a browser reads it: one attribute x whose unquoted value runs to the next space.
  expect(error.message).toContain('has CSS that charts never write (x="a/onload=alert(1)")');
});

test("a mark's render that draws within what charts draw is published as a chart", async () => {
  const notebook = await run(rendered('g.setAttribute("stroke", "var(--chart-2)")'));
  expect(outputKind(notebook.cells[0]!.output).kind).toBe("chart");
});

test("Plot's warning reaches the editor in Plot's words, at the page's line", async () => {
  const error = await rejectedError(
    run(
      'chart({ id: "warned", caption: "c", description: "d", data: [{ a: "1", b: 1 }, { a: "2", b: 2 }], marks: [Plot.dot([{ a: "1", b: 1 }, { a: "2", b: 2 }], { x: "a", y: "b" })] })',
    ),
  );
  expect(error.message).toMatch(
    /^cell 1 threw RecountError: Observable Plot gave a warning while drawing chart "warned": some data associated with the x scale are strings that appear to be numbers\./,
  );
  expect(error.location).toMatchObject({ file, line: 6 });
  expect(error.hint).toBe(
    "change the chart's data or options as the warning says; a published chart carries no warning",
  );
});

/** Two rows whose x values are dates as text, which Plot warns about on an ordinal scale. */
const dateRows = 'const rows = [{ d: "2023-12-31", v: 1 }, { d: "2024-12-31", v: 2 }];';
const datesWarning =
  "some data associated with the x scale are strings that appear to be dates (e.g., YYYY-MM-DD). If these strings represent dates, you should parse them to Date objects.";

test("a cell cannot silence Plot while it draws: replacing console fails, and the chart still fails in Plot's words", async () => {
  const error = await rejectedError(
    run(
      `${dateRows}\nchart({ id: "hushed", caption: "c", description: "d", data: rows, marks: [Plot.lineY(rows, { x: (row: any) => { try { (globalThis as any).console = { warn() {} }; } catch {} return row.d; }, y: "v" })] })`,
    ),
  );
  expect(error.message).toContain(`Observable Plot gave a warning while drawing chart "hushed": ${datesWarning}`);
  expect(error.location).toMatchObject({ file, line: 7 });
});

test("a warning Plot gives outside a drawing is an error in Plot's words at its line, not a missing console", async () => {
  const error = await rejectedError(run('\nPlot.lineY([], Plot.windowY({ k: 2, shift: "centered", y: "v" }))'));
  expect(error.message).toBe(
    'cell 1 threw RecountError: Observable Plot gave a warning: the shift option is deprecated; please use anchor "middle" instead.',
  );
  expect(error.location).toMatchObject({ file, line: 7 });
  expect(error.hint).toMatch(/^change the data or options of the Plot call as the warning says/);
});

test("a warning caught before a chart does not let the chart's own drawing pass unwarned", async () => {
  // Plot gives no warning twice in a row: the warning a cell caught would be Plot's last when the chart's
  // narrowest drawing, the only one to have the fault, gives it again.
  const error = await rejectedError(
    run(
      `${dateRows}\ntry { Plot.plot({ marks: [Plot.lineY(rows, { x: "d", y: "v" })] }); } catch {}\nchart({ id: "narrow", caption: "c", description: "d", data: rows, atWidth: (width) => ({ marks: [Plot.lineY(rows, { x: width === 280 ? "d" : "v", y: "v" })] }) })`,
    ),
  );
  expect(error.message).toContain(`Observable Plot gave a warning while drawing chart "narrow": ${datesWarning}`);
  expect(error.location).toMatchObject({ file, line: 8 });
});
