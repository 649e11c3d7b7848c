/**
 * Copies with their word edits: for each copied sentence, the source's words
 * the copy dropped in `<del>`, the words it put in `<ins>`, and the rest as
 * both share them.
 */
import type { CopiedSentence, CopyView } from '../../copies/index.js';
import { html, sitePath, type SafeHtml } from './html.js';
import { count } from '../../render/story-overview.js';
import { sourceName } from '../../render/outlet-name.js';
import { minute } from '../../render/minute.js';
import { inArticleLang } from './article-text.js';
import { editRuns, shownText } from './cut.js';
import type { NamedArticle, Names } from './report.js';

/** A copied sentence's source words quoted beside its edits, cut as they are (`shownText`); `href` links the source whole. */
function quoted(text: string, href: string): SafeHtml {
  const shown = shownText(text, href);
  return html`“${shown.text}”${shown.cut}`;
}

/** What a merged or split sentence was made of, said once beside its edits; nothing for a sentence taken whole. `source` links the source article. */
function sentenceNote(sentence: CopiedSentence, source: string): SafeHtml | '' {
  if (sentence.merged) {
    const leftOut = sentence.merged.leftOut ? html` What the source has between them is not in it: ${quoted(sentence.merged.leftOut.text, source)}` : '';
    return html` <span class="muted">Two sentences of the source merged into one.${leftOut}</span>`;
  }
  if (sentence.split) {
    return html` <span class="muted">Half of a source sentence split in two; the rest (${quoted(sentence.split.rest.text, source)}) went to the neighbouring sentence: ${quoted(sentence.split.sentence.text, source)}</span>`;
  }
  return '';
}

/** A copied sentence word by word, in the copy's language when it is not English (`lang`, so a screen reader reads it in it); its words cut as the API cuts them, `href` linking the copy whole and `source` the source. */
function sentenceDiff(sentence: CopiedSentence, copy: NamedArticle | undefined, href: string, source: string): SafeHtml {
  const { runs, cut } = editRuns(sentence.edits, href);
  const label = sentence.verbatim ? 'near-verbatim' : `similarity ${sentence.similarity.toFixed(2)}`;
  return html`<p class="diff">${inArticleLang(copy, html`${runs}`)}${cut}<span class="muted">(${label})</span>${sentenceNote(sentence, source)}</p>`;
}

export function copiesView(copies: readonly CopyView[], names: Names, story: string): SafeHtml {
  if (copies.length === 0) return html`<p>No article in this story copies another.</p>`;
  const name = (id: string) => sourceName(names.get(id) ?? { id });
  // A copy and its source named alike (two reports of one outlet) are told apart by when each was published, else by id: "Kelby Post rewrites Kelby Post" named two links alike.
  const when = (id: string) => {
    const published = names.get(id)?.published;
    return published ? minute(published) : undefined;
  };
  const apart = (id: string, other: string) => {
    if (name(id) !== name(other)) return name(id);
    const mine = when(id);
    return `${name(id)} (${mine !== undefined && mine !== when(other) ? mine : id})`;
  };
  return html`${copies.map(
    (copy, index) => html`<article class="copy">
<h3><a href="${sitePath(['articles', copy.article], { story })}">${apart(copy.article, copy.source)}</a> ${copy.kind === 'reprint' ? 'reprints' : 'rewrites'} <a href="${sitePath(['articles', copy.source], { story })}">${apart(copy.source, copy.article)}</a></h3>
<p class="muted">${Math.round(copy.share * 100)}% of its sentences come from the source. Words only in the source are <del>struck out</del>; words the copy put in are <ins>underlined</ins>.</p>
${
  copy.sentences.length > 0
    ? html`<details${index === 0 ? html` open` : ''}><summary>The ${count(copy.sentences.length, 'copied sentence')}, word by word</summary>${copy.sentences.map((sentence) => sentenceDiff(sentence, names.get(copy.article), sitePath(['articles', copy.article], { story }), sitePath(['articles', copy.source], { story })))}</details>`
    : html`<p class="muted">The copied sentences could not be aligned again.</p>`
}
</article>`,
  )}`;
}
