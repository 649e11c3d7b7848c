/**
 * What the updates of an article changed, for its entry in a story's
 * article list: a `<details>` element (it opens without JavaScript) holding
 * each update, oldest first, with when it came, the headline before and
 * after, the numbers changed, and each sentence changed word by word (as
 * copies show theirs), added (`<ins>`) or removed (`<del>`).
 */
import type { SentenceChange } from '../../copies/index.js';
import type { ArticleRevisions } from '../../ingest/index.js';
import { SHOWN_SENTENCE_CHANGES, updateTime } from '../../render/revisions.js';
import { count } from '../../render/story-overview.js';
import { inLang } from './article-text.js';
import { editRuns, shownText } from './cut.js';
import { html, sitePath, type SafeHtml } from './html.js';

/** A changed sentence; `lang`, the article's `langAttribute`, on its words; cut as the API cuts them, `href` linking the article. */
function sentenceChange(change: SentenceChange, lang: SafeHtml | '', href: string): SafeHtml {
  switch (change.kind) {
    case 'changed': {
      const { runs, cut } = editRuns(change.edits!, href);
      return html`<p class="diff">${inLang(lang, runs)}${cut}</p>`;
    }
    case 'added': {
      const { text, cut } = shownText(change.after!.text, href);
      return html`<p class="diff"><ins${lang}>${text}</ins>${cut} <span class="muted">(added)</span></p>`;
    }
    case 'removed': {
      const { text, cut } = shownText(change.before!.text, href);
      return html`<p class="diff"><del${lang}>${text}</del>${cut} <span class="muted">(removed)</span></p>`;
    }
  }
}

/** The updates of one article, folded under "what changed"; `words` the `lang` attribute of the language it is written in (`langAttribute`; nothing for English); a text cut links the article, in its `story` when given. */
export function revisionDetails(revision: ArticleRevisions, words: SafeHtml | '' = '', story?: string): SafeHtml {
  const href = sitePath(['articles', revision.article], { story });
  return html`<details class="revisions"><summary>What changed (${count(revision.versions.length, 'update')})</summary>
${revision.versions.map((version) => {
  const { changes } = version;
  const more = changes.sentences.length - SHOWN_SENTENCE_CHANGES;
  return html`<p class="muted">${updateTime(version)}</p>
${changes.headline ? html`<p>Headline: <del${words}>${changes.headline.before ?? '(none)'}</del> <ins${words}>${changes.headline.after ?? '(none)'}</ins></p>` : ''}
${changes.numbers.length > 0 ? html`<p>Numbers: ${changes.numbers.map((number, index) => html`${index > 0 ? ', ' : ''}<del>${number.before.text}</del> → <ins>${number.after.text}</ins>`)}</p>` : ''}
${changes.sentences.slice(0, SHOWN_SENTENCE_CHANGES).map((change) => sentenceChange(change, words, href))}
${more > 0 ? html`<p class="muted">… and ${count(more, 'more sentence')} (GET /api/articles/{id}/versions lists all)</p>` : ''}
${!changes.headline && changes.sentences.length === 0 ? html`<p class="muted">No change a reader would see in the headline or the sentences.</p>` : ''}`;
})}</details>`;
}
