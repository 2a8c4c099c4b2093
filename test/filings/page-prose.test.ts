import { describe, expect, it } from "vitest";
import { proseErrors } from "#engine/page/markup.ts";

const page = (body: string) => `---\ntitle: x\norder: 1\ndescription: x\n---\n\n${body}\n`;
const messages = (body: string) =>
  proseErrors(page(body), "p.mdx").map((error) => `${error.location!.line}: ${error.message}`);

describe("proseErrors", () => {
  it("accepts web, mail, site and section links, and cells at the top level", () => {
    expect(
      messages(
        "[a](https://www.sec.gov/x) [b](http://x.org) [c](/filings/x/) [d](#totals) [e](mailto:a@b.org) [f](../ledger/)\n\n```ts cell\n1\n```",
      ),
    ).toEqual([]);
  });

  it("refuses scripts and handlers in any case, and addresses with a scheme browsers would run", () => {
    expect(
      messages(
        '<SCRIPT>x</SCRIPT>\n\n<div onClick="x">y</div>\n\n[a](JavaScript:x) [b](data:text/html,x) [c](vbscript:x)',
      ),
    ).toEqual([
      "7: a <script> element in the prose would run in readers' browsers",
      "9: the attribute onClick= on <div> would run JavaScript in readers' browsers",
      '11: the link "JavaScript:x" is not a web address',
      '11: the link "data:text/html,x" is not a web address',
      '11: the link "vbscript:x" is not a web address',
    ]);
  });

  it("refuses a cell nested in other markup, where it would not run as one", () => {
    expect(messages("1. a step\n\n   ```ts cell\n   1\n   ```\n\n<div>\n\n```ts cell\n2\n```\n\n</div>")).toEqual([
      "9: this cell is inside a list item, where it would be shown as code and never run",
      "15: this cell is inside another element, where it would be shown as code and never run",
    ]);
  });

  it("refuses import and export lines: they would run in the build", () => {
    expect(
      messages('import { readFileSync } from "node:fs"\nexport const x = readFileSync("/etc/passwd")\n\nText.'),
    ).toEqual(["7: an import or export line would run in the build, with access to its files and environment"]);
  });

  it("allows in {…} a name with its path, a literal or a comment, and nothing that computes", () => {
    expect(messages('{revenue} {revenue.printed} {"text"} {150} {/* note */}')).toEqual([]);
    expect(messages("{process.env.HOME}\n\n{a()} {a[0]} {`x${y}`} {a, b} {(() => 1)()}\n\n{x}) + (y")).toEqual([
      // A name's path is allowed here; whether it is a cell's name is judged once the cells have run.
      "9: {a()} is code, which a page's prose may not run",
      "9: {a[0]} is code, which a page's prose may not run",
      "9: {`x${y}`} is code, which a page's prose may not run",
      "9: {a, b} is code, which a page's prose may not run",
      "9: {(() => 1)()} is code, which a page's prose may not run",
    ]);
  });

  it("allows only literal props, and refuses set:html, spreads, classes and styles", () => {
    expect(
      messages('<Fact id="a" /> <AsCharacterised by={"the report"}>x</AsCharacterised> <td colspan={2}>x</td>'),
    ).toEqual([]);
    expect(
      messages(
        '<Fact id={x} />\n\n<q {...x}>y</q>\n\n<Fragment set:html={"<b>"} />\n\n<span class="badge exact">exact</span>\n\n<a className="fact" style="color:red" href="/x">1</a>',
      ),
    ).toEqual([
      "7: id={x} on <Fact> is code; a prop is a literal",
      "9: <q {...x}> spreads code into the element's props",
      "11: <Fragment> is the site's code, whose set:html inserts HTML no check reads",
      "13: class= on <span> would restyle the page: a class or style can dress words as a disclosed figure or a badge",
      "15: className= on <a> would restyle the page: a class or style can dress words as a disclosed figure or a badge",
      "15: style= on <a> would restyle the page: a class or style can dress words as a disclosed figure or a badge",
    ]);
  });

  it("refuses every element that runs, loads, styles or embeds, in any case, and unknown attributes", () => {
    expect(
      messages(
        [
          '<style>{"a{}"}</style>',
          '<meta http-equiv="refresh" content="0;url=https://x.org" />',
          '<IFRAME src="https://x.org" />',
          '<link rel="stylesheet" href="https://x.org/a.css" />',
          '<object data="x" />',
          '<embed src="x" />',
          '<svg><a><animate attributeName="href" to="javascript:alert(1)" /></a></svg>',
          '<set attributeName="href" to="javascript:x" />',
          '<a ping="https://x.org" href="/">x</a>',
          "<constructor />",
        ].join("\n\n"),
      ),
    ).toEqual([
      "7: a <style> element would restyle the site, and could dress words as a verified figure",
      "9: a <meta> element could send readers to another site (a refresh) or change how the page is read",
      "11: an <iframe> would show another site inside the page",
      "13: a <link> element would load a file from elsewhere into the page",
      "15: an <object> would embed content from elsewhere into the page",
      "17: an <embed> would embed content from elsewhere into the page",
      "19: inline SVG can run or animate links; a chart is drawn by a cell's chart()",
      "19: an SVG <animate> can set a link to JavaScript",
      "21: an SVG <set> can set a link to JavaScript",
      "23: the attribute ping= is not one <a> may have in a page",
      "25: <constructor> is not an element a page may hold",
    ]);
  });

  it("reads addresses as browsers do, entities and controls included, and loads images only from the site", () => {
    expect(
      messages('<a href="/x">a</a> <a href="mailto:a@b.org">b</a> ![c](/images/c.png) <img src="c.png" alt="" />'),
    ).toEqual([]);
    expect(
      messages(
        '<a href="jav&#x61;script:x">a</a> <a href=" &#9;java&#10;script:x">b</a> <q cite="data:x">c</q>\n\n![d](https://x.org/d.png) <img src="//x.org/e.png" alt="" /> <img src="/\\x.org/f.png" alt="" />\n\n![g][h]\n\n[h]: https://x.org/g.png',
      ),
    ).toEqual([
      '7: the address "javascript:x" of href= on <a> is not a web address',
      '7: the address " \\tjava\\nscript:x" of href= on <a> is not a web address',
      '7: the address "data:x" of cite= on <q> is not a web address',
      '9: the image "https://x.org/d.png" would be loaded from outside the site',
      '9: the image "//x.org/e.png" would be loaded from outside the site',
      '9: the image "/\\\\x.org/f.png" would be loaded from outside the site',
      '11: the image "https://x.org/g.png" would be loaded from outside the site',
    ]);
  });

  it("reads a page nested thousands deep without overflowing the stack", () => {
    expect(messages(`${"> ".repeat(5000)}<script />`)).toHaveLength(1);
  });

  it("refuses a line of prose too long for the parser to read in good time, before parsing it", () => {
    const started = performance.now();
    expect(messages(`<abbr title="${"<!--x".repeat(200_000)}">x</abbr>`)).toEqual([
      "7: line 7 of the prose is 1,000,023 characters long, more than 1,000",
    ]);
    expect(performance.now() - started).toBeLessThan(5_000);
    // Code and frontmatter are read in linear time whatever their lines.
    expect(messages(`\`\`\`ts cell\n"${"<{".repeat(100_000)}"\n\`\`\``)).toEqual([]);
  });
});
