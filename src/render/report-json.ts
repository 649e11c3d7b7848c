/**
 * The story report (`storyReport`) as JSON, for the API and `tidings story
 * --format json`: every span with the text it covers, read back from the
 * article, so a reader needs no second look-up to show a quote or a number.
 * An item's list of sources (a quote's occurrences, an entity's mentions,
 * the articles writing a spelling, the sources of a value) may be cut to its
 * first `maxSources`, as the API does: a story of 20,000 reprints has 20,000
 * of each. The item always says how many there are. Each text may be cut
 * to its first `maxChars` characters, as the API does (`MAX_QUOTED_CHARS`):
 * `textTruncated` says so, and the span gives the whole.
 */
import { spanText, type SegmentedArticle, type Span } from '../article.js';
import type { FactGroup, TimelineEntry } from '../facts/index.js';
import type { Entity, SpellingVariant } from '../entities/index.js';
import type { MergedQuote, QuoteOccurrence } from '../quotes/index.js';
import { cutText, firstShown } from './shown.js';

export type Articles = ReadonlyMap<string, SegmentedArticle>;

/** The span with the text it covers, its first `maxChars` characters (`cutText`). */
function cited(articles: Articles, article: string, span: Span, maxChars: number): { article: string; span: Span; text: string; textTruncated?: true } {
  const source = articles.get(article);
  return { article, span: { start: span.start, end: span.end }, ...cutText(source ? spanText(source.text, span) : '', maxChars) };
}

/** An occurrence of a quote, with where its article names the speaker for it (a name, a pronoun, "the statement"), or null where it does not (a report carried on past its verb); texts their first `maxChars` characters. */
function occurrenceJson(articles: Articles, occurrence: QuoteOccurrence, maxChars: number) {
  const said = occurrence.speaker?.span;
  const source = articles.get(occurrence.article);
  const speakerSpan = said && source ? { start: said.start, end: said.end, ...cutText(spanText(source.text, said), maxChars) } : null;
  return { ...cited(articles, occurrence.article, occurrence.span, maxChars), speaker: occurrence.speaker?.name ?? null, speakerSpan };
}

export function quoteJson(articles: Articles, quote: MergedQuote, maxSources = Infinity, maxChars = Infinity) {
  const { text, textTruncated } = occurrenceJson(articles, quote.representative, maxChars);
  return {
    key: quote.key,
    kind: quote.kind,
    speaker: quote.speaker ?? null,
    text,
    ...(textTruncated ? { textTruncated } : {}),
    articles: quote.articles,
    occurrences: firstShown(quote.occurrences, maxSources).shown.map((occurrence) => occurrenceJson(articles, occurrence, maxChars)),
    occurrenceCount: quote.occurrences.length,
  };
}

export function entityJson(entity: Entity, maxSources = Infinity) {
  const counts = Object.entries(entity.countsBySource);
  return {
    key: entity.key,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    roles: entity.roles,
    countsBySource: counts.length > maxSources ? Object.fromEntries(counts.slice(0, maxSources)) : entity.countsBySource,
    sourceCount: counts.length,
    mentions: firstShown(entity.mentions, maxSources).shown.map(({ article, span }) => ({ article, span: { start: span.start, end: span.end } })),
    mentionCount: entity.mentions.length,
  };
}

export function spellingJson(variant: SpellingVariant, maxSources = Infinity) {
  return {
    spellings: variant.spellings.map(({ name, entity, articles, mentions }) => ({ name, entity, articles: firstShown(articles, maxSources).shown, articleCount: articles.length, mentions })),
  };
}

export function factJson(articles: Articles, fact: FactGroup, maxSources = Infinity, maxChars = Infinity) {
  return {
    key: fact.key,
    label: fact.label,
    status: fact.status,
    sources: fact.sources,
    independent: fact.independent,
    values: fact.values.map((value) => ({
      value: value.value,
      qualifier: value.qualifier,
      upper: value.upper ?? null,
      unit: value.unit ?? null,
      sources: firstShown(value.sources, maxSources).shown.map((source) => ({ ...cited(articles, source.article, source.span, maxChars), day: source.day ?? null })),
      sourceCount: value.sources.length,
      reading: value.reading,
    })),
  };
}

/** A timeline entry; a live blog's post with its span and the text it covers, to check the entry against the article. */
export function timelineJson(articles: Articles, entry: TimelineEntry, maxChars = Infinity) {
  const post = entry.post ? cited(articles, entry.article, entry.post, maxChars) : undefined;
  const { article: _article, ...shown } = post ?? { article: '' };
  return { article: entry.article, outlet: entry.outlet ?? null, published: entry.published ?? null, title: entry.title ?? null, post: post ? shown : null };
}
