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
});
