import { assertSegmented, type SegmentedArticle, type Token } from '../article.js';
import { expected } from '../errors.js';
import { tokenize } from '../segment/index.js';
import { bodySource, extractNames, type NameSource } from './entities.js';
import { storyOptions, type StoryOptions } from './options.js';

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
   * each of its words) and, prefixed `#`, numbers and dates as written
   * ("#6.1", "#1,200", "#2013").
   */
  entities: Map<string, number>;
  /**
   * Content-word stems of the headline: the title's, when there is one, and
   * those of the first `leadSentences` sentences (which is where a headline
   * sits in text without a title field), counted once each time they occur.
   * Absent counts as none.
   */
  lead?: Map<string, number>;
}

/** The prefix of number keys among a profile's entities. */
export const NUMBER_PREFIX = '#';

/** A number is event-specific when it has two characters or more ("12", "6.1"); "3" is not. */
function numberKey(token: Token): string | undefined {
  const { norm } = token;
  return norm.length >= 2 ? NUMBER_PREFIX + norm : undefined;
}

function isNumber(token: Token): boolean {
  const code = token.norm.charCodeAt(0);
  return (code >= 48 && code <= 57) || ((code === 36 || code === 8364 || code === 163) && token.norm.length > 1);
}

function isAddress(token: Token): boolean {
  return token.norm.startsWith('http') || token.norm.startsWith('www.') || token.norm.includes('@');
}

/** Counts content stems into `terms` and, when `entities` is given, number keys into it. */
function countTokens(tokens: readonly Token[], weight: number, terms: Map<string, number>, entities: Map<string, number> | undefined): void {
  for (const token of tokens) {
    if (token.punct || token.stop || isAddress(token)) continue;
    if (isNumber(token)) {
      const key = entities && numberKey(token);
      if (key) entities.set(key, (entities.get(key) ?? 0) + weight);
    } else if (token.stem.length > 1) {
      terms.set(token.stem, (terms.get(token.stem) ?? 0) + weight);
    }
  }
}

/** Milliseconds since the epoch of an ISO date, or undefined. */
export function articleTime(published: string | undefined): number | undefined {
  if (published === undefined) return undefined;
  const time = Date.parse(published);
  return Number.isFinite(time) ? time : undefined;
}

/**
 * An article's profile for story grouping: its content-word stems, names and
 * numbers with counts, its headline stems, and its date. Reads the title
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
  countTokens(article.tokens, 1, terms, entities);
  const sources: NameSource[] = [bodySource(article)];
  const title = article.title?.trim();
  if (title) {
    const titleTokens = tokenize(title, { start: 0, end: title.length });
    countTokens(titleTokens, titleWeight, terms, entities);
    countTokens(titleTokens, 1, lead, undefined);
    sources.push({ text: title, tokens: titleTokens, ranges: [[0, titleTokens.length]], titleCase: true });
  }
  for (const sentence of article.sentences.slice(0, leadSentences)) countTokens(article.tokens.slice(sentence.tokenStart, sentence.tokenEnd), 1, lead, undefined);
  for (const [name, count] of extractNames(sources, [1, titleWeight])) entities.set(name, (entities.get(name) ?? 0) + count);
  const profile: ArticleProfile = { id: article.id, terms, entities, lead };
  const time = articleTime(article.published);
  if (time !== undefined) profile.time = time;
  return profile;
}
