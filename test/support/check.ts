import { execFile } from "node:child_process";
import { promisify } from "node:util";

/** `npm run check` as CI runs it: src/tools/cli/check.ts at `root`, its exit code and its output (stdout, then stderr). */
export async function runCheck(
  root: string,
  env: Readonly<Record<string, string>> = {},
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["src/tools/cli/check.ts"], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout = "", stderr = "" } = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof code !== "number") throw error;
    return { code, output: stdout + stderr };
  }
}
