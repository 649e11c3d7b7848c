import type { PageInfo } from '../paging.js';
import { html, sitePath, type SafeHtml } from './html.js';

/**
 * Links to the first and next pages of a list. `cursorName` is the query
 * parameter holding the list's cursor (pages with several lists give each
 * its own); `query` keeps the page's other parameters; `fragment`, the id
 * of the list's heading on a page of several lists, brings the reader back
 * to the list, not to the top of the page.
 */
export function pager(info: PageInfo, path: readonly string[], query: Record<string, string | undefined>, cursorName = 'cursor', label = 'Pages', fragment?: string): SafeHtml | '' {
  if (info.offset === 0 && info.next === null) return '';
  const at = fragment === undefined ? '' : `#${fragment}`;
  const first = info.offset > 0 ? html`<a href="${sitePath(path, { ...query, [cursorName]: undefined })}${at}">First page</a>` : '';
  const next = info.next !== null ? html`<a href="${sitePath(path, { ...query, [cursorName]: info.next })}${at}" rel="next">Next page</a>` : '';
  return html`<nav class="pager" aria-label="${label}">${first}${next}<span class="muted">from item ${info.offset + 1}</span></nav>`;
}
