/**
 * Who said what in one article, in three passes (each in its own file):
 *
 * 1. `quotedPieces`: quote marks to quoted pieces, quotations running over
 *    paragraphs joined;
 * 2. `directQuotes`: the speech verb and speaker of each piece, then speakers
 *    for pieces that continue or repeat an attributed one;
 * 3. `indirectQuotes`: reported speech outside quote marks ("X said that …",
 *    "…, officials said", "according to X, …").
 *
 * Speakers are resolved against the article's entities: the fullest name,
 * "he"/"she" to the nearest compatible person, roles and documents to whom
 * they stand for. An article in French, German, Spanish, Italian, Portuguese
 * or Dutch has its quotations read by the cues of its language
 * (`otherLanguageQuotes`).
 */
import { assertSegmented, type SegmentedArticle } from '../article.js';
import { expected } from '../errors.js';
import { withDefaults } from '../options.js';
import { articleEntities, type ArticleEntities } from '../entities/index.js';
import { quoteContext } from './context.js';
import { directQuotes } from './direct.js';
import { indirectQuotes } from './indirect.js';
import { quotedPieces } from './marks.js';
import { otherLanguageQuotes } from './other-languages.js';
import type { Quote, QuoteOptions } from './types.js';

export const defaultQuoteOptions: Readonly<QuoteOptions> = Object.freeze({ indirect: true, minUnattributedWords: 4 });

export function findQuotes(article: SegmentedArticle, options?: Partial<QuoteOptions>): Quote[] {
  if (article === null || typeof article !== 'object') expected('a segmented article', article);
  assertSegmented(article, 'findQuotes');
  return findQuotesWithEntities(article, articleEntities(article), options);
}

/** `findQuotes` for a caller that already has the article's entities (`articleEntities`), as the story report does. */
export function findQuotesWithEntities(article: SegmentedArticle, entities: ArticleEntities, options?: Partial<QuoteOptions>): Quote[] {
  assertSegmented(article, 'findQuotesWithEntities');
  if (entities?.article !== article.id) expected(`the entities of article ${JSON.stringify(article.id)}`, entities?.article);
  const settings = quoteSettings(options);
  const pieces = quotedPieces(article);
  const context = quoteContext(article, pieces, entities);
  const direct = directQuotes(context, pieces, settings.minUnattributedWords);
  const indirect = settings.indirect ? indirectQuotes(context) : [];
  return [...direct, ...indirect].sort((a, b) => a.span.start - b.span.start || (a.kind === 'direct' ? -1 : 1));
}

/**
 * The quotations of an article in another language than English, and its
 * reported speech with a named speaker ("X a déclaré que …"), read by the
 * cues of its language (`QUOTE_LANGUAGES`); none in a language without them.
 */
export function findQuotesIn(article: SegmentedArticle, language: string, options?: Partial<QuoteOptions>): Quote[] {
  assertSegmented(article, 'findQuotesIn');
  if (typeof language !== 'string') expected('a language code string', language);
  return otherLanguageQuotes(article, language, quoteSettings(options));
}

function quoteSettings(options: Partial<QuoteOptions> | undefined): QuoteOptions {
  const settings = withDefaults('quotes', defaultQuoteOptions, options);
  if (typeof settings.indirect !== 'boolean') expected('quotes.indirect to be a boolean', settings.indirect);
  if (!Number.isInteger(settings.minUnattributedWords) || settings.minUnattributedWords < 1) expected('quotes.minUnattributedWords to be a positive integer', settings.minUnattributedWords);
  return settings;
}
