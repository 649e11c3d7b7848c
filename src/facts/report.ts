/**
 * What a story's articles say, side by side: every quotation with every
 * article carrying it, the people, organisations, places, vessels, products
 * and works with their counts per article, the names the sources spell
 * differently, the facts lined up across sources (agreed, conflicting,
 * updated; people's ages among them), and the articles in publication
 * order, a live blog's posts each at its own time (`storyTimeline`). Quotes, names and facts are read in the articles in English, the
 * language their rules know; the others are listed (`otherLanguages`),
 * their quotations and names read where their language has rules for them
 * (`QUOTE_LANGUAGES`, `NAME_LANGUAGES`), their numbers and dates where it
 * has words for them (`FACT_LANGUAGES`), lined up with the English
 * articles' (the keys name events and units in English in every language).
 * A story of more than `maxArticles` articles has its originals and
 * rewrites read first, then its earliest reprints (`reportArticles`); the
 * others are listed (`unread`).
 * The cited summary is the caller's to add (`summarize`).
 */
import { assertSegmented, type Article, type SegmentedArticle, type Span } from '../article.js';
import { mergeEntities, NAME_LANGUAGES, spellingVariants, type Entity, type EntityOptions, type SpellingVariant } from '../entities/index.js';
import { expected } from '../errors.js';
import { mergeQuotes, QUOTE_LANGUAGES, type CopiedSentences, type MergedQuote, type QuoteOptions } from '../quotes/index.js';
import { ageClaims } from './ages.js';
import { alignClaims } from './align.js';
import { articleAnalysis, type ArticleAnalysis } from './analysis.js';
import { reportArticles, REPORT_MAX_ARTICLES, type ReadingCopy } from './reading.js';
import { FACT_LANGUAGES } from './language-facts.js';
import { nameClaims, withoutAgreedNames } from './roles.js';
import { independentSources } from './sources.js';
import { storyTimeline, type TimelineEntry } from './timeline.js';
import type { FactGroup, FactOptions } from './types.js';

/**
 * The revision of what `storyReport` finds in given articles. Bump it with
 * any change to quotes, entities, facts, the timeline or the sentences copy
 * alignment pairs: stores cache reports per story version and revision, and
 * each article's analysis and copied sentences per revision (`storyView`),
 * so what an earlier Tidings cached is made again instead of being shown as
 * if current.
 */
export const REPORT_REVISION = 23;

export interface StoryReportOptions {
  quotes?: Partial<QuoteOptions>;
  entities?: Partial<EntityOptions>;
  facts?: Partial<FactOptions>;
  /**
   * The story's copy relations (`article` reprints or rewrites `source`), with
   * the sentences each copy took when known (`copyViews`): a copy and its
   * source are one source of a fact, and a quotation in a copied sentence is
   * the source's. Their kinds choose what a story too large to read whole
   * has read (`reportArticles`).
   */
  copies?: ReadonlyArray<CopiedSentences & ReadingCopy>;
  /**
   * Each read article's `articleAnalysis` (made with the same `quotes`
   * options), in the order of `reportArticles(articles, copies,
   * maxArticles).read`, when the caller kept them; made here when absent.
   */
  analyses?: readonly ArticleAnalysis[];
  /** The most articles read (`REPORT_MAX_ARTICLES`, 200): the report's time is bounded however large a story grows. */
  maxArticles?: number;
}

/** An article not in English, and what was read in it. */
export interface OtherLanguage {
  article: string;
  /** ISO 639-1 code, detected from the text (`articleLanguage`), else as the article declares it. */
  language: string;
  /** True when its quotations were read, by the cues of its language (`QUOTE_LANGUAGES`). */
  quotes: boolean;
  /** True when its numbers and dates were read, by the words of its language (`FACT_LANGUAGES`); a person's age beside a name is read where its names are. */
  facts: boolean;
  /** True when its names were read, by the rules of its language (`NAME_LANGUAGES`). */
  names: boolean;
}

export interface StoryReport {
  /** Articles not in English, in the order given, and what was read in them (quotations, names, numbers and dates). */
  otherLanguages: OtherLanguage[];
  /** Articles left unread because the story has more than `maxArticles`, in the order given: reprints first (`reportArticles`). */
  unread: string[];
  quotes: MergedQuote[];
  entities: Entity[];
  /** People whose names the sources spell differently ("Dikembe" / "Dikemebe Mutombo"). */
  spellings: SpellingVariant[];
  facts: FactGroup[];
  /** The articles, and a live blog's posts, by the time they were told (`storyTimeline`). */
  timeline: TimelineEntry[];
}

/**
 * The report of a story's articles, oldest first; those it reads
 * (`reportArticles`) must be segmented, the others give only their place in
 * the timeline.
 */
export function storyReport(articles: readonly Article[], options: StoryReportOptions = {}): StoryReport {
  if (!Array.isArray(articles)) expected('an array of articles', articles);
  if (options === null || typeof options !== 'object') expected('story report options as an object', options);
  const copies = options.copies ?? [];
  if (!Array.isArray(copies) || copies.some((copy) => typeof copy?.article !== 'string' || typeof copy?.source !== 'string' || (copy.sentences !== undefined && !Array.isArray(copy.sentences)) || (copy.kind !== undefined && copy.kind !== 'reprint' && copy.kind !== 'rewrite'))) expected('copies as an array of {article, source} ids, their kind (when given) reprint or rewrite', options.copies);
  const reading = reportArticles(articles, copies, options.maxArticles ?? REPORT_MAX_ARTICLES);
  for (const article of reading.read) assertSegmented(article, 'storyReport');
  const read = reading.read as SegmentedArticle[];
  const kept = options.analyses;
  if (kept !== undefined && (!Array.isArray(kept) || kept.length !== read.length || kept.some((analysis, index) => analysis?.entities?.article !== read[index].id))) expected("analyses as an array of the read articles' articleAnalysis, in their order", kept);
  const analyses = kept ?? read.map((article) => articleAnalysis(article, options.quotes));
  const otherLanguages = analyses.flatMap(({ language }, index): OtherLanguage[] => (language === undefined || language === 'en' ? [] : [{ article: read[index].id, language, quotes: QUOTE_LANGUAGES.includes(language), facts: FACT_LANGUAGES.includes(language), names: NAME_LANGUAGES.includes(language) }]));
  const perArticle = analyses.map((analysis) => analysis.entities);
  const entities = mergeEntities(perArticle, options.entities);
  const quotes = mergeQuotes(read.map((article, index) => ({ article, quotes: analyses[index].quotes })), copies);
  const spellings = spellingVariants(entities);
  const claims = [...analyses.flatMap((analysis) => analysis.claims), ...ageClaims(read, perArticle, entities, spellings), ...nameClaims(read, perArticle, entities, spellings)];
  return {
    otherLanguages,
    unread: reading.unread,
    quotes: withStoryNames(quotes, entities),
    entities,
    spellings,
    facts: withoutAgreedNames(alignClaims(claims, options.facts, independentSources(read, copies))),
    timeline: storyTimeline(articles, reportedSpans(read, analyses)),
  };
}

/** A speaker one article names only by surname ("Lavrov") gets the fullest name the story gives ("Sergei Lavrov"). */
function withStoryNames(quotes: readonly MergedQuote[], entities: readonly Entity[]): MergedQuote[] {
  const byAlias = new Map<string, Entity[]>();
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const alias of new Set(entity.aliases)) {
      const list = byAlias.get(alias);
      if (list) list.push(entity);
      else byAlias.set(alias, [entity]);
    }
  }
  const lastWord = (name: string) => name.toLowerCase().split(/\s+/).pop();
  return quotes.map((quote) => {
    if (!quote.speaker) return quote;
    const surname = lastWord(quote.speaker);
    const people = (byAlias.get(quote.speaker) ?? []).filter((entity) => lastWord(entity.name) === surname);
    return people.length === 1 && people[0].name !== quote.speaker ? { ...quote, speaker: people[0].name } : quote;
  });
}

/** Where the report found something in each read article: its facts and quotations, which choose a long live blog's posts for the timeline. */
function reportedSpans(read: readonly Article[], analyses: readonly ArticleAnalysis[]): Map<string, Span[]> {
  return new Map(read.map((article, index) => [article.id, [...analyses[index].claims.map((claim) => claim.span), ...analyses[index].quotes.map((quote) => quote.span)]]));
}
