/** Test input for a cleaning pass: lines joined by newlines, each line a paragraph. */
import type { Span } from '../../article.js';
import { defaultCleanOptions } from '../options.js';
import type { CleanContext } from '../pass.js';

export function linesAsParagraphs(lines: readonly string[], title?: string): { spans: Span[]; context: CleanContext } {
  const text = lines.join('\n');
  const spans: Span[] = [];
  let at = 0;
  for (const line of lines) {
    spans.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  return { spans, context: { text, ...(title === undefined ? {} : { title }), options: defaultCleanOptions } };
}
