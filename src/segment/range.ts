import type { Span } from '../article.js';
import { expected } from '../errors.js';

/**
 * Throws a misuse error unless `text` is a string and `range` a span inside
 * it: a `TypeError` for wrong types, a `RangeError` (as `spanText`) for a
 * span that does not fit.
 */
export function checkRange(caller: string, text: unknown, range: unknown): asserts range is Span {
  if (typeof text !== 'string') expected(`${caller} text as a string`, text);
  if (range === null || typeof range !== 'object') expected(`${caller} range as a {start, end} span`, range);
  const { start, end } = range as Partial<Span>;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start! < 0 || end! < start! || end! > text.length) {
    throw new RangeError(
      `tidings: ${caller} expected a span inside a text of ${text.length} characters, got {start: ${String(start)}, end: ${String(end)}}`,
    );
  }
}
