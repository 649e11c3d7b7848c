/**
 * An article's kept paragraphs, every sentence an addressable `<span
 * id="s-START">`, and one span of the text (a cited sentence) in `<mark>`.
 */
import { oncePerArticle, type Message, type SegmentedArticle, type Sentence, type Span } from '../../article.js';
import { readingLanguage } from '../../language/index.js';
import { OPENING_LABEL } from '../../render/outlet-name.js';
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

/** The kept paragraphs; `lang` the language they are written in, when not the page's English (so a screen reader reads them in it). */
export function articleText(article: SegmentedArticle, highlight?: Span, lang?: string): SafeHtml {
  const byParagraph = new Map<number, Sentence[]>();
  for (const sentence of article.sentences) {
    const list = byParagraph.get(sentence.paragraph) ?? [];
    list.push(sentence);
    byParagraph.set(sentence.paragraph, list);
  }
  return html`<div class="article"${langAttribute(lang)}>${article.paragraphs.map((paragraph, i) => paragraphView(article, paragraph, byParagraph.get(i) ?? [], highlight))}</div>`;
}

/** ` lang="fr"`, or nothing for English (the page's language) or a language not known. */
export function langAttribute(lang: string | undefined): SafeHtml | '' {
  return lang === undefined || lang === 'en' ? '' : html` lang="${lang}"`;
}

/** What `readingLanguage` reads of an article (none without its paragraphs). */
export type Readable = { text: string; paragraphs?: readonly Span[]; language?: string };

/** The language an article is read in (`readingLanguage`), found once per article object (`oncePerArticle`); asked only of one with its paragraphs (`articleLang`). */
const readingLanguageOf = oncePerArticle((article: Readable) => readingLanguage({ ...article, paragraphs: article.paragraphs ?? [] }));

/** `langAttribute` of the language an article is read in (`readingLanguageOf`): for its title or words shown on a page about several articles. */
export function articleLang(article: Readable | undefined): SafeHtml | '' {
  return article?.paragraphs === undefined ? '' : langAttribute(readingLanguageOf(article));
}

/** Words of an article in a `<span lang>` when it is written in another language than English, else as they are. */
export function inArticleLang(article: Readable | undefined, words: string | SafeHtml | readonly SafeHtml[]): SafeHtml {
  return inLang(articleLang(article), words);
}

/** Words in a `<span lang>` when `lang` (a `langAttribute`) names a language, else as they are. */
export function inLang(lang: SafeHtml | '', words: string | SafeHtml | readonly SafeHtml[]): SafeHtml {
  return lang === '' ? html`${words}` : html`<span${lang}>${words}</span>`;
}

/**
 * An article named by the words it opens with (`labelledOpening`), as a page
 * lists it: `OPENING_LABEL` muted, outside the link, then the words linked to
 * `href` in the article's language, so the label reads as no part of them.
 */
export function labelledOpeningLink(article: Readable | undefined, words: string, href: string): SafeHtml {
  return html`<span class="muted">${OPENING_LABEL}</span> <a href="${href}"${articleLang(article)}>${words}</a>`;
}

/** Under this many characters a message's words are shown inside their sentence, marked (a stray quote mark is one character). */
const MIN_MESSAGE_CHARS = 20;

/** The words a message is about; a short span inside its sentence, the span in `<mark>`. */
function messageWords(article: SegmentedArticle, span: Span): SafeHtml {
  const sentence = span.end - span.start < MIN_MESSAGE_CHARS ? article.sentences.find((candidate) => candidate.start <= span.start && span.end <= candidate.end) : undefined;
  if (!sentence) return html`“${article.text.slice(span.start, span.end)}”`;
  const { text } = article;
  return html`“${text.slice(sentence.start, span.start)}<mark>${text.slice(span.start, span.end)}</mark>${text.slice(span.end, sentence.end)}”`;
}

/** Messages under a closed `<details>` headed `summary (count)`, each with the words it is about when it has a span (a date left out has none); nothing when there are none. */
export function messagesView(article: SegmentedArticle, messages: readonly Message[], summary: string): SafeHtml | '' {
  if (messages.length === 0) return '';
  return html`<details>
<summary>${summary} (${messages.length})</summary>
<ul>${messages.map((message) => html`<li><strong>${message.rule}</strong>: ${message.reason}${message.span === undefined ? '' : html` — ${messageWords(article, message.span)}`}</li>`)}</ul>
</details>`;
}
