/**
 * What a reader is told when a story's report did not read all its articles
 * (`reportArticles`: at most `REPORT_MAX_ARTICLES`, its originals and
 * rewrites first): how many were read, and of which kinds those left unread are.
 */
import type { StoryReport } from '../facts/index.js';

/**
 * "Quotes, names and facts come from 200 of the story's 1,083 articles, its
 * originals and rewrites first; not read: 883 reprints.", or undefined when
 * every article was read.
 */
export function unreadNote(report: Pick<StoryReport, 'unread'>, copies: ReadonlyArray<{ article: string; kind: 'reprint' | 'rewrite' }>, articles: number): string | undefined {
  if (report.unread.length === 0) return undefined;
  const kinds = new Map(copies.map((copy) => [copy.article, copy.kind]));
  const counts = { reprint: 0, rewrite: 0, other: 0 };
  for (const id of report.unread) counts[kinds.get(id) ?? 'other'] += 1;
  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  const parts = [
    ...(counts.reprint > 0 ? [count(counts.reprint, 'reprint', 'reprints')] : []),
    ...(counts.rewrite > 0 ? [count(counts.rewrite, 'rewrite', 'rewrites')] : []),
    ...(counts.other > 0 ? [count(counts.other, 'other article', 'other articles')] : []),
  ];
  const read = (articles - report.unread.length).toLocaleString('en-US');
  return `Quotes, names and facts come from ${read} of the story's ${articles.toLocaleString('en-US')} articles, its originals and rewrites first; not read: ${parts.join(', ')}.`;
}
