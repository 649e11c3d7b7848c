import type { Article } from '../article.js';
import type { Summary } from '../summarize/types.js';
import { oneLine } from './escape.js';
import { explainLines } from './explain.js';
import { disputeNote } from './fact-values.js';
import { byNumber, citationMark, describeSource, inputLabel, MAX_SHOWN_CITATIONS, moreCitationsNote, resolveSummary } from './resolve.js';

export interface RenderOptions {
  /** Append what reading and cleaning removed from each article. */
  explain?: boolean;
}

/**
 * Plain text: headline (left out when a summary sentence comes from it:
 * `headlineInSummary`), sentences with [n] citations
 * ("[n partly]" for a source stating part of the sentence; at most
 * `MAX_SHOWN_CITATIONS` each, the rest counted), each followed by
 * the values it states that other sources dispute (`markDisputes`), numbered
 * sources.
 */
export function renderText(summary: Summary, articles: readonly Article[], options: RenderOptions = {}): string {
  const resolved = resolveSummary(summary, articles, MAX_SHOWN_CITATIONS);
  const lines: string[] = [];
  const { headline } = resolved;
  if (headline && !headlineInSummary(summary)) lines.push(oneLine(headline), '');
  for (const sentence of resolved.sentences) {
    lines.push(`${sentence.text} ${byNumber(sentence.citations).map(citationMark).join('')}${moreCitationsNote(sentence)}`);
    for (const dispute of sentence.disputes) lines.push(`  (${disputeNote(dispute)})`);
  }
  lines.push('', 'Sources');
  resolved.sources.forEach((article, i) => {
    // One line per source: a line break in a caller's url, title or input name would fake lines of its own.
    const label = describeSource(article);
    const where = inputLabel(article);
    lines.push(`[${i + 1}] ${label}${article.url ? ` <${oneLine(article.url)}>` : ''}${label === where ? '' : ` (${where})`}`);
  });
  if (options.explain) lines.push('', 'Removed while reading', ...explainLines(articles).map((line) => `  ${line}`));
  return `${lines.join('\n')}\n`;
}

/**
 * True when the headline is a sentence of the body (an untitled story's
 * opening, `Headline.span`) that a summary sentence comes from: its span lies
 * within that sentence's source sentence (its first citation), same article.
 * Spans, not strings: the summary may print the sentence shorter ("in Trevik,
 * officials said" for "in Trevik on Sunday night, officials said").
 */
function headlineInSummary(summary: Summary): boolean {
  const { headline } = summary;
  const span = headline?.span;
  if (!headline || !span) return false;
  return summary.sentences.some((sentence) => {
    const [source] = sentence.citations;
    return !sentence.truncated && sentence.article === headline.article && source?.article === headline.article && source.span.start <= span.start && span.end <= source.span.end;
  });
}
