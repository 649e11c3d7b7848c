/**
 * Plain text articles. The head of the file gives the headline, the date, the
 * byline and the outlet as `header.ts` reads them; headline, date and byline
 * lines go to metadata and are left out of `text`, a wire-style dateline stays in it.
 * A pasted live blog is read oldest post first, its posts' times kept (`buildArticle`).
 */
import { InputError } from '../errors.js';
import { buildNormalizedArticle } from './build.js';
import { datelineOutlet, readHeader } from './header.js';
import { normalizeLineEndings, splitParagraphs } from './normalize.js';
import type { ReadResult } from './result.js';

export function readText(content: string, input: string, readAt: number): ReadResult {
  const header = readHeader(normalizeLineEndings(content).split('\n'));
  const paragraphs = splitParagraphs(header.body.join('\n'), 'plain');
  if (paragraphs.length === 0) {
    return { articles: [], problems: [new InputError(input, '', 'no article text found')] };
  }
  const outlet = datelineOutlet(paragraphs[0]);
  return { articles: [buildNormalizedArticle({ title: header.title, published: header.published, byline: header.byline, outlet, url: header.url }, paragraphs, { input, format: 'text' }, readAt)], problems: [] };
}
