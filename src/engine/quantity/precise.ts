import Decimal from "decimal.js";

// Printed figures have at most a couple of dozen digits, so at this precision sums, differences and
// products of them are exact and only quotients round: rounding them outward keeps intervals sound.
const precision = 60;

/** Rounds to nearest: nominal values. */
export const Nearest = Decimal.clone({ precision, rounding: Decimal.ROUND_HALF_EVEN });

/** Rounds toward −∞: the low ends of intervals. */
export const Down = Decimal.clone({ precision, rounding: Decimal.ROUND_FLOOR });

/** Rounds toward +∞: the high ends of intervals. */
export const Up = Decimal.clone({ precision, rounding: Decimal.ROUND_CEIL });
