import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { recountNotebooks } from "#build/notebooks/vite-plugin.ts";
import { addPracticeFiling, larkspur, larkspurDir, practiceProject, runCommand } from "./support/larkspur.ts";
import { startDevServer, type DevServer } from "../support/dev-server.ts";
import { patience } from "../support/patience.ts";

type Handler = (this: unknown, ...args: unknown[]) => unknown;

/** The notebook plugin's hot-update hook, for a project at /project whose module graph holds `ids`. */
function hotUpdate(ids: string[]) {
  const plugin = recountNotebooks();
  (plugin.configResolved as Handler).call({}, { root: "/project", plugins: [plugin] });
  const invalidated: unknown[] = [];
  const modules = new Map(ids.map((id) => [id, { id }]));
  const moduleGraph = {
    idToModuleMap: modules,
    getModuleById: (id: string) => modules.get(id),
    invalidateModule: (module: unknown) => invalidated.push(module),
  };
  const update = (file: string) =>
    (plugin.hotUpdate as Handler).call({ environment: { moduleGraph } }, { file, modules: ["changed"] });
  return { update, invalidated };
}

describe("dev reloads", () => {
  test("a change to a facts file or a source text re-runs every notebook, whichever filing it belongs to", () => {
    const notebooks = ["a.mdx", "b.mdx"].map(
      (page) => `\0virtual:recount/notebook?file=content%2Ffilings%2Fdemo%2Fpages%2F${page}&lang.js`,
    );
    const { update, invalidated } = hotUpdate([...notebooks, "/project/src/other.ts"]);
    expect(update("/project/content/filings/other/facts.yaml")).toEqual([
      "changed",
      { id: notebooks[0] },
      { id: notebooks[1] },
    ]);
    expect(update("/project/content/filings/demo/source.txt")).toHaveLength(3);
    expect(invalidated).toEqual([
      { id: notebooks[0] },
      { id: notebooks[1] },
      { id: notebooks[0] },
      { id: notebooks[1] },
    ]);
    expect(update("/project/content/filings/demo/notes.txt")).toBeUndefined();
    expect(update("/project/src/facts.yaml")).toBeUndefined();
    expect(hotUpdate([]).update("/project/content/filings/demo/facts.yaml")).toBeUndefined();
  });
});

const entities: Record<string, string> = { "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };
const unescape = (html: string) => html.replace(/&(?:quot|#39|lt|gt|amp);/g, (entity) => entities[entity]!);

/** Resolves once `check` holds, polling; fails after `timeout` ms. */
async function until<T>(check: () => Promise<T | undefined>, timeout = patience): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The error the dev server sends its error overlay, read as a browser's Vite client would on connecting;
 * its texts as the overlay shows them, which receives them escaped for HTML.
 */
function overlayError(port: number): Promise<{ message: string; hint: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/`, "vite-hmr");
    const timer = setTimeout(() => (socket.close(), reject(new Error("no error reached the overlay"))), patience);
    socket.onmessage = ({ data }) => {
      const payload = JSON.parse(String(data)) as { type: string; err?: { message: string; hint: string } };
      if (payload.type !== "error") return;
      clearTimeout(timer);
      socket.close();
      resolve({ message: unescape(payload.err!.message), hint: unescape(payload.err!.hint) });
    };
  });
}

describe("npm run dev", () => {
  let root: string;
  let server: DevServer;
  let port: number;
  const page = () =>
    fetch(`http://127.0.0.1:${port}/filings/${larkspur}/revenues/`).then(async (response) => ({
      status: response.status,
      text: await response.text(),
    }));

  beforeAll(async () => {
    root = await practiceProject();
    await addPracticeFiling(root);
    server = await startDevServer(root);
    port = server.port;
  });

  afterAll(async () => {
    server.stop();
    await rm(root, { recursive: true, force: true });
  });

  /** Changes a file of the practice filing, waits for the page to fail, and returns the overlay's error and what `npm run check` prints; then puts the file back. */
  async function breakPage(
    file: string,
    change: (text: string) => string,
  ): Promise<{ overlay: { message: string; hint: string }; printed: string }> {
    const path = join(root, larkspurDir, file);
    const text = await readFile(path, "utf8");
    expect(change(text)).not.toBe(text);
    await writeFile(path, change(text));
    try {
      await until(async () => ((await page()).status === 500 ? true : undefined));
      const overlay = await overlayError(port);
      const { output } = await runCommand(root, "npm run check");
      return { overlay, printed: output.slice(output.indexOf("check failed:")) };
    } finally {
      await writeFile(path, text);
      await until(async () => ((await page()).status === 200 ? true : undefined));
    }
  }

  test("serves the filing's pages", async () => {
    // The first requests may come before the content is synced, and answer 404.
    const first = await until(async () => {
      const response = await page();
      return response.status === 200 ? response : undefined;
    }).catch(() => expect.fail(`the page never loaded:\n${server.log()}`));
    expect(first.text).toContain("Revenue growth, recomputed");
  });

  test("prints the verification's summary at start, as npm run check ends", async () => {
    const { output } = await runCommand(root, "npm run check");
    const summary = output.trimEnd().split("\n").at(-1)!;
    expect(summary).toMatch(/^All verified: \d+ filings, \d+ checks\.$/);
    await until(async () => (server.log().includes(summary) ? true : undefined)).catch(() =>
      expect.fail(`no summary in:\n${server.log()}`),
    );
  });

  test("serves each chart's data as CSV next to its page, as a build writes it", async () => {
    const section = `http://127.0.0.1:${port}/filings/qfin-2024-09-27-6k/delinquency-and-provisions/`;
    const html = await until(async () => {
      const response = await fetch(section);
      return response.status === 200 ? response.text() : undefined;
    });
    const links = [...html.matchAll(/<a href="([^"]+\.csv)" download=/g)].map(([, href]) => href!);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const response = await fetch(new URL(href, section));
      expect([response.status, response.headers.get("content-type")], href).toEqual([200, "text/csv; charset=utf-8"]);
      expect((await response.text()).split("\r\n").length, href).toBeGreaterThan(2);
    }
  });

  // Swaps the two years' net provisions: every number is still accounted for, but the table no longer adds up.
  const swap = (text: string) =>
    text
      .replace(/(id: net-provisions\.2023[^]*?column: ")2023"/, '$12024"')
      .replace(/(id: net-provisions\.2024[^]*?column: ")2024"/, '$12023"');
  const swapped = "check failed: 2023: net provisions are new provisions plus the write-back [net-provisions.2023]";

  test("verifies again when a facts file changes, and shows the failing check in the overlay as npm run check prints it", async () => {
    const before = server.log().length;
    const { overlay, printed } = await breakPage("facts.yaml", swap);
    // The terminal says so too, in full, without the page being opened for it.
    const printedByDev = () =>
      server
        .log()
        .slice(before)
        .match(/\d+ problems? found in the content:[^]*/)?.[0];
    const problems = await until(async () => printedByDev()).catch(() =>
      expect.fail(`the problems were not printed:\n${server.log().slice(before)}`),
    );
    expect(problems).toContain(overlay.message.split("\n")[0]);
    expect(overlay.message).toMatch(
      /^check failed: 2023: net provisions are new provisions plus the write-back \[net-provisions\.2023\]\n {2}computed {4}RMB 5,607–5,609 million\n/,
    );
    expect(printed.slice(0, printed.indexOf("\n\nhint: "))).toBe(overlay.message);
    expect(printed).toContain(`\n\nhint: ${overlay.hint}\n`);
  });

  test("one save prints each problem once, without the engine's stack, and the failed page opens the overlay by itself", async () => {
    const path = join(root, larkspurDir, "facts.yaml");
    const text = await readFile(path, "utf8");
    const before = server.log().length;
    let restored = before;
    let error: { message: string; stack: string };
    await writeFile(path, swap(text));
    try {
      // As a browser open on the page reloads it after the save, and again later.
      await until(async () => ((await page()).status === 500 ? true : undefined));
      await until(async () => (server.log().slice(before).includes(swapped) ? true : undefined)).catch(() =>
        expect.fail(`the problem was not printed:\n${server.log().slice(before)}`),
      );
      const failed = await page();
      expect(failed.status).toBe(500);
      // The page answers with the script that opens the overlay with its error, whichever client the HMR socket reaches.
      expect(failed.text).toContain('import { ErrorOverlay } from "/@vite/client";');
      const ask = /fetch\("([^"]+)"\)/.exec(failed.text)?.[1];
      expect(ask).toBeDefined();
      error = (await (await fetch(`http://127.0.0.1:${port}${ask}`)).json()) as typeof error;
      // The HMR socket carries it too, kept for the next client when none is connected, as a browser's would be;
      // read before the file is put back, whose reload would take its place.
      expect((await overlayError(port)).message).toBe(unescape(error.message));
    } finally {
      restored = server.log().length;
      await writeFile(path, text);
    }
    expect(unescape(error.message).split("\n")[0]).toBe(swapped);
    // Its one frame is the editor's line.
    expect(error.stack.split("\n").filter((line) => /^ {4}at /.test(line))).toEqual([
      `    at ${larkspurDir}/pages/02-revenues.mdx:19`,
    ]);
    // All the broken file made the server print is printed by the time it has verified the file put back.
    await until(async () => (/All verified: /.test(server.log().slice(restored)) ? true : undefined));
    await until(async () => ((await page()).status === 200 ? true : undefined));
    const printed = server.log().slice(before);
    expect(printed.split(swapped).length - 1, printed).toBe(1);
    expect(printed, "no stack frames").not.toMatch(/^ {4}at /m);
  });

  test("a type error, which the verification prints after everything else it found, is printed once", async () => {
    const path = join(root, larkspurDir, "pages/02-revenues.mdx");
    const text = await readFile(path, "utf8");
    const before = server.log().length;
    const typeError = "has a type error: Type 'string' is not assignable to type 'number'.";
    await writeFile(path, `${text}\n\`\`\`ts cell caption="Typed wrong"\nconst typedWrong: number = "x";\n\`\`\`\n`);
    let restored = before;
    try {
      await until(async () => (server.log().slice(before).includes(typeError) ? true : undefined)).catch(() =>
        expect.fail(`the type error was not printed:\n${server.log().slice(before)}`),
      );
    } finally {
      restored = server.log().length;
      await writeFile(path, text);
    }
    await until(async () => (/All verified: /.test(server.log().slice(restored)) ? true : undefined));
    const printed = server.log().slice(before);
    expect(printed.split(typeError).length - 1, printed).toBe(1);
    expect(printed.match(/\d+ problems? found in the content:/g), printed).toEqual(["1 problem found in the content:"]);
  });

  test("verifies again when a source text changes", async () => {
    const { overlay, printed } = await breakPage("source.txt", (text) =>
      text.replace("\t5,608\t5,912", "\t5,608\t5,812"),
    );
    expect(overlay.message).toMatch(
      /^check failed: 2024: net provisions are new provisions plus the write-back \[net-provisions\.2024\]\n/,
    );
    expect(overlay.message).toContain("printed 5,812");
    expect(printed.slice(0, printed.indexOf("\n\nhint: "))).toBe(overlay.message);
  });
});
