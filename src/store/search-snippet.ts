/**
 * The fragment of an article a search hit shows: the words around the
 * matches, each matched word in [brackets], as FTS5's `snippet()` wrote them
 * when the index still held the text. Words match as the index's tokenizer
 * (`porter unicode61 remove_diacritics 2`) matches them: case and diacritics
 * folded, Porter stems compared, a prefix term by its start; a Chinese,
 * Japanese or Korean character is a word (`search-text.ts`). A term that
 * is one stopword ("of", "the") is matched but not marked, nor sought for
 * the fragment, unless every term is one: a phrase holding one ("Bank of
 * England") is marked whole.
 */
import type { Span } from '../article.js';
import { porterStem } from '../text/porter.js';
import { isCjk } from '../text/cjk.js';
import { isStopword } from '../text/stopwords.js';
import { searchWords } from './search-text.js';
import type { SearchTerm } from './sqlite-search.js';

/** Words a snippet shows (two Chinese, Japanese or Korean characters count as one). */
export const SNIPPET_WORDS = 16;
/** Characters of the text read for matches: a hit past them shows the text's start. */
export const MAX_SNIPPET_SCAN = 200_000;
/** Words shown before the first match in the fragment. */
const LEAD_WORDS = 2;

interface Word {
  start: number;
  end: number;
  folded: string;
  /** Half a word's width in a fragment: a Chinese, Japanese or Korean character (`HALF` wide, a word is `WHOLE`). */
  width: number;
}

const HALF = 1;
const WHOLE = 2;

/** Lower case without diacritics ("Café" → "cafe"); a CJK character as it is. */
function fold(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return isCjk(word.codePointAt(0) as number) ? word : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function words(text: string): Word[] {
  const scanned = text.slice(0, MAX_SNIPPET_SCAN);
  return searchWords(scanned).map(({ start, end }) => {
    const word = scanned.slice(start, end);
    return { start, end, folded: fold(word), width: isCjk(word.codePointAt(0) as number) ? HALF : WHOLE };
  });
}

/** The words of a term's spelling as the text's are cut: a CJK run a character each. */
function spellingWords(words: readonly string[]): string[] {
  return words.flatMap((word) => searchWords(word).map(({ start, end }) => fold(word.slice(start, end))));
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

/** Whether a term is one stopword alone ("of"), not a prefix: a word every text has, not what was looked for. */
function isStopwordTerm(term: SearchTerm): boolean {
  return !term.prefix && term.spellings.every((spelling) => spelling.length === 1 && isStopword(fold(spelling[0])));
}

function matches(text: readonly Word[], terms: readonly SearchTerm[]): Matches {
  const found = { termAt: new Int32Array(text.length).fill(-1), starts: new Uint8Array(text.length), ends: new Uint8Array(text.length), inside: new Uint8Array(text.length) };
  const marksStopwords = terms.every(isStopwordTerm);
  terms.forEach((term, t) => {
    if (!marksStopwords && isStopwordTerm(term)) return;
    for (const spelling of term.spellings) {
      const wanted = spellingWords(spelling);
      const stems = wanted.map((word) => porterStem(word));
      for (let i = 0; i + wanted.length <= text.length; i++) {
        const hit = term.prefix ? text[i].folded.startsWith(wanted[0]) : stems.every((stem, k) => sameStem(text[i + k].folded, stem));
        if (!hit) continue;
        if (found.termAt[i] === -1) found.termAt[i] = t;
        found.starts[i] = 1;
        found.ends[i + wanted.length - 1] = 1;
        found.inside.fill(1, i, i + wanted.length);
      }
    }
  });
  return found;
}

/** The last word of the fragment starting at `first`: as many words as fit in `SNIPPET_WORDS` (a CJK character half a word). */
function lastWord(text: readonly Word[], first: number): number {
  let last = first;
  for (let width = text[first].width; last + 1 < text.length && width + text[last + 1].width <= SNIPPET_WORDS * WHOLE; ) width += text[++last].width;
  return last;
}

/** The first of the words before word `end` that fit in `words` words (a CJK character half a word). */
function firstBefore(text: readonly Word[], end: number, words: number): number {
  let start = end;
  for (let width = 0; start > 0 && width + text[start - 1].width <= words * WHOLE; ) width += text[--start].width;
  return start;
}

/**
 * The first word of the fragment holding the most distinct terms (the
 * earliest of equals): `LEAD_WORDS` before a match, or earlier near the end
 * so that the fragment is full.
 */
function bestStart(text: readonly Word[], termAt: Int32Array): number {
  const fullFrom = firstBefore(text, text.length, SNIPPET_WORDS);
  let best = 0;
  let bestDistinct = 0;
  for (let i = 0; i < text.length; i++) {
    if (termAt[i] === -1) continue;
    const start = Math.min(firstBefore(text, i, LEAD_WORDS), fullFrom);
    const last = lastWord(text, start);
    const distinct = new Set<number>();
    for (let k = start; k <= last; k++) if (termAt[k] !== -1) distinct.add(termAt[k]);
    if (distinct.size > bestDistinct) [best, bestDistinct] = [start, distinct.size];
  }
  return best;
}

/** A search hit's fragment: the words around the matches, each occurrence in [brackets], and where in it the matched words are. */
export interface MarkedSnippet {
  snippet: string;
  /** The spans of `snippet` inside its brackets, in order: a bracket the article's own text holds ("[Updated 10:40]") is none of them. */
  marked: Span[];
}

/** The fragment of `text` with the most distinct terms in `SNIPPET_WORDS` words, each occurrence in [brackets]; the text's start when none matches. */
export function searchSnippet(text: string, terms: readonly SearchTerm[]): string {
  return markedSnippet(text, terms).snippet;
}

/** `searchSnippet`, with the spans of the bracketed words in it. */
export function markedSnippet(text: string, terms: readonly SearchTerm[]): MarkedSnippet {
  const all = words(text);
  const marked: Span[] = [];
  if (all.length === 0) return { snippet: '', marked };
  const found = matches(all, terms);
  const first = bestStart(all, found.termAt);
  const last = lastWord(all, first);
  let snippet = first > 0 ? '…' : '';
  for (let k = first; k <= last; k++) {
    const opens = found.inside[k] && (k === first || !found.inside[k - 1] || (found.starts[k] && found.ends[k - 1]));
    const closes = found.inside[k] && (k === last || !found.inside[k + 1] || (found.ends[k] && found.starts[k + 1]));
    if (opens) {
      snippet += '[';
      marked.push({ start: snippet.length, end: snippet.length });
    }
    snippet += text.slice(all[k].start, all[k].end);
    if (closes) {
      marked[marked.length - 1].end = snippet.length;
      snippet += ']';
    }
    if (k < last) snippet += text.slice(all[k].end, all[k + 1].start).replace(/\s+/g, ' ');
  }
  const after = text.slice(all[last].end, all[last].end + 8);
  const closing = /^[^\s\p{L}\p{N}]*/u.exec(after)![0];
  const more = last + 1 < all.length || text.length > MAX_SNIPPET_SCAN;
  return { snippet: `${snippet}${more ? closing.replace(/[.,;:]+$/, '') + '…' : closing}`, marked };
}
