import { spanText, type Article } from '../article.js';
import { inputLabel } from './resolve.js';

const MAX_QUOTED = 80;

/** One line per message of every article: where, which rule, why, and the text it concerns. */
export function explainLines(articles: readonly Article[]): string[] {
  const lines: string[] = [];
  for (const article of articles) {
    for (const message of article.messages) {
      const where = inputLabel(article);
      const quoted = message.span ? ` ${JSON.stringify(shorten(spanText(article.text, message.span)))}` : '';
      lines.push(`${where} ${message.stage}/${message.rule}: ${message.reason}${quoted}`);
    }
  }
  return lines.length > 0 ? lines : ['(nothing was removed)'];
}

function shorten(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}
