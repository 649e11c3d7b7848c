/**
 * Concepts: what a word means for copy detection, so that a rewrite's
 * synonyms, long names and spelled-out numbers meet their source. A word or
 * phrase in the paraphrase table becomes its line's concept (`=worldwide`
 * for "international"); a number becomes its digits (`#1200` for "1,200",
 * `#3` for "three"); any other word its Porter stem.
 */
import type { Token } from '../article.js';
import { tokenize } from '../segment/index.js';
import { PARAPHRASE_TABLE } from './paraphrases.js';

export interface Concept {
  key: string;
  /** Not a function word: stopwords are not content, numbers and table entries with a content word are. */
  content: boolean;
  number: boolean;
  /** Index of the first and one past the last word (non-punctuation token) it covers. */
  from: number;
  to: number;
}

interface Phrase {
  stems: string[];
  key: string;
  content: boolean;
}

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60',
  seventy: '70', eighty: '80', ninety: '90',
};

const NUMERIC = /^[$€£¥]?\d/;
const NUMBER_NOISE = /[$€£¥,]/g;
const PERCENT_KEY = '=percent';

/** Phrases of the paraphrase table by their first stem, longest first. */
export const PHRASES_BY_FIRST_STEM: ReadonlyMap<string, readonly Phrase[]> = phraseTable(PARAPHRASE_TABLE);

function phraseTable(table: string): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const line of table.split('\n')) {
    const alternatives = line.split('|').map((part) => part.trim()).filter(Boolean);
    if (alternatives.length === 0) continue;
    const key = `=${alternatives[0]}`;
    const tokenized = alternatives.map((alternative) => tokenize(alternative, { start: 0, end: alternative.length }).filter((token) => !token.punct));
    const content = tokenized.some((tokens) => tokens.some((token) => !token.stop));
    for (const tokens of tokenized) {
      const stems = tokens.map((token) => token.stem);
      const list = byFirst.get(stems[0]) ?? [];
      if (!list.some((phrase) => phrase.stems.join(' ') === stems.join(' '))) list.push({ stems, key, content });
      byFirst.set(stems[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return byFirst;
}

/** The concepts of a run of tokens, in order; punctuation is dropped. */
export function concepts(tokens: readonly Token[]): Concept[] {
  const words = tokens.filter((token) => !token.punct);
  const found: Concept[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    const phrase = phraseAt(words, i);
    if (phrase) {
      found.push({ key: phrase.key, content: phrase.content, number: false, from: i, to: i + phrase.stems.length });
      i += phrase.stems.length;
      continue;
    }
    const spelled = NUMBER_WORDS[word.norm];
    if (spelled !== undefined || NUMERIC.test(word.norm)) {
      const digits = spelled ?? word.norm.replace(NUMBER_NOISE, '');
      const percent = digits.endsWith('%');
      found.push({ key: `#${percent ? digits.slice(0, -1) : digits}`, content: true, number: true, from: i, to: i + 1 });
      if (percent) found.push({ key: PERCENT_KEY, content: true, number: false, from: i, to: i + 1 });
    } else {
      found.push({ key: word.stem, content: !word.stop, number: false, from: i, to: i + 1 });
    }
    i++;
  }
  return found;
}

function phraseAt(words: readonly Token[], at: number): Phrase | undefined {
  const candidates = PHRASES_BY_FIRST_STEM.get(words[at].stem);
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    if (at + phrase.stems.length > words.length) continue;
    let matches = true;
    for (let k = 1; k < phrase.stems.length && matches; k++) matches = words[at + k].stem === phrase.stems[k];
    if (matches) return phrase;
  }
  return undefined;
}
