/**
 * What a user types into a search box, turned into an FTS5 query that cannot
 * be anything but a conjunction of literal terms: only runs of letters and
 * digits survive, each term or "quoted phrase" becomes a quoted FTS5 string,
 * and a trailing `*` on a word asks for a prefix match. FTS5 syntax in the
 * input (`NEAR`, `OR`, `-`, `(`, `:`, `^`, stray quotes) is read as words or
 * dropped, never as operators; a term with German spellings is the OR of
 * them (`search-spellings.ts`). Searching runs it over the index of what
 * cleaning kept of each article (schema migration 11), Chinese, Japanese
 * and Korean in pairs of characters (`search-text.ts`, migration 13), with
 * snippets made from that kept text (`search-snippet.ts`).
 */
import { keptText } from '../article.js';
import { InputError } from '../errors.js';
import { readingLanguage } from '../language/detect.js';
import { isCjk } from '../text/cjk.js';
import { decodeArticle } from './codec.js';
import { markedSnippet } from './search-snippet.js';
import { MAX_WORD_SPELLINGS, phraseSpellings } from './search-spellings.js';
import { searchPhrase } from './search-text.js';
import type { Statements } from './sqlite-statements.js';
import type { SearchHit } from './types.js';

/** More terms than this are ignored: a search box is not a document. */
export const MAX_QUERY_TERMS = 32;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Spellings a whole query looks for (`search-spellings.ts`): once reached, later terms are looked for as typed. */
export const MAX_QUERY_SPELLINGS = 64;

/**
 * A term of a search: one word, or the words of a "quoted phrase"; `prefix`
 * when a word ends in `*`; `spellings` the words in each German spelling
 * looked for ("Bruecke" and "Brücke"), the typed words first.
 */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
  spellings: string[][];
}

/** The terms of what a user typed, at most `MAX_QUERY_TERMS`. */
export function searchTerms(text: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  let spelled = 0;
  for (const match of text.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const phrase = match[1] !== undefined;
    const raw = phrase ? match[1] : match[2];
    const words = raw.match(WORD);
    if (!words) continue;
    const prefix = !phrase && words.length === 1 && /[\p{L}\p{N}\p{M}]\*+$/u.test(raw);
    const spellings = phraseSpellings(words, prefix, Math.max(1, Math.min(MAX_WORD_SPELLINGS, MAX_QUERY_SPELLINGS - spelled)));
    spelled += spellings.length;
    terms.push({ words, prefix, spellings });
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

/** The safe FTS5 query, or undefined when the text holds no word to search for. */
export function ftsQuery(text: string): string | undefined {
  const terms = searchTerms(text);
  return terms.length === 0 ? undefined : termsQuery(terms);
}

/** The FTS5 query of terms (at least one). */
function termsQuery(terms: readonly SearchTerm[]): string {
  const matched = terms.map((term) => {
    const phrases = term.spellings.map((words) => {
      const phrase = searchPhrase(words);
      return `"${phrase.tokens.join(' ')}"${term.prefix || phrase.prefix ? '*' : ''}`;
    });
    return phrases.length === 1 ? phrases[0] : `(${phrases.join(' OR ')})`;
  });
  // FTS5 reads phrases side by side as AND, but a group in parentheses only beside an explicit AND.
  return matched.join(terms.some((term) => term.spellings.length > 1) ? ' AND ' : ' ');
}

/**
 * Letters a prefix needs before its `*`. FTS5 (without a prefix index) merges
 * the postings of every indexed word a prefix starts into one list per
 * query: at 100,000 stored articles "t*" took 0.5 s, "th*" 0.2 s and a
 * three-letter prefix no longer than a common word (bench/README.md).
 */
export const MIN_PREFIX_LETTERS = 3;

/** Why what a user typed cannot be searched (no word, a prefix too short), or undefined when it can. */
export function searchProblem(text: string): string | undefined {
  return termsProblem(searchTerms(text));
}

function termsProblem(terms: readonly SearchTerm[]): string | undefined {
  if (terms.length === 0) return 'the search holds no word to look for';
  const short = terms.find((term) => term.prefix && [...term.words[0]].length < MIN_PREFIX_LETTERS && ![...term.words[0]].some((char) => isCjk(char.codePointAt(0) as number)));
  if (short) return `a prefix needs at least ${MIN_PREFIX_LETTERS} letters before its *, "${short.words[0]}*" has ${[...short.words[0]].length} (it would match almost every article, slowly)`;
  return undefined;
}

/** What a user typed, read once: its terms and their FTS5 query; a user's mistake when it holds no word or a prefix too short. */
function parsedSearch(query: string): { terms: SearchTerm[]; match: string } {
  const terms = searchTerms(query);
  const problem = termsProblem(terms);
  if (problem !== undefined) throw new InputError(JSON.stringify(query), '', problem);
  return { terms, match: termsQuery(terms) };
}

/** The best `limit` articles for what a user typed after the best `offset`, each with a snippet of its kept text and the language it is read in (each article decoded once); `location` names the database in errors. */
export function searchHits(statements: Statements, location: string, query: string, limit: number, offset: number): SearchHit[] {
  const { terms, match } = parsedSearch(query);
  const rows = statements('searchHits').all(match, limit, offset) as Array<Omit<SearchHit, 'snippet' | 'marked' | 'readingLanguage'> & { text: string; article: string }>;
  return rows.map(({ text, article, ...hit }) => {
    const decoded = decodeArticle(text, article, location);
    return { ...hit, ...markedSnippet(keptText(decoded), terms), readingLanguage: readingLanguage(decoded) ?? null };
  });
}

/** The stories of the last stored `limit` articles matching what a user typed. */
export function searchStories(statements: Statements, query: string, limit: number): Set<string> {
  return new Set(statements('searchStories').all(parsedSearch(query).match, limit) as string[]);
}
