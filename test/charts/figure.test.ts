import { describe, expect, it } from "vitest";
import { chart, figureHtml } from "#engine/charts/index.ts";

const attack = '<script>alert("&")</script>';

describe("figureHtml", () => {
  it("puts caption, SVG, description and data table in one figure", () => {
    const figure = figureHtml(
      chart({
        id: "ratio",
        caption: "Ratio",
        description: "Rises.",
        data: [{ period: "H1 2024", ratio: 3.4 }],
        marks: [],
      }),
    );
    expect(figure).toMatchInlineSnapshot(`
      "<figure class="chart" id="chart-ratio">
      <figcaption id="chart-ratio-caption">Ratio</figcaption>
      <div class="chart-variants">
      <svg class="plot" fill="currentColor" font-size="10" text-anchor="middle" width="280" height="78" viewBox="0 0 215 60" role="img" aria-labelledby="chart-ratio-caption" aria-describedby="chart-ratio-description" style="max-width:100%;height:auto" />
      <svg class="plot" fill="currentColor" font-size="10" text-anchor="middle" width="440" height="78" viewBox="0 0 338 60" role="img" aria-labelledby="chart-ratio-caption" aria-describedby="chart-ratio-description" style="max-width:100%;height:auto" />
      <svg class="plot" fill="currentColor" font-size="10" text-anchor="middle" width="640" height="78" viewBox="0 0 492 60" role="img" aria-labelledby="chart-ratio-caption" aria-describedby="chart-ratio-description" style="max-width:100%;height:auto" />
      </div>
      <p class="chart-description" id="chart-ratio-description">Rises.</p>
      <details class="chart-data">
      <summary>Show data</summary>
      <div class="table-scroll" tabindex="0"><table class="cards figures">
      <thead><tr><th scope="col">period</th><th scope="col" class="num">ratio</th></tr></thead>
      <tbody>
      <tr><td>H1 2024</td><td class="num" data-label="ratio">3.4</td></tr>
      </tbody>
      </table></div>
      <p><a href="ratio.csv" download="ratio.csv">Download the data (CSV)</a></p>
      </details>
      </figure>"
    `);
  });

  it("escapes the caption, the description, the labels, the data and the CSV link", () => {
    const data = [{ name: attack, value: { toString: () => "<b>1</b>" } }];
    const drawn = chart({
      id: "escaped",
      caption: attack,
      description: `${attack} & more`,
      data,
      columns: ["name", { key: "value", label: "<i>" }],
      marks: [],
    });
    const figure = figureHtml(drawn, { csvHref: '/files/"escaped".csv' });
    expect(figure).not.toMatch(/<script|<b>|<i>/);
    expect(figure).toContain(
      '<figcaption id="chart-escaped-caption">&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;</figcaption>',
    );
    expect(figure).toContain("&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt; &amp; more</p>");
    expect(figure).toContain('<th scope="col" class="num">&lt;i&gt;</th>');
    expect(figure).toContain('<td class="num" data-label="&lt;i&gt;">&lt;b&gt;1&lt;/b&gt;</td>');
    expect(figure).toContain('href="/files/&quot;escaped&quot;.csv"');
  });

  it("links the CSV file next to the page unless told where it is", () => {
    const drawn = chart({ id: "linked", caption: "Linked", description: "A link.", data: [], marks: [] });
    expect(figureHtml(drawn)).toContain('<a href="linked.csv" download="linked.csv">');
    expect(figureHtml(drawn, { csvHref: "/data/linked.csv" })).toContain(
      '<a href="/data/linked.csv" download="linked.csv">',
    );
  });
});
