import { expect, test } from "vitest";
import { headProperties } from "#build/cards/page-head.ts";

test("a page's head properties are read as a browser reads the head, and nothing after it", () => {
  const html = [
    "<!doctype html><html><head>",
    '<meta property="og:title" content="Leverage &amp; provisions">',
    '<!-- <meta property="og:description" content="a comment"> -->',
    '<script>const x = \'<meta property="og:description" content="a script">\';</script>',
    "<meta property=og:url content=https://recount.example/filings/x/>",
    '<meta property="og:title" content="a second title">',
    "</head><body>",
    '<meta property="og:description" content="in the body">',
    "</body></html>",
  ].join("\n");
  expect(Object.fromEntries(headProperties(html))).toEqual({
    "og:title": "Leverage & provisions",
    "og:url": "https://recount.example/filings/x/",
  });
});
