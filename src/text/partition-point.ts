/**
 * The one binary search the stages share: over indexes 0 to `count` − 1
 * where `before(index)` holds for a first run of them and fails for the
 * rest, the index of the first that fails (`count` when none does).
 */
export function partitionPoint(count: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
