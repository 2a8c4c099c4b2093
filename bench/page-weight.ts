// What a reader downloads for a page: its HTML, and the stylesheets and scripts it loads or inlines, each
// as bytes and as gzip bytes (what a server sends compressed). Images and fonts are not counted.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";

export interface Size {
  readonly bytes: number;
  readonly gzip: number;
}

export interface PageWeight {
  readonly html: Size;
  /** Linked and inline together: a page's styles and scripts wherever they are. */
  readonly css: Size;
  readonly js: Size;
  /** The HTML (inline styles and scripts included) and the files it links. */
  readonly total: Size;
}

/** Script elements that run, as opposed to data blocks such as JSON-LD, which count with the HTML. */
const scripts = ':is(script:not([type]), script[type="module"], script[type="text/javascript"])';

/** The weight of the page at URL path `path` ("/", "/filings/x/") of a site built into `outDir` at the root. */
export async function pageWeight(outDir: string, path: string): Promise<PageWeight> {
  const html = await readFile(join(outDir, path.endsWith("/") ? `${path}index.html` : path), "utf8");
  const { document } = parseHTML(html);
  const linked = (selector: string, attribute: string) =>
    Promise.all(
      [...document.querySelectorAll(selector)].map((element) =>
        readFile(join(outDir, new URL(element.getAttribute(attribute)!, `https://site${path}`).pathname), "utf8"),
      ),
    );
  const inline = (selector: string) =>
    [...document.querySelectorAll(selector)].map((element) => element.textContent ?? "");
  const [stylesheets, scriptFiles] = [
    await linked('link[rel="stylesheet"][href]', "href"),
    await linked(`${scripts}[src]`, "src"),
  ];
  return {
    html: size([html]),
    css: size([...stylesheets, ...inline("style")]),
    js: size([...scriptFiles, ...inline(`${scripts}:not([src])`)]),
    total: size([html, ...stylesheets, ...scriptFiles]),
  };
}

/** Each text compressed on its own, as each file is sent. */
function size(texts: readonly string[]): Size {
  return texts.reduce(
    (sum, text) => ({ bytes: sum.bytes + Buffer.byteLength(text), gzip: sum.gzip + gzipSync(text).length }),
    { bytes: 0, gzip: 0 },
  );
}
