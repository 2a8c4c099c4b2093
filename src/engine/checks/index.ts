export {
  add,
  asPercent,
  div,
  growth,
  mul,
  neg,
  ppChange,
  ratio,
  share,
  sub,
  sum,
} from "#engine/arithmetic/arithmetic.ts";
export { compare, intersection } from "#engine/arithmetic/compare.ts";
export type { Comparison } from "#engine/arithmetic/compare.ts";
export { convert } from "#engine/arithmetic/convert.ts";
export type { RateQuote } from "#engine/arithmetic/convert.ts";
export { createChecks } from "./create-checks.ts";
export type { Checks, ChecksOptions, Direction } from "./create-checks.ts";
export { independent, asRecordedCheck, isRecordedCheck, Ledger, tally, tallyText } from "./ledger.ts";
export type { Recorded } from "./implied.ts";
export type { CheckTally, LedgerJSON, LedgerShare, LedgerWarning } from "./ledger.ts";
export { defaultLocate, stackFrames } from "./locate.ts";
export { otherFilings, outcome, resultToJSON } from "./result.ts";
export { readingNote, statedText } from "./stated.ts";
export type { CheckKind, CheckResult, CheckResultJSON, CheckStatus, IntervalJSON, Outcome, Side } from "./result.ts";
export type { CheckOptions } from "./settle.ts";
export { exact } from "#engine/quantity/exact.ts";
