/**
 * An article's kept paragraphs, every sentence an addressable `<span
 * id="s-START">`, and one span of the text (a cited sentence) in `<mark>`.
 */
import type { SegmentedArticle, Sentence, Span } from '../../article.js';
import { html, type SafeHtml } from './html.js';

/** `text[from, to)`, the part inside the highlight in `<mark>` (the mark where the highlight starts is `#highlight`). */
function marked(text: string, from: number, to: number, highlight: Span | undefined): SafeHtml {
  const start = highlight ? Math.max(highlight.start, from) : to;
  const end = highlight ? Math.min(highlight.end, to) : to;
  if (!highlight || start >= end) return html`${text.slice(from, to)}`;
  const id = start === highlight.start ? html` id="highlight"` : '';
  return html`${text.slice(from, start)}<mark${id}>${text.slice(start, end)}</mark>${text.slice(end, to)}`;
}

function paragraphView(article: SegmentedArticle, paragraph: Span, sentences: readonly Sentence[], highlight: Span | undefined): SafeHtml {
  const parts: SafeHtml[] = [];
  let at = paragraph.start;
  for (const sentence of sentences) {
    parts.push(marked(article.text, at, sentence.start, highlight), html`<span id="s-${sentence.start}">${marked(article.text, sentence.start, sentence.end, highlight)}</span>`);
    at = sentence.end;
  }
  parts.push(marked(article.text, at, paragraph.end, highlight));
  return html`<p>${parts}</p>`;
}

export function articleText(article: SegmentedArticle, highlight?: Span): SafeHtml {
  const byParagraph = new Map<number, Sentence[]>();
  for (const sentence of article.sentences) {
    const list = byParagraph.get(sentence.paragraph) ?? [];
    list.push(sentence);
    byParagraph.set(sentence.paragraph, list);
  }
  return html`<div class="article">${article.paragraphs.map((paragraph, i) => paragraphView(article, paragraph, byParagraph.get(i) ?? [], highlight))}</div>`;
}

export function removedView(article: SegmentedArticle): SafeHtml | '' {
  const messages = article.messages.filter((message) => message.span);
  if (messages.length === 0) return '';
  return html`<details>
<summary>Left out while reading (${messages.length})</summary>
<ul>${messages.map((message) => html`<li><strong>${message.rule}</strong>: ${message.reason}${message.span ? html` — “${article.text.slice(message.span.start, message.span.end)}”` : ''}</li>`)}</ul>
</details>`;
}
