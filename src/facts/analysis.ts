/**
 * What the story report finds in one article alone: its entities
 * (`articleEntities`), its quotations with their speakers and its fact
 * claims (`articleClaims`), all spans into the article's own text, or, for
 * an article in another language than English, its language, the
 * quotations its language's cues find (`findQuotesIn`), the names its
 * language's rules find (`otherLanguageEntities`, the quotations' speakers
 * among the people) and the numbers and dates its language's words find
 * (`FACT_LANGUAGES`). A pure
 * function of the article, so a store keeps it per article and
 * `REPORT_REVISION` (`storyView`), and a story that grows has only its new
 * articles analysed; `storyReport` lines the analyses up across the story.
 */
import { assertSegmented, type SegmentedArticle } from '../article.js';
import { articleEntities, NAME_LANGUAGES, otherLanguageEntities, type ArticleEntities } from '../entities/index.js';
import { readingLanguage } from '../language/index.js';
import { findQuotesIn, findQuotesWithEntities, type Quote, type QuoteOptions } from '../quotes/index.js';
import { articleClaims, EVERY_CLAIM_KIND, type ClaimKinds } from './align.js';
import { FACT_LANGUAGES } from './language-facts.js';
import type { FactClaim } from './claims.js';

export interface ArticleAnalysis {
  /**
   * The language the article is read in (`readingLanguage`): its text's,
   * else the code it declares; undefined when neither tells. An article in
   * another language than English has the quotations and reported speech
   * its language's cues find (`QUOTE_LANGUAGES`), the names its language's
   * rules find (`NAME_LANGUAGES`), and claims of numbers and dates in the
   * languages with words for them (`FACT_LANGUAGES`); the report reads a
   * person's age beside a name ("Katrin Vogelsang (55)") from the entities
   * (`ageClaims`).
   */
  language?: string;
  entities: ArticleEntities;
  quotes: Quote[];
  claims: FactClaim[];
}

export function articleAnalysis(article: SegmentedArticle, quotes?: Partial<QuoteOptions>): ArticleAnalysis {
  assertSegmented(article, 'articleAnalysis');
  const language = readingLanguage(article);
  if (language !== undefined && language !== 'en') {
    const found = findQuotesIn(article, language, quotes);
    return { language, entities: otherLanguageNames(article, language, found), quotes: found, claims: analysisClaims(article, language) };
  }
  const entities = articleEntities(article);
  return { ...(language ? { language } : {}), entities, quotes: findQuotesWithEntities(article, entities, quotes), claims: analysisClaims(article, language) };
}

/** The fact claims of `articleAnalysis`, without its names and quotations: those of the language the article is read in (`readingLanguage`), none in a language with no fact words; dates and times only of the `kinds` asked for (`articleClaims`). */
export function analysisClaims(article: SegmentedArticle, language = readingLanguage(article), kinds: ClaimKinds = EVERY_CLAIM_KIND): FactClaim[] {
  if (language === undefined || language === 'en') return articleClaims(article, 'en', kinds);
  return FACT_LANGUAGES.includes(language) ? articleClaims(article, language, kinds) : [];
}

/** The names of `articleAnalysis`, without keeping its quotations (an article in another language has its quotations found, as their speakers are among its people). */
export function analysisEntities(article: SegmentedArticle, language = readingLanguage(article), quotes?: Partial<QuoteOptions>): ArticleEntities {
  if (language === undefined || language === 'en') return articleEntities(article);
  return otherLanguageNames(article, language, findQuotesIn(article, language, quotes));
}

function otherLanguageNames(article: SegmentedArticle, language: string, found: Quote[]): ArticleEntities {
  return NAME_LANGUAGES.includes(language) ? otherLanguageEntities(article, language, found) : { article: article.id, entities: [], mentions: [] };
}
