/** How many of the ascending `values` are at most `value`: the index to insert it at, after its equals. */
export function bisectRight(values: readonly number[], value: number): number {
  let [low, high] = [0, values.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
