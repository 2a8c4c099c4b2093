import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { caseContent, problems } from "/work/wt/words/test/invalid/cases.ts";
import { runCheck } from "/work/wt/words/test/support/check.ts";
import { isolatedProject } from "/work/wt/words/test/static/isolated-project.ts";
const name = process.argv[2]!;
const content = await mkdtemp(join(tmpdir(), "recount-case-"));
await caseContent(name, content);
const root = await isolatedProject(content);
const check = await runCheck(root, { NO_COLOR: "1" });
const out = check.output.replace(/\x1b\[[0-9;]*m/g, "").replaceAll(root, "<root>");
try { console.log(problems(out)); } catch { console.log(out); }
await Promise.all([content, root].map((f) => rm(f, { recursive: true, force: true })));
