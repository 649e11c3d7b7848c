import { assertSegmented, type SegmentedArticle, type Token } from '../article.js';
import { expected } from '../errors.js';
import { exonymKeys } from '../entities/exonyms.js';
import { tokenize } from '../segment/index.js';
import { cjkWordEnd, FIRST_CJK_UNIT } from '../text/cjk.js';
import { bodySource, extractNames, type NameSource } from './entities.js';
import { storyOptions, type StoryOptions } from './options.js';
import { instantOf } from '../time.js';

/**
 * What the story clusterer knows of an article: plain counts, no document
 * frequencies (the clusterer learns those online and weighs at comparison).
 */
export interface ArticleProfile {
  id: string;
  /** Milliseconds since the epoch, from `published`; absent when the article is undated. */
  time?: number;
  /** Content-word stems (no stopwords, punctuation or numbers) with their counts; title words count `titleWeight` times. */
  terms: Map<string, number>;
  /**
   * Event-specific keys with their counts: proper names ("tara reid", and
   * each of its words; a country or city as English names it, "londres" in
   * a French article as "london": `exonymKeys`) and, prefixed `#`, numbers
   * and dates as written ("#6.1", "#1,200", "#2013").
   */
  entities: Map<string, number>;
  /**
   * Content-word stems of the headline: the title's, when there is one, and
   * those of the first `leadSentences` sentences (which is where a headline
   * sits in text without a title field), counted once each time they occur.
   * Absent counts as none.
   */
  lead?: Map<string, number>;
  /**
   * The year an undated article's first lines give: the first year written
   * (1900–2099) up to the end of its `YEAR_SENTENCES`th sentence, as in a
   * dateline ("May 03, 2013"), an address ("/2013/may/03/") or the lead.
   * Absent when the article is dated (its date decides) or writes no year there.
   */
  year?: number;
}

/** How many first sentences of an undated article are read for its year. */
export const YEAR_SENTENCES = 4;

/** The prefix of number keys among a profile's entities. */
export const NUMBER_PREFIX = '#';

/** What a token adds to a profile: nothing, a number key to the entities, or a content stem to the terms. */
const NOTHING = 0;
const NUMBER_KEY = 1;
const TERM = 2;
/** A Chinese or Japanese character (`cjkWordEnd`): it adds, with the character after it, their pair to the terms. */
const CJK_CHARACTER = 3;

/**
 * What each recent surface form adds, by the token's `form` (its slot is the
 * form's number modulo `FORM_SLOTS`, as in the copies' concept memo): the
 * kind, and the key it counts under (one string a form, so a number's `#`
 * key is not built again at every occurrence). Private and bounded: the
 * result depends on the form only.
 */
const FORM_SLOTS = 1 << 16;
const slotForms = new Float64Array(FORM_SLOTS).fill(-1);
const slotKinds = new Uint8Array(FORM_SLOTS);
const slotKeys = new Array<string>(FORM_SLOTS).fill('');

/**
 * The slot holding what `token`'s form adds, filled when it holds another
 * form: punctuation, stopwords and addresses add nothing; a number adds its
 * key when it has two characters or more ("12", "6.1"; "3" is not
 * event-specific); another word its stem when longer than one character.
 */
function formSlot(token: Token): number {
  const slot = token.form & (FORM_SLOTS - 1);
  if (slotForms[slot] === token.form) return slot;
  const { norm } = token;
  let kind = NOTHING;
  let key = '';
  if (token.punct || token.stop || isAddress(norm)) kind = NOTHING;
  else if (isNumber(norm)) {
    if (norm.length >= 2) [kind, key] = [NUMBER_KEY, NUMBER_PREFIX + norm];
  } else if (isCjkCharacter(norm)) [kind, key] = [CJK_CHARACTER, norm];
  else if (token.stem.length > 1) [kind, key] = [TERM, token.stem];
  slotForms[slot] = token.form;
  slotKinds[slot] = kind;
  slotKeys[slot] = key;
  return slot;
}

/** One Han character or hiragana (a katakana run is a word: a term). */
function isCjkCharacter(norm: string): boolean {
  return norm.charCodeAt(0) >= FIRST_CJK_UNIT && norm.length === String.fromCodePoint(norm.codePointAt(0) as number).length && cjkWordEnd(norm, 0) === norm.length;
}

function isNumber(norm: string): boolean {
  const code = norm.charCodeAt(0);
  return (code >= 48 && code <= 57) || ((code === 36 || code === 8364 || code === 163) && norm.length > 1);
}

function isAddress(norm: string): boolean {
  return norm.startsWith('http') || norm.startsWith('www.') || norm.includes('@');
}

/**
 * Counts the content stems of `tokens[from, to)` into `terms` and, when
 * `entities` is given, their number keys into it. Chinese and Japanese
 * characters count in pairs, each with the character written right after it
 * ("仓库", "火灾"): most words of these languages are two characters, and a
 * character alone says little.
 */
function countTokens(tokens: readonly Token[], from: number, to: number, weight: number, terms: Map<string, number>, entities: Map<string, number> | undefined): void {
  for (let i = from; i < to; i++) {
    const slot = formSlot(tokens[i]);
    const kind = slotKinds[slot];
    if (kind === TERM) {
      const key = slotKeys[slot];
      terms.set(key, (terms.get(key) ?? 0) + weight);
    } else if (kind === NUMBER_KEY && entities !== undefined) {
      const key = slotKeys[slot];
      entities.set(key, (entities.get(key) ?? 0) + weight);
    } else if (kind === CJK_CHARACTER && i + 1 < to && tokens[i + 1].start === tokens[i].end) {
      const first = slotKeys[slot];
      const next = formSlot(tokens[i + 1]);
      if (slotKinds[next] !== CJK_CHARACTER) continue;
      const key = first + slotKeys[next];
      terms.set(key, (terms.get(key) ?? 0) + weight);
    }
  }
}

/** A year as written: four digits from 1900 to 2099, not inside a longer number or word. */
const YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/u;

/**
 * The first year written in the article's text up to the end of its
 * `YEAR_SENTENCES`th sentence, lines the cleaner set aside included (a
 * dateline is where the year is), or undefined.
 */
function firstYear(article: SegmentedArticle): number | undefined {
  const { sentences } = article;
  if (sentences.length === 0) return undefined;
  const found = YEAR.exec(article.text.slice(0, sentences[Math.min(YEAR_SENTENCES, sentences.length) - 1].end));
  return found === null ? undefined : Number(found[0]);
}

/** Milliseconds since the epoch of an ISO date, or undefined. */
export function articleTime(published: string | undefined): number | undefined {
  if (published === undefined) return undefined;
  const time = instantOf(published);
  return Number.isFinite(time) ? time : undefined;
}

/**
 * An article's profile for story grouping: its content-word stems, names and
 * numbers with counts, its headline stems, and its date (or, undated, the
 * year its first sentences give). Reads the title
 * (weighted `titleWeight`) and the kept paragraphs' tokens. Pure; costs one
 * pass over the tokens.
 */
export function articleProfile(article: SegmentedArticle, options?: Partial<StoryOptions>): ArticleProfile {
  if (article === null || typeof article !== 'object') expected('a segmented article', article);
  assertSegmented(article, 'articleProfile');
  const { titleWeight, leadSentences } = storyOptions(options);
  const terms = new Map<string, number>();
  const entities = new Map<string, number>();
  const lead = new Map<string, number>();
  countTokens(article.tokens, 0, article.tokens.length, 1, terms, entities);
  const sources: NameSource[] = [bodySource(article)];
  const title = article.title?.trim();
  if (title) {
    const titleTokens = tokenize(title, { start: 0, end: title.length }, [], article.textLanguage);
    countTokens(titleTokens, 0, titleTokens.length, titleWeight, terms, entities);
    countTokens(titleTokens, 0, titleTokens.length, 1, lead, undefined);
    sources.push({ text: title, tokens: titleTokens, ranges: [[0, titleTokens.length]], titleCase: true });
  }
  for (const sentence of article.sentences.slice(0, leadSentences)) countTokens(article.tokens, sentence.tokenStart, sentence.tokenEnd, 1, lead, undefined);
  const places = exonymKeys(article.textLanguage);
  for (const [found, count] of extractNames(sources, [1, titleWeight], article.textLanguage)) {
    const name = places?.get(found) ?? found;
    entities.set(name, (entities.get(name) ?? 0) + count);
  }
  const profile: ArticleProfile = { id: article.id, terms, entities, lead };
  const time = articleTime(article.published);
  if (time !== undefined) profile.time = time;
  else {
    const year = firstYear(article);
    if (year !== undefined) profile.year = year;
  }
  return profile;
}
