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
}

/** The prefix of number keys among a profile's entities. */
export const NUMBER_PREFIX = '#';

/** A number is event-specific when it has two characters or more ("12", "6.1"); "3" is not. */
function numberKey(token: Token): string | undefined {
  const { norm } = token;
  return norm.length >= 2 ? NUMBER_PREFIX + norm : undefined;
}

const XX = JSON.parse(process.env.X ?? '{}');
function isNumber(token: Token): boolean {
  if (XX.alnum && /\d/.test(token.norm)) return true;
  const code = token.norm.charCodeAt(0);
  return (code >= 48 && code <= 57) || ((code === 36 || code === 8364 || code === 163) && token.norm.length > 1);
}

function isAddress(token: Token): boolean {
  return token.norm.startsWith('http') || token.norm.startsWith('www.') || token.norm.includes('@');
}

function countTokens(tokens: readonly Token[], weight: number, terms: Map<string, number>, entities: Map<string, number>): void {
  for (const token of tokens) {
    if (token.punct || token.stop || isAddress(token)) continue;
    if (isNumber(token)) {
      const key = numberKey(token);
      if (key !== undefined) entities.set(key, (entities.get(key) ?? 0) + weight);
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
 * numbers with counts, and its date. Reads the title (weighted `titleWeight`)
 * and the kept paragraphs' tokens. Pure; costs one pass over the tokens.
 */
export function articleProfile(article: SegmentedArticle, options?: Partial<StoryOptions>): ArticleProfile {
  if (article === null || typeof article !== 'object') expected('a segmented article', article);
  assertSegmented(article, 'articleProfile');
  const { titleWeight } = storyOptions(options);
  const X = JSON.parse(process.env.X ?? '{}');
  const terms = new Map<string, number>();
  const entities = new Map<string, number>();
  const sources: NameSource[] = [bodySource(article)];
  const sourceWeights = [1];
  if (X.leadW2) {
    const body = sources[0];
    sources[0] = { ...body, ranges: body.ranges.slice(X.leadS ?? 2) };
    sources.push({ ...body, ranges: body.ranges.slice(0, X.leadS ?? 2) });
    sourceWeights.push(X.leadW2);
  }
  if (X.lead) {
    let words = 0;
    for (const sentence of article.sentences) {
      const w = words < X.lead ? (X.leadW ?? 2) : 1;
      countTokens(article.tokens.slice(sentence.tokenStart, sentence.tokenEnd), w, terms, entities);
      for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) if (!article.tokens[i].punct) words++;
    }
  } else countTokens(article.tokens, 1, terms, entities);
  if (X.leadTerms) {
    for (const sentence of article.sentences.slice(0, X.leadTerms)) for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) { const t = article.tokens[i]; if (t.punct || t.stop || isNumber(t)) continue; terms.set('^' + t.stem, (terms.get('^' + t.stem) ?? 0) + 1); }
  }
  if (X.nonum) for (const k of [...entities.keys()]) if (k.startsWith('#')) entities.delete(k);
  if (X.bigrams) { let prev: string | undefined; for (const t of article.tokens) { if (t.punct) { prev = undefined; continue; } if (t.stop) continue; if (prev) { const k = prev + '_' + t.stem; terms.set(k, (terms.get(k) ?? 0) + X.bigrams); } prev = t.stem; } }
  const title = article.title?.trim();
  if (title) {
    const titleTokens = tokenize(title, { start: 0, end: title.length });
    countTokens(titleTokens, titleWeight, terms, entities);
    sources.push({ text: title, tokens: titleTokens, ranges: [[0, titleTokens.length]], titleCase: true });
    sourceWeights.push(titleWeight);
  }
  const names = extractNames(sources, sourceWeights);
  if (X.nosingle) for (const k of [...names.keys()]) if (!k.includes(' ') && names.has(k)) { let multi = false; for (const o of names.keys()) if (o.includes(' ') && o.split(' ').includes(k)) { multi = true; break; } if (multi) names.delete(k); }
  if (X.nomulti) for (const k of [...names.keys()]) if (k.includes(' ')) names.delete(k);
  if (X.noent) names.clear();
  for (const [name, count] of names) entities.set(name, (entities.get(name) ?? 0) + count);
  if (X.leadNames) {
    const body = bodySource(article);
    const lead = { ...body, ranges: body.ranges.slice(0, X.leadNames) };
    for (const [name, count] of extractNames([lead], [1])) if (!name.includes(' ') && !name.startsWith('@')) entities.set('^' + name, count);
  }
  const profile: ArticleProfile = { id: article.id, terms, entities };
  const time = articleTime(article.published);
  if (time !== undefined) profile.time = time;
  return profile;
}
