import { subjectWords } from "./subject.ts";

/**
 * The name of one of two figures a sentence lists "respectively" for two qualifiers of one measure: "Basic and
 * diluted earnings per share were $0.31 and $0.30, respectively" names basic earnings per share, then diluted
 * earnings per share. None for another sentence, or a figure after the second.
 */
export function respectiveWords(sentence: string, index: number): string[] {
  const listed = /^\s*([A-Za-z-]+) and ([A-Za-z-]+) ([^,;]+?\b(?:were|are))\b[^;]*\brespectively\b/i.exec(sentence);
  return listed && index < 2 ? subjectWords(`${listed[index + 1]} ${listed[3]}`) : [];
}
