/** A step of a waterfall: a change, or (with `total`) a bar from zero that the next steps start from. */
export interface WaterfallStep {
  readonly value: number;
  readonly total?: boolean;
}

export type WaterfallKind = "increase" | "decrease" | "total";

/** Where a step's bar starts and ends on the value axis, and what kind of step it is. */
export interface WaterfallBar {
  readonly start: number;
  readonly end: number;
  readonly kind: WaterfallKind;
}

/**
 * The bars of a waterfall: each change floats from the running sum before it to the sum after it,
 * and each total stands on zero. A total shows its own value, not the sum before it, so a chart of
 * disclosed figures shows what was disclosed; whether the figures add up is for the checks to say.
 * Draw them with, e.g., Plot.barX(waterfall(steps), {x1: "start", x2: "end", y: "label", fill: "kind"}).
 */
export function waterfall<T extends WaterfallStep>(steps: Iterable<T>): (T & WaterfallBar)[] {
  let sum = 0;
  return Array.from(steps, (step) => {
    const start = step.total ? 0 : sum;
    sum = start + step.value;
    const kind = step.total ? "total" : step.value < 0 ? "decrease" : "increase";
    return { ...step, start, end: sum, kind };
  });
}
