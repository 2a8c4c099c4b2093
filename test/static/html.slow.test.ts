import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { expect, test } from "vitest";
import { projectRoot } from "../support/astro.ts";
import { everyBuild } from "../support/dist.ts";

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = await Promise.all(
  everyBuild().map(async ({ name, dir }) => {
    const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(".html"));
    return files.sort().map((file) => [`${name}/${file}`, dir, file] as const);
  }),
);

test.for(pages.flat())("%s is valid HTML", async ([page, dir, file]) => {
  // Named as if in the project's dist/, so that the project's .htmlvalidate.mjs applies as it does to
  // `npx html-validate dist`.
  const { results } = await validator.validateString(
    await readFile(join(dir, file), "utf8"),
    join(projectRoot, "dist", file),
  );
  const problems = results.flatMap(({ messages }) =>
    messages.map((message) => `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
  expect(problems).toEqual([]);
});
