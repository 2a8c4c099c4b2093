import { runCase } from "../test/invalid/cases.ts";
const t = Date.now();
const out = await runCase(process.argv[2]!);
console.log(JSON.stringify({ ms: Date.now() - t, check: out.check, build: { code: out.build.code, left: out.build.outDirLeft, tail: out.build.output.slice(-1500) } }, null, 1));
