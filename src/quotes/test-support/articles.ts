import { readFileSync } from 'node:fs';
import type { SegmentedArticle } from '../../article.js';
import { prepare } from '../../pipeline.js';
import { readString } from '../../read/index.js';
import { filesIn, SEEDS } from '../../read/test-support/shared-data.js';
import { findQuotesIn } from '../find.js';
import type { Quote } from '../types.js';

/** A plain-text article (blank lines between paragraphs), read and prepared as a user's file would be; a `language` given is declared, as a feed's or a page's is (kept unless the text clearly says otherwise). */
export function textArticle(text: string, fields: { published?: string; id?: string; language?: string } = {}): SegmentedArticle {
  const read = readString(text, { input: `${fields.id ?? 'case'}.txt`, format: 'text' }).articles[0];
  return prepare({ ...read, ...fields });
}

export function seedArticles(): SegmentedArticle[] {
  return filesIn(SEEDS).flatMap((path) => readString(readFileSync(path, 'utf8'), { input: path }).articles.map((article) => prepare(article)));
}

/** `[quoted words, speaker]` of each direct quote, for readable expectations. */
export function directPairs(article: SegmentedArticle, quotes: readonly Quote[]): Array<[string, string]> {
  return quotes.filter((quote) => quote.kind === 'direct').map((quote) => [article.text.slice(quote.span.start, quote.span.end), quote.speaker?.name ?? '-']);
}

/** Each quotation of `text` (read as `language`): kind, words and speaker. */
export function kindWordsSpeaker(language: string, text: string): Array<[string, string, string | undefined]> {
  const article = textArticle(text, { language });
  return findQuotesIn(article, language).map((quote) => [quote.kind, article.text.slice(quote.span.start, quote.span.end), quote.speaker?.name]);
}
