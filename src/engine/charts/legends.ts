import type { Plot, PlotOptions } from "@observablehq/plot";
import { RecountError } from "#engine/diagnostics/recount-error.ts";

const scales = ["color", "opacity", "symbol"] as const;

/**
 * The options with every legend turned off. Plot would otherwise wrap the chart in a figure of its
 * own, and draw continuous legends on a canvas, which a server-side DOM does not have; `legends`
 * draws the legends afterwards, once the scales are known.
 */
export function withoutLegends(options: PlotOptions): PlotOptions {
  const quiet = { ...options };
  for (const key of scales) if (options[key]?.legend) quiet[key] = { ...options[key], legend: false };
  return quiet;
}

/** The legends that `options` ask for, drawn by Plot for the chart `drawn` was drawn without them. */
export function legends(id: string, drawn: Plot, options: PlotOptions): Element[] {
  return scales.flatMap((key) => {
    const scaleOptions = options[key];
    if (!scaleOptions?.legend) return [];
    if (key === "opacity" || drawn.scale(key)?.interpolate !== undefined) {
      const bin =
        key === "color"
          ? ', or bin the values (e.g. color: {type: "threshold", domain: [...]}), whose legends need no canvas'
          : "";
      throw new RecountError(
        `chart "${id}" asks for a legend of its continuous ${key} scale, which Plot draws on a canvas, and the build has no canvas`,
        {
          hint: `drop the legend and say what the ${key} means in the caption or description${bin}`,
        },
      );
    }
    const { legend: type, ...legendOptions } = scaleOptions;
    const legend = drawn.legend(key, type === true ? legendOptions : { ...legendOptions, legend: type });
    return legend ? [legend] : [];
  });
}
