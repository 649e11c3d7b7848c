import { spanText, type Article, type Span } from '../article.js';
import { expected } from '../errors.js';
import { summaryPartsText, type Summary } from '../summarize/index.js';

export interface ResolvedCitation {
  /** 1-based number of the source in `ResolvedSummary.sources`. */
  number: number;
  article: Article;
  span: Span;
  /** The cited characters, read back from the article through the span. */
  text: string;
  support: number;
}

export interface ResolvedSentence {
  text: string;
  article: Article;
  citations: ResolvedCitation[];
}

export interface ResolvedSummary {
  headline?: string;
  sentences: ResolvedSentence[];
  /** Cited articles, numbered in order of first citation. */
  sources: Article[];
}

/**
 * Reads a summary's spans back from its articles: the text of every sentence
 * and citation, and the numbering of sources. Throws when a span does not fit
 * its article, so a renderer can never print a citation the source does not hold.
 */
export function resolveSummary(summary: Summary, articles: readonly Article[]): ResolvedSummary {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const find = (id: string) => byId.get(id) ?? expected(`an article with id ${JSON.stringify(id)} among the summarized articles`, id);
  const numbers = new Map<string, number>();
  const sources: Article[] = [];
  const numberOf = (article: Article) => {
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
      citations: sentence.citations.map((citation) => {
        const cited = find(citation.article);
        return { number: numberOf(cited), article: cited, span: citation.span, text: spanText(cited.text, citation.span), support: citation.support };
      }),
    };
  });
  return { headline: summary.headline?.text, sentences, sources };
}

/** "Outlet, “Title”, 2026-03-14" — whatever the article has; else where it was read. */
export function describeSource(article: Article): string {
  const parts = [article.outlet, article.title ? `"${article.title}"` : undefined, article.published?.slice(0, 10)].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : inputLabel(article);
}

/** Where an article was read: its input, and its item in a feed or JSONL file ("wire.jsonl#3"). */
export function inputLabel(article: Article): string {
  return `${article.origin.input}${article.origin.item ? `#${article.origin.item}` : ''}`;
}
