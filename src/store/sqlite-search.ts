/**
 * What a user types into a search box, turned into an FTS5 query that cannot
 * be anything but a conjunction of literal terms: only runs of letters and
 * digits survive, each term or "quoted phrase" becomes a quoted FTS5 string,
 * and a trailing `*` on a word asks for a prefix match. FTS5 syntax in the
 * input (`NEAR`, `OR`, `-`, `(`, `:`, `^`, stray quotes) is read as words or
 * dropped, never as operators.
 */

/** More terms than this are ignored: a search box is not a document. */
export const MAX_QUERY_TERMS = 32;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The safe FTS5 query, or undefined when the text holds no word to search for. */
export function ftsQuery(text: string): string | undefined {
  const terms: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const phrase = match[1] !== undefined;
    const raw = phrase ? match[1] : match[2];
    const words = raw.match(WORD);
    if (!words) continue;
    const prefix = !phrase && words.length === 1 && /[\p{L}\p{N}\p{M}]\*+$/u.test(raw);
    terms.push(`"${words.join(' ')}"${prefix ? '*' : ''}`);
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms.length > 0 ? terms.join(' ') : undefined;
}
