import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { serialize } from "#engine/charts/serialize.ts";

const { document } = parseHTML("<html><body></body></html>");
const svgNamespace = "http://www.w3.org/2000/svg";

function svg(name: string, attributes: Record<string, string> = {}, ...children: (Element | string)[]): Element {
  const element = document.createElementNS(svgNamespace, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

describe("serialize", () => {
  it("writes attributes in the order they were set, escaped", () => {
    expect(serialize(svg("rect", { x: "1", y: "2", width: "3", fill: 'a"<&' }))).toBe(
      '<rect x="1" y="2" width="3" fill="a&quot;&lt;&amp;" />',
    );
  });

  it("puts child elements on lines of their own, but not inside text, where whitespace shows", () => {
    const text = svg("text", {}, svg("tspan", { x: "0" }, "Net < new"), svg("tspan", { x: "0" }, "provisions"));
    expect(serialize(svg("g", {}, svg("line"), text))).toBe(
      '<g>\n<line />\n<text><tspan x="0">Net &lt; new</tspan><tspan x="0">provisions</tspan></text>\n</g>',
    );
  });

  it("closes empty HTML elements with an end tag", () => {
    const div = document.createElement("div");
    div.append(document.createElement("span"), svg("svg", { width: "15" }, svg("rect")));
    expect(serialize(div)).toBe('<div>\n<span></span>\n<svg width="15">\n<rect />\n</svg>\n</div>');
  });
});
