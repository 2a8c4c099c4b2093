import { beforeAll } from "vitest";
import { resetState } from "#engine/state/state.ts";

// Run before each test file of `npm run test:unit`, whose files share one worker's modules (isolate: false):
// the file starts with nothing kept or handed over by the files before it.
beforeAll(() => resetState());
