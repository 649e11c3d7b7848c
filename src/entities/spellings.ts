/**
 * Names the sources spell differently: people of one story whose names
 * differ in one word by one letter ("Dikembe" / "Dikemebe Mutombo", "Farouk" /
 * "Farouq al-Sharaa"), where no article writes both (an article naming both
 * is more likely naming two people, as brothers "Mark" and "Marko"). A short
 * word may only trade a letter for one that sounds alike ("Oskar", "Ilias",
 * not "Mary" for "Mark"), double one ("Phillip") or add a silent "h"
 * ("Kathrin", "Sarah"); a long one may differ by
 * two ("Starovoitova", "Staravoitova"). In three passes:
 *
 * 1. candidates: people whose names have the same words but one, found by
 *    a key per word position, whose differing words share a spelling with up
 *    to the edits allowed deleted (no comparison of every pair: a story
 *    naming a thousand members of one family stays linear);
 * 2. spelling: the differing words are letters, four or more, within the
 *    edits allowed, and differ by more than a plural, a hyphen or British
 *    spelling ("Hydes", "Pin-Up", "Centre", "Recognised");
 * 3. groups: variants of variants are one group, each spelling with the
 *    articles that write it, most mentioned first.
 */
import type { Entity } from './types.js';

export interface Spelling {
  /** The name as this spelling writes it. */
  name: string;
  /** The entity it names (`Entity.key`). */
  entity: string;
  /** Ids of the articles that write it. */
  articles: string[];
  mentions: number;
}

/** One person the sources spell differently: the spellings, most mentioned first. */
export interface SpellingVariant {
  spellings: Spelling[];
}

const MIN_WORD_LENGTH = 4;
/** Words this long may differ by any one edit ("Hastert" / "Hassert"); shorter ones only by a letter that sounds alike. */
const ANY_EDIT_FROM = 7;
/** Words this long may differ by two edits ("Starovoitova" / "Staravoitova"). */
const TWO_EDITS_FROM = 9;
/** Names of more words are no one's spelling (a run of capitalized words read as a name): each name's keys cost the square of its words. */
export const MAX_NAME_WORDS = 12;
const LETTERS = /^[\p{L}'’-]+$/u;
/** Letters a spelling trades for one another: "Oscar" / "Oskar", "Farouk" / "Farouq", "Elias" / "Ilias". */
const SOUNDS_ALIKE = ['ckq', 'ijy', 'sz', 'fv', 'aeiou'];
/** Consonants a spelling writes with or without a silent "h" after them: "Kathrin" / "Katrin", "Thomas" / "Tomas". */
const H_TAKERS = 'tckgpr';

export function spellingVariants(entities: readonly Entity[]): SpellingVariant[] {
  const people = entities.filter((entity) => entity.type === 'person');
  const parent = people.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index])));
  for (const [a, b, word] of candidatePairs(people)) {
    if (spelledAlike(people[a].name.split(/\s+/)[word], people[b].name.split(/\s+/)[word]) && !sharesArticle(people[a], people[b])) parent[root(a)] = root(b);
  }
  const groups = new Map<number, Entity[]>();
  people.forEach((entity, index) => append(groups, root(index), entity));
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({ spellings: group.map(spelling).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)) }))
    .sort((a, b) => total(b) - total(a) || a.spellings[0].name.localeCompare(b.spellings[0].name));
}

/** Pass 1: pairs of people (indices) whose names of two or more words agree on every word but the `word`-th, where those may be spelled alike. */
export function candidatePairs(people: readonly Entity[]): Array<[number, number, number]> {
  const folded = people.map((entity) => fold(entity.name).split(/\s+/));
  const byKey = new Map<string, number[]>();
  folded.forEach((words, index) => {
    if (words.length < 2 || words.length > MAX_NAME_WORDS) return;
    words.forEach((_, word) => {
      const key = `${words.length}:${word}:${words.filter((__, other) => other !== word).join(' ')}`;
      append(byKey, key, index);
    });
  });
  const pairs: Array<[number, number, number]> = [];
  for (const [key, indices] of byKey) {
    if (indices.length < 2) continue;
    const word = Number(key.split(':')[1]);
    for (const [a, b] of nearSpellings(indices, (index) => folded[index][word])) pairs.push([a, b, word]);
  }
  return pairs;
}

/**
 * Pairs of `indices` whose words differ but share a spelling with letters
 * deleted: one from each word, or two from words of `TWO_EDITS_FROM` letters,
 * which every pair within the edits `spelledAlike` allows does (a letter
 * traded, doubled or swapped with the next is one deletion from each side).
 */
function nearSpellings(indices: readonly number[], wordOf: (index: number) => string): Array<[number, number]> {
  const byWord = new Map<string, number[]>();
  for (const index of indices) if (wordOf(index).length >= MIN_WORD_LENGTH) append(byWord, wordOf(index), index);
  if (byWord.size < 2) return [];
  const words = [...byWord.keys()];
  const byDeletion = new Map<string, number[]>();
  words.forEach((word, at) => {
    for (const key of deletions(word, word.length >= TWO_EDITS_FROM ? 2 : 1)) append(byDeletion, key, at);
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const sharing of byDeletion.values()) {
    for (let i = 0; i < sharing.length; i++) {
      for (let j = i + 1; j < sharing.length; j++) {
        const [first, second] = sharing[i] < sharing[j] ? [sharing[i], sharing[j]] : [sharing[j], sharing[i]];
        if (first === second || seen.has(first * words.length + second)) continue;
        seen.add(first * words.length + second);
        for (const a of byWord.get(words[first])!) for (const b of byWord.get(words[second])!) pairs.push(a < b ? [a, b] : [b, a]);
      }
    }
  }
  return pairs;
}

/** `word` and every spelling of it with up to `count` letters deleted, each once. */
function deletions(word: string, count: number): Set<string> {
  const found = new Set([word]);
  let last = [word];
  for (let round = 0; round < count; round++) {
    const next: string[] = [];
    for (const spelling of last) {
      for (let at = 0; at < spelling.length; at++) {
        const shorter = spelling.slice(0, at) + spelling.slice(at + 1);
        if (!found.has(shorter)) next.push(shorter);
        found.add(shorter);
      }
    }
    last = next;
  }
  return found;
}

/** Pass 2: two spellings of one word. */
export function spelledAlike(left: string, right: string): boolean {
  const [a, b] = [fold(left), fold(right)];
  if (a === b || !LETTERS.test(a) || !LETTERS.test(b) || Math.min(a.length, b.length) < MIN_WORD_LENGTH) return false;
  if (a.replace(/-/g, '') === b.replace(/-/g, '') || `${a}s` === b || `${b}s` === a || regionless(a) === regionless(b)) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < ANY_EDIT_FROM) return a.length === b.length ? soundAlike(a, b) : undoubled(a, b) || undoubled(b, a) || silentH(a, b) || silentH(b, a);
  return editsWithin(a, b, shorter >= TWO_EDITS_FROM ? 2 : 1);
}

/** A word with British and American spellings made one: "Centre", "Recognised", "Advisor" → "center", "recognized", "adviser". */
function regionless(word: string): string {
  return word.replace(/or(s?)$/, 'er$1').replace(/re$/, 'er').replace(/our/g, 'or').replace(/is(?=e|ed|es|ing|ation)/g, 'iz');
}

/** `longer` with one doubled letter written once is `shorter`: "Phillip" / "Philip", "Qingguo" / "Qinguo". */
function undoubled(longer: string, shorter: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  for (let i = 1; i < longer.length; i++) if (longer[i] === longer[i - 1] && longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

/** `longer` with a silent "h" after a consonant that takes one, or at its end, left out is `shorter`: "Kathrin" / "Katrin", "Günther" / "Günter", "Sarah" / "Sara". */
function silentH(longer: string, shorter: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  for (let i = 1; i < longer.length; i++) {
    if (longer[i] === 'h' && (i === longer.length - 1 || H_TAKERS.includes(longer[i - 1])) && longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  }
  return false;
}

/** Equal but for one letter traded for one that sounds alike (`among`: groups of letters that do). */
function soundAlike(a: string, b: string, among: readonly string[] = SOUNDS_ALIKE): boolean {
  const differ = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  return differ.length === 1 && among.some((letters) => letters.includes(a[differ[0]]) && letters.includes(b[differ[0]]));
}

/**
 * Letters that writing a name from another alphabet renders either way
 * ("Carolos" / "Karolos", "Sergei" / "Sergey", "Elias" / "Ilias",
 * "Giannis" / "Yiannis", "Kurbanguly" / "Gurbanguly", "Alishvandi" /
 * "Alishbandi"); other vowels traded ("Nowacki" / "Nowicki", "Jon" /
 * "Jan") are not among them.
 */
const TRANSLITERATED = ['ckq', 'gk', 'ijy', 'gy', 'sz', 'fvb', 'ei', 'ou'];

/**
 * Two spellings of one word that transliterations give ("Sergei" / "Sergey",
 * "Carolos" / "Karolos", "Moustafa" / "Mustafa", "Phillip" / "Philip",
 * "Katrin" / "Kathrin"), not a slip of one letter that makes another name:
 * equal after folding accents, case and romanised letter groups
 * (`romanised`: "Alexei" / "Aleksei", "Joseph" / "Josef"), or one letter traded within
 * `TRANSLITERATED`, a doubled letter written once, a silent "h", or a "u"
 * after "o" left out.
 */
export function transliterated(left: string, right: string): boolean {
  const [a, b] = [romanised(left), romanised(right)];
  if (a === b) return true;
  if (a.length === b.length) return soundAlike(a, b, TRANSLITERATED);
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return undoubled(longer, shorter) || silentH(longer, shorter) || longer.replace('ou', 'u') === shorter;
}

/**
 * Whether two spellings of a word keep the same consonants, as
 * transliterations and vowel slips do ("Abdullah" / "Abdallah",
 * "Starovoitova" / "Staravoitova", "Berdymukhamedov" / "Berdimuhamedov",
 * "Nowacki" / "Nowicki"), unlike a consonant miswritten ("Hastert" /
 * "Hassert", "Wetzler" / "Welzler"): the words `romanised`, with "kh" as "h", no "h",
 * the `TRANSLITERATED` consonants as one, no vowels or "y", and no doubled
 * letters are equal.
 */
export function sameConsonants(left: string, right: string): boolean {
  return consonants(left) === consonants(right);
}

function consonants(word: string): string {
  const written = romanised(word).replace(/kh/g, 'h').replace(/[haeiouy]/g, '');
  return [...written].map((letter) => LETTER_CLASS.get(letter) ?? letter).join('').replace(/(.)\1+/g, '$1');
}

/** Each letter of `TRANSLITERATED` mapped to one of its classes, classes that share a letter made one ("c", "k", "q", "g" alike). */
const LETTER_CLASS: ReadonlyMap<string, string> = (() => {
  const classOf = new Map<string, string>();
  for (const letters of TRANSLITERATED) {
    const joined = [...letters].map((letter) => classOf.get(letter)).find((found) => found !== undefined) ?? letters[0];
    for (const letter of letters) {
      const before = classOf.get(letter);
      if (before !== undefined && before !== joined) for (const [other, found] of classOf) if (found === before) classOf.set(other, joined);
      classOf.set(letter, joined);
    }
  }
  return classOf;
})();

/** Whether `a` becomes `b` in at most `max` insertions, deletions, substitutions or swaps of adjacent letters. */
export function editsWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous: number[] = [];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(before[j] + 1, row[j - 1] + 1, before[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], previous[j - 2] + 1);
    }
    if (Math.min(...row) > max) return false;
    [previous, before] = [before, row];
  }
  return before[b.length] <= max;
}

/** A word folded (`fold`) with the letter groups romanisations write either way made one: "tch" as "ch" ("Tchaikovsky" / "Chaikovsky"), "x" as "ks" ("Alexei" / "Aleksei"), "ph" as "f" ("Joseph" / "Josef"), "iou" as "yu" ("Iouri" / "Yuri"). */
function romanised(word: string): string {
  return fold(word).replace(/tch/g, 'ch').replace(/x/g, 'ks').replace(/ph/g, 'f').replace(/iou/g, 'yu');
}

/** Lower case without accents: "Öcalan" and "Ocalan" are one spelling. */
function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function sharesArticle(a: Entity, b: Entity): boolean {
  return Object.keys(a.countsBySource).some((article) => Object.hasOwn(b.countsBySource, article));
}

function spelling(entity: Entity): Spelling {
  return { name: entity.name, entity: entity.key, articles: Object.keys(entity.countsBySource), mentions: entity.mentions.length };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function total(variant: SpellingVariant): number {
  return variant.spellings.reduce((sum, spelling) => sum + spelling.mentions, 0);
}
