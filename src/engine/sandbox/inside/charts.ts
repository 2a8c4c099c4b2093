// Runs INSIDE a page's context, after the prelude, on pages whose cells name Plot or a chart helper (see
// ../scripts.ts): cells pass Plot functions of their own (accessors, formats), so Plot draws in here. What a
// chart helper returns is only a drawing until the host has checked it (see prelude.ts, hostedChart).
import "./atob.ts";
import * as Plot from "@observablehq/plot";
import { chart, timeline, waterfall } from "#engine/charts/index.ts";
import { plotConsole } from "#engine/charts/warnings.ts";

// Plot's warnings go to the chart helpers, whatever a cell does: `console` (V8's until now) can be neither
// replaced nor deleted from here on, and the prelude's lockDown leaves it.
Object.defineProperty(globalThis, "console", { value: plotConsole, writable: false, configurable: false });
(globalThis as Record<string, unknown>).__recountCharts = { Plot, chart, timeline, waterfall };
