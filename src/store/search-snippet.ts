/**
 * The fragment of an article a search hit shows: the words around the
 * matches, each matched word in [brackets], as FTS5's `snippet()` wrote them
 * when the index still held the text. Words match as the index's tokenizer
 * (`porter unicode61 remove_diacritics 2`) matches them: case and diacritics
 * folded, Porter stems compared, a prefix term by its start.
 */
import { porterStem } from '../text/porter.js';
import type { SearchTerm } from './sqlite-search.js';

/** Words a snippet shows. */
export const SNIPPET_WORDS = 16;
/** Characters of the text read for matches: a hit past them shows the text's start. */
export const MAX_SNIPPET_SCAN = 200_000;
/** Words shown before the first match in the fragment. */
const LEAD_WORDS = 2;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

interface Word {
  start: number;
  end: number;
  folded: string;
}

/** Lower case without diacritics ("Café" → "cafe"). */
function fold(word: string): string {
  return (/^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
}

function words(text: string): Word[] {
  const found: Word[] = [];
  for (const match of text.slice(0, MAX_SNIPPET_SCAN).matchAll(WORD)) {
    found.push({ start: match.index, end: match.index + match[0].length, folded: fold(match[0]) });
  }
  return found;
}

/**
 * True when the word stems to `stem`. Porter's steps change only a word's
 * ending, at most its last letter within the stem ("happy" → "happi"), so a
 * word not starting with the rest of the stem is no match and is not stemmed.
 */
function sameStem(word: string, stem: string): boolean {
  return word.startsWith(stem.slice(0, -1)) && porterStem(word) === stem;
}

/** Per word: the term whose occurrence starts there (or -1), and whether an occurrence starts or ends there. */
interface Matches {
  termAt: Int32Array;
  starts: Uint8Array;
  ends: Uint8Array;
  inside: Uint8Array;
}

function matches(text: readonly Word[], terms: readonly SearchTerm[]): Matches {
  const found = { termAt: new Int32Array(text.length).fill(-1), starts: new Uint8Array(text.length), ends: new Uint8Array(text.length), inside: new Uint8Array(text.length) };
  terms.forEach((term, t) => {
    const wanted = term.words.map(fold);
    const stems = wanted.map((word) => porterStem(word));
    for (let i = 0; i + wanted.length <= text.length; i++) {
      const hit = term.prefix ? text[i].folded.startsWith(wanted[0]) : stems.every((stem, k) => sameStem(text[i + k].folded, stem));
      if (!hit) continue;
      if (found.termAt[i] === -1) found.termAt[i] = t;
      found.starts[i] = 1;
      found.ends[i + wanted.length - 1] = 1;
      found.inside.fill(1, i, i + wanted.length);
    }
  });
  return found;
}

/**
 * The first word of the `SNIPPET_WORDS` holding the most distinct terms (the
 * earliest of equals): `LEAD_WORDS` before a match, or earlier near the end
 * so that the fragment is full.
 */
function bestStart(count: number, termAt: Int32Array): number {
  let best = 0;
  let bestDistinct = 0;
  for (let i = 0; i < count; i++) {
    if (termAt[i] === -1) continue;
    const start = Math.max(0, Math.min(i - LEAD_WORDS, count - SNIPPET_WORDS));
    const distinct = new Set<number>();
    for (let k = start; k < Math.min(count, start + SNIPPET_WORDS); k++) if (termAt[k] !== -1) distinct.add(termAt[k]);
    if (distinct.size > bestDistinct) [best, bestDistinct] = [start, distinct.size];
  }
  return best;
}

/** The fragment of `text` with the most distinct terms in `SNIPPET_WORDS` words, each occurrence in [brackets]; the text's start when none matches. */
export function searchSnippet(text: string, terms: readonly SearchTerm[]): string {
  const all = words(text);
  if (all.length === 0) return '';
  const found = matches(all, terms);
  const first = bestStart(all.length, found.termAt);
  const last = Math.min(all.length, first + SNIPPET_WORDS) - 1;
  let snippet = first > 0 ? '…' : '';
  for (let k = first; k <= last; k++) {
    const opens = found.inside[k] && (k === first || !found.inside[k - 1] || (found.starts[k] && found.ends[k - 1]));
    const closes = found.inside[k] && (k === last || !found.inside[k + 1] || (found.ends[k] && found.starts[k + 1]));
    snippet += `${opens ? '[' : ''}${text.slice(all[k].start, all[k].end)}${closes ? ']' : ''}`;
    if (k < last) snippet += text.slice(all[k].end, all[k + 1].start).replace(/\s+/g, ' ');
  }
  const after = text.slice(all[last].end, all[last].end + 8);
  const closing = /^[^\s\p{L}\p{N}]*/u.exec(after)![0];
  const more = last + 1 < all.length || text.length > MAX_SNIPPET_SCAN;
  return `${snippet}${more ? closing.replace(/[.,;:]+$/, '') + '…' : closing}`;
}
