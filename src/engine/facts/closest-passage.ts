/**
 * The passage of `text` most like `query`: the substring with the smallest edit distance to it
 * (Sellers' approximate matching: a match may start anywhere, so skipping text before it costs nothing).
 * Returns its [start, end) in `text`.
 */
export function closestPassage(text: string, query: string): { start: number; end: number } {
  const m = query.length;
  // distance[j]: fewest edits matching query[0, j) to a passage ending at the current index; start[j]: where it begins
  let distance = Int32Array.from({ length: m + 1 }, (_, j) => j);
  let start = new Int32Array(m + 1);
  let next = { distance: new Int32Array(m + 1), start: new Int32Array(m + 1) };
  let best = { distance: m, start: 0, end: 0 };
  for (let i = 1; i <= text.length; i++) {
    next.distance[0] = 0;
    next.start[0] = i;
    for (let j = 1; j <= m; j++) {
      const substitute = distance[j - 1]! + (text[i - 1] === query[j - 1] ? 0 : 1);
      const skipText = distance[j]! + 1;
      const skipQuery = next.distance[j - 1]! + 1;
      if (substitute <= skipText && substitute <= skipQuery) {
        next.distance[j] = substitute;
        next.start[j] = start[j - 1]!;
      } else if (skipText <= skipQuery) {
        next.distance[j] = skipText;
        next.start[j] = start[j]!;
      } else {
        next.distance[j] = skipQuery;
        next.start[j] = next.start[j - 1]!;
      }
    }
    [distance, start, next] = [next.distance, next.start, { distance, start }];
    if (distance[m]! < best.distance) best = { distance: distance[m]!, start: start[m]!, end: i };
  }
  return { start: best.start, end: best.end };
}
