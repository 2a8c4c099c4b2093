import { slug } from "./ids.ts";

/**
 * The name the text gave in full that a later sentence shortens to its last words: "premium teas made up 41%
 * of total beverage sales", after "beverage sales from premium teas", are those sales, the sentence naming
 * the head ("beverage sales") the short name was cut from.
 */
export function fullName(
  words: readonly string[],
  names: ReadonlyMap<string, readonly string[]>,
  sentence: string,
): readonly string[] {
  const short = slug(words);
  const said = `-${slug(sentence)}-`;
  for (const [name, full] of names) {
    const head = name.endsWith(`-${short}`) && /^(.+)-(?:from|of)$/.exec(name.slice(0, -short.length - 1))?.[1];
    if (short && head && said.includes(`-${head}-`)) return full;
  }
  return words;
}

/**
 * A measure of a figure its sentence named before it keeps what it is of: "Net new orders were 3,416, …, while
 * the dollar value of net new orders rose 6%" is not a dollar value of anything; "of" and a noun the sentence
 * gave no figure for only qualify ("the average tenor of loans originated").
 */
export function measureOfNamed(
  words: readonly string[],
  level: readonly string[] | undefined,
  sentence: string,
): readonly string[] {
  const named = slug(level ?? []);
  return words.length && named && `-${slug(sentence)}-`.includes(`-${slug(words)}-of-${named}-`)
    ? [...words, "of", ...level!]
    : words;
}

/**
 * The name a demonstrative refers to: "That adjusted net income compares with …", after "Adjusted net income
 * attributable to ordinary shareholders was …", is that line, the last name given that its words open.
 */
export function referredName(
  words: readonly string[],
  names: ReadonlyMap<string, readonly string[]>,
  sentence: string,
): readonly string[] {
  const short = slug(words);
  if (!short || !/^\s*(?:that|this|these|those)\s/i.test(sentence)) return words;
  return [...names].findLast(([name]) => name.startsWith(`${short}-`))?.[1] ?? words;
}
