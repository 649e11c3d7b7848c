import type { Article } from '../article.js';
import type { Summary } from '../summarize/types.js';
import { explainLines } from './explain.js';
import { oneLine, safeHref } from './escape.js';
import { disputeNote } from './fact-values.js';
import { byNumber, citationMark, describeSource, MAX_SHOWN_CITATIONS, moreCitationsNote, resolveSummary } from './resolve.js';
import type { RenderOptions } from './text.js';

/** Escapes characters Markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

/** Markdown: headline, sentences with numbered citations ("[n partly]" for a source stating part of the sentence; and, quoted under one, the values it states that other sources dispute), a source list quoting each cited sentence. */
export function renderMarkdown(summary: Summary, articles: readonly Article[], options: RenderOptions = {}): string {
  const resolved = resolveSummary(summary, articles, MAX_SHOWN_CITATIONS);
  const out: string[] = [];
  if (resolved.headline) out.push(`# ${escapeMarkdown(oneLine(resolved.headline))}`, '');
  for (const sentence of resolved.sentences) {
    out.push(`${escapeMarkdown(sentence.text)} ${byNumber(sentence.citations).map(citationMark).join('')}${escapeMarkdown(moreCitationsNote(sentence))}`, '');
    for (const dispute of sentence.disputes) out.push(`> ${disputeNote(dispute, escapeMarkdown)}`, '');
  }
  out.push('## Sources', '');
  resolved.sources.forEach((article, i) => {
    // Only a web address is a link (an autolink of javascript:// runs script in a viewer that renders it), written as a browser asks for it (no "<" to end the link early).
    const href = safeHref(article.url);
    // Any other address is one line of text: a line break in it would start a heading or a list of a caller's making.
    const link = href ? ` <${href}>` : article.url ? ` ${escapeMarkdown(oneLine(article.url))}` : '';
    out.push(`${i + 1}. ${escapeMarkdown(describeSource(article))}${link}`);
  });
  out.push('', '## Citations', '');
  resolved.sentences.forEach((sentence, s) => {
    for (const citation of byNumber(sentence.citations)) {
      out.push(`- sentence ${s + 1} → ${citationMark(citation)}${citation.own ? ' (its own source)' : ''} characters ${citation.span.start}–${citation.span.end}: “${escapeMarkdown(citation.text)}”`);
    }
  });
  if (options.explain) out.push('', '## Removed while reading', '', ...explainLines(articles).map((line) => `- ${escapeMarkdown(line)}`));
  return `${out.join('\n')}\n`;
}
