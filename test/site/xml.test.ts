import { describe, expect, test } from "vitest";
import { descendants, parseXml } from "./xml.ts";

describe("parseXml, the feeds' and sitemaps' well-formedness check", () => {
  test("reads elements, attributes, entities and CDATA", () => {
    const root = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- a feed -->\n<rss version="2.0"><channel><title>A &amp; B</title><description><![CDATA[<p>x</p>]]></description><item/><item a='1'/></channel></rss>\n`,
    );
    expect(root.name).toBe("rss");
    expect(descendants(root, "title")[0]!.text).toBe("A & B");
    expect(descendants(root, "description")[0]!.text).toBe("<p>x</p>");
    expect(descendants(root, "item").map((item) => item.attributes)).toEqual([{}, { a: "1" }]);
  });

  test.each([
    ["an unclosed element", "<a><b></b>"],
    ["a mismatched end tag", "<a><b></a></b>"],
    ["a bare ampersand", "<a>fish & chips</a>"],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["an unquoted attribute", "<a b=1></a>"],
    ["a repeated attribute", '<a b="1" b="2"></a>'],
    ["two root elements", "<a></a><b></b>"],
    ["text after the root", "<a></a>text"],
    ["no root at all", '<?xml version="1.0"?>'],
  ])("rejects %s", (_, source) => {
    expect(() => parseXml(source)).toThrow(/not well-formed XML/);
  });

  test("says where the problem is", () => {
    expect(() => parseXml("<a><b></a>")).toThrowErrorMatchingInlineSnapshot(
      `[Error: not well-formed XML at offset 6: </a> closes <b> ("</a>")]`,
    );
  });
});
