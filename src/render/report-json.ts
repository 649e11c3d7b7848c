/**
 * The story report (`storyReport`) as JSON, for the API and `tidings story
 * --format json`: every span with the text it covers, read back from the
 * article, so a reader needs no second look-up to show a quote or a number.
 */
import { spanText, type SegmentedArticle, type Span } from '../article.js';
import type { FactGroup, TimelineEntry } from '../facts/index.js';
import type { Entity, SpellingVariant } from '../entities/index.js';
import type { MergedQuote, QuoteOccurrence } from '../quotes/index.js';

export type Articles = ReadonlyMap<string, SegmentedArticle>;

function cited(articles: Articles, article: string, span: Span): { article: string; span: Span; text: string } {
  const source = articles.get(article);
  return { article, span: { start: span.start, end: span.end }, text: source ? spanText(source.text, span) : '' };
}

function occurrenceJson(articles: Articles, occurrence: QuoteOccurrence) {
  return { ...cited(articles, occurrence.article, occurrence.span), speaker: occurrence.speaker?.name ?? null };
}

export function quoteJson(articles: Articles, quote: MergedQuote) {
  return {
    key: quote.key,
    kind: quote.kind,
    speaker: quote.speaker ?? null,
    text: occurrenceJson(articles, quote.representative).text,
    articles: quote.articles,
    occurrences: quote.occurrences.map((occurrence) => occurrenceJson(articles, occurrence)),
  };
}

export function entityJson(entity: Entity) {
  return {
    key: entity.key,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    roles: entity.roles,
    countsBySource: entity.countsBySource,
    mentions: entity.mentions.map(({ article, span }) => ({ article, span: { start: span.start, end: span.end } })),
  };
}

export function spellingJson(variant: SpellingVariant) {
  return { spellings: variant.spellings.map(({ name, entity, articles, mentions }) => ({ name, entity, articles: [...articles], mentions })) };
}

export function factJson(articles: Articles, fact: FactGroup) {
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
      sources: value.sources.map((source) => ({ ...cited(articles, source.article, source.span), day: source.day ?? null })),
    })),
  };
}

export function timelineJson(entry: TimelineEntry) {
  return { article: entry.article, outlet: entry.outlet ?? null, published: entry.published ?? null, title: entry.title ?? null };
}
