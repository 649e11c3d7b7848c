import type { Article } from '../article.js';
import type { Summary } from '../summarize/types.js';
import { escapeHtml, safeHref } from './escape.js';
import { explainLines } from './explain.js';
import { disputeNote } from './fact-values.js';
import { byNumber, describeSource, MAX_SHOWN_CITATIONS, moreCitationsNote, resolveSummary } from './resolve.js';
import type { RenderOptions } from './text.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
sup a{text-decoration:none}sup a.partly{color:#555;border-bottom:1px dotted currentColor}li:target{background:#fff3b0}blockquote{margin:.3rem 0 .6rem 1rem;color:#444}.disputed{color:#8b0000}`;

/** A standalone HTML page: every article field escaped, citations linked to the quoted source sentence ("3 partly" for a source stating part of the sentence), each sentence followed by the values it states that other sources dispute (`markDisputes`). */
export function renderHtml(summary: Summary, articles: readonly Article[], options: RenderOptions = {}): string {
  const resolved = resolveSummary(summary, articles, MAX_SHOWN_CITATIONS);
  const title = escapeHtml(resolved.headline ?? 'Summary');
  const sentences = resolved.sentences
    .map((sentence, s) => {
      const marks = byNumber(sentence.citations)
        .map((citation) =>
          citation.grade === 'partly'
            ? `<a href="#cite-${s + 1}-${citation.number}" class="partly" aria-label="source ${citation.number}, stating part of the sentence">${citation.number} partly</a>`
            : `<a href="#cite-${s + 1}-${citation.number}">${citation.number}</a>`,
        )
        .join(',');
      const disputes = sentence.disputes.map((dispute) => ` <small class="disputed">(${disputeNote(dispute, escapeHtml)})</small>`).join('');
      return `<span id="sentence-${s + 1}">${escapeHtml(sentence.text)}</span><sup>[${marks}]${escapeHtml(moreCitationsNote(sentence))}</sup>${disputes}`;
    })
    .join(' ');
  const citations = resolved.sentences
    .flatMap((sentence, s) =>
      byNumber(sentence.citations).map(
        (citation) =>
          `<li id="cite-${s + 1}-${citation.number}">Sentence ${s + 1}, source ${citation.number}${citation.own ? ' (its own source)' : citation.grade === 'partly' ? ' (states part of it)' : ''}: <blockquote>${escapeHtml(citation.text)}</blockquote></li>`,
      ),
    )
    .join('\n');
  const sources = resolved.sources
    .map((article) => {
      const href = safeHref(article.url);
      const label = escapeHtml(describeSource(article));
      return `<li>${href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${label}</a>` : label}</li>`;
    })
    .join('\n');
  const explain = options.explain
    ? `<h2>Removed while reading</h2><ul>${explainLines(articles).map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title}</title><style>${STYLE}</style></head>
<body><main><h1>${title}</h1><p>${sentences}</p>
<h2>Sources</h2><ol>${sources}</ol>
<h2>Citations</h2><ul>${citations}</ul>${explain}</main></body></html>
`;
}
