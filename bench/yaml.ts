// `node bench/yaml.ts`: how long each YAML reader takes on the bench's facts file (2,000 rows, 8,000 facts),
// with the line of every value, which every later error needs: Recount's reader for plain YAML, the `yaml`
// library, and js-yaml with a listener that records where each value starts. Each reader's lines are
// compared with the `yaml` library's first, so that only readers giving the same answers are timed.
import { performance } from "node:perf_hooks";
import { load, type State } from "js-yaml";
import { readAnyYaml, type YamlText } from "#engine/yaml/yaml.ts";
import { readSimpleYaml } from "#engine/yaml/simple-yaml.ts";
import { factsYaml, rowsOf } from "./synthetic.ts";

/** Where a value starts, and where its items or entries start. */
interface Placed {
  line: number;
  children: { value: unknown; placed: Placed }[];
}

/**
 * js-yaml with its `listener` option: each node's open and close, with the parser's state. A node's children
 * close between its open and its close, so a stack pairs them: a mapping's children alternate key and value.
 */
function readJsYaml(text: string): YamlText {
  const starts = [0, ...[...text.matchAll(/\n/g)].map(({ index }) => index + 1)];
  // A block node opens where its parent's key ends: it starts at the next text that is not space or a comment.
  const lineAt = (position: number): number => {
    const start = position + text.slice(position).search(/[^\s]|$/);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const stack: Placed[] = [{ line: 1, children: [] }];
  const data = load(text, {
    listener(event: "open" | "close", state: State) {
      if (event === "open") stack.push({ line: lineAt(state.position), children: [] });
      else {
        const placed = stack.pop()!;
        stack.at(-1)!.children.push({ value: state.result, placed });
      }
    },
  });
  const root = stack[0]!.children.at(-1)!.placed;
  const lineOf = (path: readonly PropertyKey[]): number => {
    let node = root;
    for (const key of path) {
      const child =
        typeof key === "number"
          ? node.children[key]
          : node.children[node.children.findIndex((entry, i) => i % 2 === 0 && entry.value === key) + 1];
      if (!child) break;
      node = child.placed;
    }
    return node.line;
  };
  return { data, lineOf, syntaxError: undefined };
}

/** Every path to a value of `data`. */
function paths(data: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (Array.isArray(data)) return [path, ...data.flatMap((item, i) => paths(item, [...path, i]))];
  if (data && typeof data === "object")
    return [path, ...Object.entries(data).flatMap(([key, value]) => paths(value, [...path, key]))];
  return [path];
}

const text = factsYaml(rowsOf(2000));
const readers: Record<string, (text: string) => YamlText | undefined> = {
  "Recount's plain-YAML reader": readSimpleYaml,
  "yaml library": readAnyYaml,
  "js-yaml with a position listener": readJsYaml,
};
const reference = readAnyYaml(text);
const every = paths(reference.data);
const runs = 7;
console.log(
  `| reader (8,000 facts, ${(text.length / 1024).toFixed(0)} KiB) | median of ${runs} runs, read and look up ${every.length.toLocaleString("en-US")} lines | same data and lines as the yaml library |`,
);
console.log("|---|---|---|");
for (const [name, read] of Object.entries(readers)) {
  const first = read(text)!;
  const same =
    JSON.stringify(first.data) === JSON.stringify(reference.data) &&
    every.every((path) => first.lineOf(path) === reference.lineOf(path));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const yaml = read(text)!;
    for (const path of every) yaml.lineOf(path);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`| ${name} | ${times[runs >> 1]!.toFixed(0)} ms | ${same ? "yes" : "no"} |`);
}
