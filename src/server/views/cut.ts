/**
 * Texts a page about many articles quotes (a summary sentence, a quotation,
 * a value's words, a copy's or an update's word edits) cut as the API cuts
 * them (`cutText`, `MAX_QUOTED_CHARS`): a longer one is shown to there, then
 * "…(cut)" and a link to the article that holds it whole. A summary sentence
 * of one 0.9 MB word made its story page 2.7 MB: the sentence, its passage
 * word by word and its quotation each held the word.
 */
import type { EditView } from '../../copies/index.js';
import { MAX_QUOTED_CHARS } from '../../render/shown.js';
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
  return text.length <= max ? { text, cut: '' } : { text: prefixOf(text, max), cut: cutMark(href) };
}

/** A sentence's word edits as shown: the words only in the source in `<del>`, those only in the copy in `<ins>`, the rest as both have them, `max` characters of words in all, and the mark when that left some out. */
export interface ShownRuns {
  runs: SafeHtml[];
  cut: SafeHtml | '';
}

/** The word edits (`ShownRuns`), their words cut after `max` characters in all; `href` links the article holding them whole. */
export function editRuns(edits: readonly EditView[], href: string, max = MAX_QUOTED_CHARS): ShownRuns {
  const runs: SafeHtml[] = [];
  let left = max;
  let cut = false;
  const words = (text: string | undefined) => {
    const shown = prefixOf(text ?? '', Math.max(0, left));
    left -= (text ?? '').length;
    return shown;
  };
  for (const edit of edits) {
    if (left <= 0) {
      cut = true;
      break;
    }
    switch (edit.op) {
      case 'equal':
        runs.push(html`${words(edit.copy?.text)} `);
        break;
      case 'delete':
        runs.push(html`<del>${words(edit.source?.text)}</del> `);
        break;
      case 'insert':
        runs.push(html`<ins>${words(edit.copy?.text)}</ins> `);
        break;
      case 'replace': {
        const source = words(edit.source?.text);
        runs.push(left > 0 ? html`<del>${source}</del> <ins>${words(edit.copy?.text)}</ins> ` : html`<del>${source}</del> `);
        break;
      }
    }
  }
  return { runs, cut: cut || left < 0 ? cutMark(href) : '' };
}
