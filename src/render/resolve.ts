import { spanText, type Article, type Span } from '../article.js';
import { expected } from '../errors.js';
import type { FactValue } from '../facts/index.js';
import { summaryPartsText, type CitationGrade, type Summary } from '../summarize/index.js';
import { LISTED_OPENING_CHARS, openingName } from './outlet-name.js';
import { oneLine } from './escape.js';

export interface ResolvedCitation<A extends Article = Article> {
  /** 1-based number of the source in `ResolvedSummary.sources`. */
  number: number;
  article: A;
  span: Span;
  /** The cited characters, read back from the article through the span. */
  text: string;
  support: number;
  /** `states` the whole sentence or `partly` (`Citation.grade`). */
  grade: CitationGrade;
  /** The sentence is taken from this article (its first citation, `SummarySentence.article`). */
  own: boolean;
}

export interface ResolvedSentence<A extends Article = Article> {
  text: string;
  article: A;
  /** The citations shown, at most `maxCitations`, in the summary's order (its own source first); a reader is shown them by number (`byNumber`). */
  citations: Array<ResolvedCitation<A>>;
  /** How many citations of the sentence are left out (a story of thousands of copies cites them all). */
  moreCitations: number;
  /** The values the sentence states that other sources give otherwise (`SummarySentence.disputed`), their sources numbered as citations are. */
  disputes: Array<ResolvedDispute<A>>;
}

export interface ResolvedDispute<A extends Article = Article> {
  label: string;
  stated: FactValue;
  /** Each value that cannot be true with the stated one, with the sources that give it (the first `maxCitations`). */
  others: Array<{ value: FactValue; sources: Array<{ number: number; article: A; span: Span }> }>;
}

/**
 * Citations a reader is shown per sentence in text, Markdown and HTML: the
 * first ones in the summary's order; the rest are counted ("+19,990 more").
 * JSON gives every one.
 */
export const MAX_SHOWN_CITATIONS = 10;

export interface ResolvedSummary<A extends Article = Article> {
  headline?: string;
  sentences: Array<ResolvedSentence<A>>;
  /** Cited articles, numbered in order of first citation shown. */
  sources: A[];
}

/**
 * Reads a summary's spans back from its articles: the text of every sentence
 * and citation, and the numbering of sources. Throws when a span does not fit
 * its article, so a renderer can never print a citation the source does not hold.
 * With `maxCitations`, only the first that many citations of each sentence
 * are resolved and numbered.
 */
export function resolveSummary<A extends Article>(summary: Summary, articles: readonly A[], maxCitations = Infinity): ResolvedSummary<A> {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const find = (id: string) => byId.get(id) ?? expected(`an article with id ${JSON.stringify(id)} among the summarized articles`, id);
  const numbers = new Map<string, number>();
  const sources: A[] = [];
  const numberOf = (article: A) => {
    let number = numbers.get(article.id);
    if (number === undefined) {
      sources.push(article);
      number = sources.length;
      numbers.set(article.id, number);
    }
    return number;
  };
  const sentences = summary.sentences.map((sentence) => {
    const article = find(sentence.article);
    return {
      text: summaryPartsText(article.text, sentence.parts),
      article,
      citations: sentence.citations.slice(0, maxCitations).map((citation, index) => {
        const cited = find(citation.article);
        return { number: numberOf(cited), article: cited, span: citation.span, text: spanText(cited.text, citation.span), support: citation.support, grade: citation.grade, own: index === 0 && citation.article === sentence.article };
      }),
      moreCitations: Math.max(0, sentence.citations.length - maxCitations),
      disputes: (sentence.disputed ?? []).map((dispute) => ({
        label: dispute.label,
        stated: dispute.stated,
        others: dispute.others.map((value) => ({
          value,
          sources: value.sources.slice(0, maxCitations).flatMap((source) => {
            const stating = byId.get(source.article);
            return stating ? [{ number: numberOf(stating), article: stating, span: source.span }] : [];
          }),
        })),
      })),
    };
  });
  return { headline: summary.headline?.text, sentences, sources };
}

/**
 * A source in a summary's source list, where there is room for its whole
 * title: its name (its outlet, else its title in quotation marks, else the
 * words it opens with, `openingName`, else its id: not where it was read,
 * which an export read back in renames), its title after an outlet, and its
 * day. The text, Markdown and HTML summaries and the web reader's list each
 * other source the same.
 */
export function listedSource(article: Pick<Article, 'id' | 'outlet' | 'title' | 'published'> & { text?: string }): { name: string; title: string | undefined; day: string | undefined } {
  const title = article.title ? `“${article.title}”` : undefined;
  return { name: article.outlet || title || openingName(article.text, LISTED_OPENING_CHARS) || article.id, title: article.outlet ? title : undefined, day: article.published?.slice(0, 10) || undefined };
}

/** "Outlet, “Title”, 2026-03-14" — `listedSource` in text, on one line (a caller's title may hold line breaks). */
export function describeSource(article: Article): string {
  const { name, title, day } = listedSource(article);
  return oneLine([name, title, day].filter(Boolean).join(', '));
}

/** Where an article was read: its input, and its item in a feed or JSONL file ("wire.jsonl#3"), on one line. */
export function inputLabel(article: Article): string {
  return oneLine(`${article.origin.input}${article.origin.item ? `#${article.origin.item}` : ''}`);
}

/**
 * Source marks in the order a reader is shown them: by source number,
 * ascending ("[1][2][3][4]", not the summary's own-source-first
 * "[1][2][4][3]"), so reading the marks in order meets the sources in the
 * order they are numbered. Every renderer writing a sentence's citations or a
 * disputed value's sources orders them here; where there is room (the
 * citation lists, the web reader) the sentence's own source is named as such
 * (`ResolvedCitation.own`). JSON keeps the summary's order.
 */
export function byNumber<T extends { number: number }>(marked: readonly T[]): T[] {
  return [...marked].sort((a, b) => a.number - b.number);
}

/** A citation mark in plain text and Markdown: "[2]", or "[2 partly]" for a sentence stating part of the summary sentence. */
export function citationMark(citation: ResolvedCitation): string {
  return citation.grade === 'partly' ? `[${citation.number} partly]` : `[${citation.number}]`;
}

/** " [+1,234 more]" after a sentence's shown citations, or nothing. */
export function moreCitationsNote(sentence: ResolvedSentence): string {
  return sentence.moreCitations > 0 ? ` [+${sentence.moreCitations.toLocaleString('en-US')} more]` : '';
}
