import { isCurrency, unitList } from "#engine/quantity/unit.ts";
import type { Scale, Unit } from "#engine/quantity/unit.ts";
import { bounds } from "./bounds.ts";
import { printedDirection } from "./direction.ts";
import type { Fact } from "./fact.ts";
import type { FactsFileReading, Path } from "./facts-file.ts";
import type { Anchored } from "./anchor.ts";
import { otherDollarOf, parseCell, parseNumber, rangeQualifier } from "./parse-number.ts";
import type { PrintedNumber } from "./parse-number.ts";
import type { FactEntry } from "./schema.ts";

/**
 * The fact an entry declares, from its printed form as anchored in the source. Unit and scale come from
 * the printed form, else from the fact's own unit: and scale:, else from its table's unit line.
 * Throws a RecountError when the printed form cannot be read or says too little.
 */
export function makeFact(
  entry: FactEntry,
  anchored: Anchored,
  { filing, path, file }: { filing: string; path: Path; file: FactsFileReading },
): Fact {
  const { printed } = anchored;
  const number = readPrinted(anchored);
  const otherCurrency = otherDollarOf(printed);
  if (!number && otherCurrency) {
    throw file.error(
      path,
      `"${printed}" is in a currency Recount has no unit for (${otherCurrency}): read as any dollar it would be another figure`,
      "ignore it with that reason (README, step 3), until the unit exists",
    );
  }
  if (!number) {
    throw file.error(
      path,
      `cannot read a number from "${printed}"`,
      "a printed number is digits (1,880 or 17.0) with an optional qualifier (more than, approximately), currency (RMB, US$), scale word (million, bn, m), % and a minus sign or parentheses for a negative",
    );
  }
  // Recount has no cents: "55 cents" read in dollars would be a hundred times the figure a reader sees.
  if (/^\s*cents?\b/i.test(anchored.after)) {
    throw file.error(
      path,
      `"${printed} cents" is an amount in cents, which Recount has no unit for: in dollars it would read a hundred times too large`,
      "ignore it with that reason, or anchor the fact where the filing prints the same figure in dollars ($0.55)",
    );
  }
  for (const key of ["unit", "scale"] as const) {
    if (entry[key] !== undefined && number[key] !== undefined && entry[key] !== number[key]) {
      throw file.error(
        [...path, key],
        `fact "${entry.id}" says ${key} ${entry[key]}, but the source prints "${printed}" (${number[key]})`,
        `remove ${key}: from the fact; the printed form decides`,
      );
    }
  }
  // The fact's own unit and scale replace its table's unit line, for a row of counts in a table of RMB millions.
  const context: { unit?: Unit | undefined; scale?: Scale | undefined } =
    entry.unit !== undefined || entry.scale !== undefined ? entry : (anchored.table ?? {});
  const unit = number.unit ?? context.unit;
  if (!unit) {
    throw file.error(
      path,
      `"${printed}" has no unit: neither the source nor fact "${entry.id}" says one`,
      `add unit: to the fact, one of ${unitList}`,
    );
  }
  // A cell that prints its currency but no scale word ("¥ 16,553,930" under "¥ in Thousands") is in the unit line's scale.
  const { table } = anchored;
  const printedScale =
    table && number.scale === "one" && number.unit !== undefined && number.unit === table.unit
      ? table.scale
      : undefined;
  const scale = printedScale ?? number.scale ?? context.scale ?? (isCurrency(unit) ? undefined : "one");
  if (!scale) {
    throw file.error(
      path,
      `"${printed}" (${unit}) has no scale: neither the source nor fact "${entry.id}" says one`,
      table?.scale && entry.unit !== undefined
        ? `the fact's unit: replaces its table's unit line, which says ${table.scale}: add scale: ${table.scale} to the fact if the cell is in it (a per-share row of a table in thousands is not), else the scale it is in`
        : "add scale: one, thousand, million, billion or trillion to the fact",
    );
  }
  // The high end of "approximately $0.12 to $0.14" is an estimate too, and is shown with its word.
  const ofRange = number.qualifier ? undefined : rangeQualifier(anchored.preceding, number);
  const qualifier = number.qualifier ?? ofRange?.qualifier;
  const shown = ofRange ? `${ofRange.word} ${printed}` : printed;
  const interval = bounds({
    value: number.value,
    decimals: number.decimals,
    scale,
    qualifier,
    exact: entry.exact,
  });
  const direction = printedDirection(anchored.before, anchored.after, printed);
  const negated = direction?.way === "decrease" && number.sign === 1;
  const { value, lo, hi } = negated
    ? { value: interval.value.neg(), lo: interval.hi.neg(), hi: interval.lo.neg() }
    : interval;
  return {
    id: entry.id,
    filing,
    label: entry.label,
    period: entry.period,
    printed: shown,
    qualifier,
    direction,
    anchor: anchored.anchor,
    quote: anchored.quote,
    span: anchored.span,
    quoteSpan: anchored.quoteSpan,
    file: file.file,
    line: file.line(path),
    value,
    lo,
    hi,
    unit,
    scale,
    decimals: number.decimals,
    formula: shown,
    facts: [`${filing}/${entry.id}`],
    approximate: qualifier === "approximately",
    strict: qualifier === "more-than" || qualifier === "less-than",
  };
}

/**
 * The printed number as a reader takes it: in a table's line, as its cell ("(3%)" is −3%, "+7%" a rise); in a
 * sentence, as printed, but an amount in brackets right after another amount is its translation, positive ("Rs
 * 5.06 ($0.061)"), where a sentence's "The loss was ($1,234)" is a negative.
 */
function readPrinted({ printed, inTableLine, preceding }: Anchored): PrintedNumber | undefined {
  const read = inTableLine ? parseCell(printed) : parseNumber(printed);
  const translation =
    read !== undefined &&
    read.sign < 0 &&
    !inTableLine &&
    printed.trimStart().startsWith("(") &&
    /\d(?:\s*(?:thousand|million|billion|trillion|bn|mn))?\s*$/i.test(preceding);
  return translation ? { ...read, value: read.value.neg(), sign: 1 } : read;
}
