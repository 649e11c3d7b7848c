/**
 * Texts a page about many articles quotes (a summary sentence, a quotation,
 * a value's words, a copy's or an update's word edits) cut as the API cuts
 * them (`cutText`, `MAX_QUOTED_CHARS`): a longer one is shown to there, then
 * "…(cut)" and a link to the article that holds it whole. A summary sentence
 * of one 0.9 MB word made its story page 2.7 MB: the sentence, its passage
 * word by word and its quotation each held the word.
 */
import type { EditView } from '../../copies/index.js';
import { cutText, MAX_QUOTED_CHARS } from '../../render/shown.js';
import { prefixOf } from '../../text/prefix.js';
import { html, type SafeHtml } from './html.js';

/** What follows a cut text: "…(cut" and a link to the whole article `href` names (outside the text's `lang`: it is English). */
export function cutMark(href: string): SafeHtml {
  return html`<span class="muted">…(cut, <a href="${href}">the full article</a>)</span>`;
}

/** A quoted text as shown: its first `MAX_QUOTED_CHARS` characters, and the mark (`cutMark`) when that left some out, else ''. */
export interface ShownText {
  text: string;
  cut: SafeHtml | '';
}

/** The text as a page shows it (`ShownText`); `href` links the article holding it whole. */
export function shownText(text: string, href: string, max = MAX_QUOTED_CHARS): ShownText {
  const shown = cutText(text, max);
  return { text: shown.text, cut: shown.textTruncated ? cutMark(href) : '' };
}

/** A sentence's word edits as shown: the words only in the source in `<del>`, those only in the copy in `<ins>`, the rest as both have them, `max` characters of words in all, and the mark when that left some out. */
export interface ShownRuns {
  runs: SafeHtml[];
  cut: SafeHtml | '';
}

/** The words an edit shows, in order: the source's struck out (`del`), the copy's added (`ins`), or the words both have (`same`). */
function editParts(edit: EditView): Array<{ mark: 'same' | 'del' | 'ins'; text: string }> {
  const source = edit.source?.text ?? '';
  const copy = edit.copy?.text ?? '';
  switch (edit.op) {
    case 'equal': return [{ mark: 'same', text: copy }];
    case 'delete': return [{ mark: 'del', text: source }];
    case 'insert': return [{ mark: 'ins', text: copy }];
    case 'replace': return [{ mark: 'del', text: source }, { mark: 'ins', text: copy }];
  }
}

/** The word edits (`ShownRuns`), their words cut after `max` characters in all, none shown after the cut; `href` links the article holding them whole. */
export function editRuns(edits: readonly EditView[], href: string, max = MAX_QUOTED_CHARS): ShownRuns {
  const runs: SafeHtml[] = [];
  let left = max;
  let cut = false;
  for (const edit of edits) {
    if (cut) break;
    for (const { mark, text } of editParts(edit)) {
      if (cut) break;
      const shown = prefixOf(text, left);
      left -= shown.length;
      cut = shown.length < text.length;
      if (!shown && cut) break;
      runs.push(mark === 'same' ? html`${shown} ` : mark === 'del' ? html`<del>${shown}</del> ` : html`<ins>${shown}</ins> `);
    }
  }
  return { runs, cut: cut ? cutMark(href) : '' };
}
