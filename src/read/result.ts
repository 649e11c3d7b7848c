import type { Article, Format } from '../article.js';
import type { InputError } from '../errors.js';

/**
 * What every reader returns: the articles it could read, and one
 * `InputError` per item it could not (a bad JSONL line, a feed item without
 * text, a missing file). One bad item never loses the others.
 */
export interface ReadResult {
  articles: Article[];
  problems: InputError[];
}

/** Where a string came from, as the user named it (a path, a URL, `-` for stdin). */
export interface ReadSource {
  input: string;
  /** Skip detection and read as this format. */
  format?: Format;
  /** The time of reading, in milliseconds since 1970 (`Date.now()` when undefined): a date more than two days after it is left out. */
  readAt?: number;
}

/** A format reader: a pure function from decoded content, read at `readAt` (milliseconds since 1970), to articles and problems. */
export type Reader = (content: string, input: string, readAt: number) => ReadResult;

export function mergeResults(results: readonly ReadResult[]): ReadResult {
  return {
    articles: results.flatMap((result) => result.articles),
    problems: results.flatMap((result) => result.problems),
  };
}
