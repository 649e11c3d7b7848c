/** Small questions about tokens that entities, quotes and facts all ask. */
import { oncePerArticle, type SegmentedArticle, type Token } from '../article.js';
import { partitionPoint } from '../text/partition-point.js';

/** The characters of a token as written. */
export function tokenText(article: SegmentedArticle, index: number): string {
  const token = article.tokens[index];
  return article.text.slice(token.start, token.end);
}

/** The words the article writes in lower case anywhere ("fire", "police"), read once per article (`oncePerArticle`). */
export const lowerCaseWords: (article: SegmentedArticle) => ReadonlySet<string> = oncePerArticle(
  (article: SegmentedArticle) => new Set(article.text.match(/(?<![\p{L}'])\p{Ll}[\p{Ll}'-]*/gu) ?? []),
);

/** "Putin's" and "Reuters'" end in a possessive; returns how many characters it takes. */
export function possessiveLength(word: string): number {
  if (/['’]s$/i.test(word)) return 2;
  if (/s['’]$/.test(word) && word.length > 2) return 1;
  return 0;
}

/** A word that can be part of a proper name: capitalized, an initial, or an "al-Assad" particle form. */
export function isNameWord(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first < 128 && !PARTICLE_INITIALS.has(first)) return false;
  if (/^\p{Lu}/u.test(word)) return /\p{L}/u.test(word);
  return /^(?:al|el|bin|ibn|de|van|von|da|di|du|le|la|d')-?\p{Lu}/u.test(word);
}

/** First letters of the particles `isNameWord` accepts before a capital: any other ASCII start is decided at once. */
const PARTICLE_INITIALS: ReadonlySet<number> = new Set([...'abdeilv'].map((letter) => letter.charCodeAt(0)));

/** "NGOs", "ISPs", "MPs": an acronym made plural names a kind of body or person, no one. */
export function isPluralAcronym(word: string): boolean {
  return /^\p{Lu}{2,}s$/u.test(word);
}

/** Lower-case particles that may join two name words ("Bank of England", "Bashar al Assad"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['of', 'de', 'da', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'es', 'la', 'le', 'du', 'ap', 'y', '&']);

/** Capitalized words that make a common noun with the lower-case noun after them ("Web site", "Web browser"): no name's last word. */
const COMPOUND_OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([['Web', new Set(['site', 'sites', 'page', 'pages', 'browser', 'browsers', 'server', 'servers'])]]);

/** The word at `index` opens a common noun with the word after it ("Netcenter Web site"). */
export function opensCommonNoun(article: SegmentedArticle, index: number): boolean {
  const nouns = COMPOUND_OPENERS.get(tokenText(article, index));
  return nouns !== undefined && index + 1 < article.tokens.length && nouns.has(tokenText(article, index + 1));
}

/** The sentence index of every token. */
export function sentenceOfTokens(article: SegmentedArticle): Int32Array {
  const owner = new Int32Array(article.tokens.length).fill(-1);
  article.sentences.forEach((sentence, index) => owner.fill(index, sentence.tokenStart, sentence.tokenEnd));
  return owner;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  return partitionPoint(tokens.length, (index) => tokens[index].start < offset);
}

/** Title-cases a shouted word ("BRENMOUTH" → "Brenmouth"); acronyms stay: up to five letters, or four consonants in a row ("UNFCCC"). */
export function unshout(word: string): string {
  return word.length > 5 && word === word.toUpperCase() && /\p{Lu}{6}/u.test(word) && !/[B-DF-HJ-NP-TV-XZ]{4}/.test(word)
    ? word.charAt(0) + word.slice(1).toLowerCase()
    : word;
}
