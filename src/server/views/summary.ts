/**
 * A cited summary: each sentence followed by links to its sources, each
 * link opening the source article with the cited sentence highlighted (a
 * source stating only part of the sentence marked "partly"), by the values
 * it states that other sources dispute (`markDisputes`), with links to where
 * they say otherwise, and by each cited passage set against it word by word.
 */
import type { SegmentedArticle, Span } from '../../article.js';
import { valueText } from '../../render/fact-values.js';
import { LISTED_OPENING_CHARS, openingWords, sourceName } from '../../render/outlet-name.js';
import { citationDiff, passageDiff, summarySentenceWords } from '../../render/citation-diff.js';
import { byNumber, listedSource, MAX_SHOWN_CITATIONS, moreCitationsNote, resolveSummary, type ResolvedDispute, type ResolvedSentence } from '../../render/resolve.js';
import type { EditView } from '../../copies/index.js';
import type { Citation, CitationGrade, Summary, SummarySentence } from '../../summarize/index.js';
import { inArticleLang, labelledOpeningLink } from './article-text.js';
import { editRuns, shownText } from './cut.js';
import { html, safeHref, sitePath, type SafeHtml } from './html.js';

/** Link to an article page with a span highlighted and scrolled to. */
export function citationHref(article: string, span: Span, story?: string): string {
  return `${sitePath(['articles', article], { hl: `${span.start}-${span.end}`, story })}#s-${span.start}`;
}

/** Under a sentence that states one side of a disagreement: the value it states, and each other value with links to the sources that give it, the value highlighted. */
function disputeView(dispute: ResolvedDispute, story: string): SafeHtml {
  const others = dispute.others.map(
    (other, index) =>
      html`${index === 0 ? '' : ', '}${valueText(other.value)} <span class="cites">${byNumber(other.sources).map(
        (source) => html`<a class="cite-other" href="${citationHref(source.article.id, source.span, story)}" aria-label="Source ${source.number}, ${sourceName(source.article)}: where it says ${valueText(other.value)}">[${source.number}]</a>`,
      )}</span>`,
  );
  return html`<p class="disputed"><strong>Disputed</strong>, ${dispute.label}: this sentence says ${valueText(dispute.stated)}; other sources say ${others}</p>`;
}

/** A citation's grade in words, marked for its colour. */
function gradeView(grade: CitationGrade): SafeHtml {
  return html`<strong class="grade-${grade}">${grade === 'partly' ? 'states part of it' : 'states it'}</strong>`;
}

/**
 * Under a sentence, closed until asked: each shown citation's passage word by
 * word against the sentence (words only in the passage struck out: what the
 * summary left out or wrote otherwise; words only in the sentence underlined:
 * what the passage does not state), its grade, and the link to it in its article.
 */
function citationChecks(sentence: SummarySentence, resolved: ResolvedSentence<SegmentedArticle>, number: number, story: string): SafeHtml {
  const words = summarySentenceWords(resolved.article, sentence.parts);
  const checks = byNumber(resolved.citations).map((citation) => {
    const diff = passageDiff(words, citation.article, citation.span);
    const href = citationHref(citation.article.id, citation.span, story);
    const passage = diff.same ? html`<span class="muted">word for word the sentence above</span>` : passageView(citation.article, diff.edits, href);
    return html`<li><a href="${href}">[${citation.number}] ${sourceName(citation.article)}</a>${citation.own ? ', its own source' : ''}, characters ${citation.span.start}–${citation.span.end}, ${gradeView(citation.grade)}: ${passage}</li>`;
  });
  return html`<details class="check"><summary>Check against the sources<span class="sr-only">, sentence ${number}</span></summary>
<ul>${checks}</ul>
</details>`;
}

/** A cited passage word by word against a summary sentence, in its article's language, cut as the API cuts it (`editRuns`); `href` links it in its article. */
function passageView(article: SegmentedArticle, edits: readonly EditView[], href: string): SafeHtml {
  const { runs, cut } = editRuns(edits, href);
  return html`<span class="passage">${inArticleLang(article, html`${runs}`)}${cut}</span>`;
}

/** The sentence's citation of exactly this span of this article, if it has one. */
function citationOf(sentence: SummarySentence, article: string, span: Span): Citation | undefined {
  return sentence.citations.find((citation) => citation.article === article && citation.span.start === span.start && citation.span.end === span.end);
}

/**
 * On an article page opened from a citation: each summary sentence of the
 * story that cites this span of the article, with the citation's grade and
 * the passage set against the sentence word by word; nothing when none does
 * (a link to a disputed value highlights a value, not a cited sentence). A
 * sentence whose article is not among these, or whose parts no longer fit its
 * text, is left out.
 */
export function citedInSummary(summary: Summary, articles: readonly SegmentedArticle[], article: string, span: Span, story: string): SafeHtml | '' {
  const byId = new Map(articles.map((candidate) => [candidate.id, candidate]));
  const cited = byId.get(article);
  const items = summary.sentences.flatMap((sentence, index) => {
    const citation = citationOf(sentence, article, span);
    const source = byId.get(sentence.article);
    if (!citation || !cited || !source || !sentence.parts.every((part) => part.end <= source.text.length)) return [];
    const diff = citationDiff(source, sentence.parts, cited, span);
    const shown = shownText(diff.sentence, sitePath(['articles', source.id], { story }));
    return [
      html`<li><a href="${sitePath(['stories', story])}#summary-heading">Sentence ${index + 1}</a>: “${inArticleLang(source, shown.text)}”${shown.cut} — the passage marked below ${gradeView(citation.grade)}${
        diff.same ? html`, word for word.` : html`:${passageView(cited, diff.edits, citationHref(article, span, story))}`
      }</li>`,
    ];
  });
  if (items.length === 0) return '';
  return html`<section class="cited-in" aria-labelledby="cited-in-heading"><h2 id="cited-in-heading">Cited in the story’s summary</h2>
<p class="muted">Words only in this article are <del>struck out</del>, words only in the summary <ins>underlined</ins>.</p>
<ul>${items}</ul></section>`;
}

/** A summary sentence as the page shows it: in its article's language, cut as the API cuts it, the mark linking the article it is taken from. */
function sentenceText(sentence: ResolvedSentence<SegmentedArticle>, story: string): SafeHtml {
  const { text, cut } = shownText(sentence.text, sitePath(['articles', sentence.article.id], { story }));
  return html`${inArticleLang(sentence.article, text)}${cut}`;
}

export function summaryView(summary: Summary, articles: readonly SegmentedArticle[], story: string): SafeHtml {
  const resolved = resolveSummary(summary, articles, MAX_SHOWN_CITATIONS);
  const sentences = resolved.sentences.map(
    (sentence, index) =>
      html`<p>${sentenceText(sentence, story)} <span class="cites">${byNumber(sentence.citations).map((citation) =>
        citation.grade === 'partly'
          ? html`<a class="cite cite-partly" href="${citationHref(citation.article.id, citation.span, story)}" aria-label="Source ${citation.number}, ${sourceName(citation.article)}: a sentence stating part of this one">[${citation.number} partly]</a>`
          : html`<a class="cite" href="${citationHref(citation.article.id, citation.span, story)}" aria-label="Source ${citation.number}, ${sourceName(citation.article)}: ${citation.own ? 'the sentence it is taken from' : 'the cited sentence'}">[${citation.number}]</a>`,
      )}${sentence.moreCitations > 0 ? html` <span class="more-cites">${moreCitationsNote(sentence).trim()}</span>` : ''}</span></p>${sentence.disputes.map((dispute) => disputeView(dispute, story))}${citationChecks(summary.sentences[index], sentence, index + 1, story)}`,
  );
  const sources = resolved.sources.map((article) => {
    const external = safeHref(article.url);
    const { name, title, day } = listedSource(article);
    const quotedTitle = article.title ? html`“${inArticleLang(article, article.title)}”` : undefined;
    const opening = article.outlet || article.title ? undefined : openingWords(article.text, LISTED_OPENING_CHARS);
    const href = sitePath(['articles', article.id], { story });
    const link = opening === undefined ? html`<a href="${href}">${article.outlet || !quotedTitle ? name : quotedTitle}</a>` : labelledOpeningLink(article, opening, href);
    return html`<li>${link}${title ? html`, ${quotedTitle}` : ''}${
      day ? html`, <time datetime="${article.published}">${day}</time>` : ''
    }${external ? html` (<a href="${external}" rel="noopener noreferrer nofollow" aria-label="Web page of ${title ?? name}">web page</a>)` : ''}</li>`;
  });
  return html`<div class="summary">${sentences.length ? sentences : html`<p class="muted">No sentence to summarize.</p>`}</div>
<h3>Sources</h3>
<ol>${sources}</ol>`;
}
