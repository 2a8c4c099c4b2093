import { RecountError } from "#engine/diagnostics/recount-error.ts";
import type { Quantity } from "#engine/quantity/quantity.ts";
import { isCurrency } from "#engine/quantity/unit.ts";
import type { Currency } from "#engine/quantity/unit.ts";
import { evaluate, operand, precedence } from "./computed.ts";
import { describe } from "./describe.ts";
import { requireNonzero, unitName } from "./operands.ts";

/** What an exchange rate counts: "RMB per USD" is how many yuan one US dollar buys. */
export type RateQuote = `${Currency} per ${Currency}`;

/**
 * `amount` in the other currency of `quote`, at `rate`: a disclosed fact (a ratio), because a
 * conversion is only as good as its rate's source. US$ × (RMB per USD) gives RMB; RMB ÷ it gives US$.
 */
export function convert(amount: Quantity, rate: Quantity, quote: RateQuote): Quantity {
  const [numerator, denominator] = currencies(quote);
  if (rate.unit !== "ratio") {
    throw new RecountError(
      `cannot convert at ${describe(rate)}: an exchange rate is a ratio, and this is ${unitName(rate.unit)}`,
      {
        hint: "declare the rate as a fact with unit: ratio",
      },
    );
  }
  if (!rate.facts.length) {
    throw new RecountError(`cannot convert at ${describe(rate)}: the rate comes from no disclosed fact`, {
      hint: "declare the exchange rate a filing states (such as the rate it uses for convenience translations) as a fact, and convert at it",
    });
  }
  if (amount.unit !== numerator && amount.unit !== denominator) {
    throw new RecountError(`cannot convert ${describe(amount)} at a rate in ${quote}: it is ${unitName(amount.unit)}`, {
      hint: `convert an amount in ${numerator} or ${denominator}`,
    });
  }
  const multiply = amount.unit === denominator;
  if (!multiply) requireNonzero(rate);
  return evaluate([amount, rate], ([value, perUnit], D) => (multiply ? D.mul(value, perUnit) : D.div(value, perUnit)), {
    unit: multiply ? numerator : denominator,
    scale: amount.scale,
    formula: `${operand(amount, precedence.product)} ${multiply ? "×" : "÷"} ${operand(rate, precedence.negation)}`,
    precedence: precedence.product,
  });
}

function currencies(quote: string): [Currency, Currency] {
  const [numerator = "", denominator = "", ...rest] = quote.split(" per ");
  if (
    rest.length ||
    !isCurrency(numerator as Currency) ||
    !isCurrency(denominator as Currency) ||
    numerator === denominator
  ) {
    throw new RecountError(`cannot read the rate quote "${quote}"`, {
      hint: `write it as "RMB per USD" or "USD per RMB"`,
    });
  }
  return [numerator as Currency, denominator as Currency];
}
