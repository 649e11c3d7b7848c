/**
 * How much of an article cleaning kept, in words: what `ingest` checks
 * before storing it, so a stray word or a line of a menu (`{"text": "x"}`,
 * "Hello world.") does not become an article with a story of its own.
 */
import type { SegmentedArticle } from '../article.js';

/** Letters of the scripts written without spaces between words (Chinese, Japanese, Thai…): each counts as a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/** First code point of those scripts (Thai): tokens opening below it are spaced words. */
const UNSPACED_START = 0x0e00;

/** The words of the article's tokens, counted up to `enough` (the count stops there: its time stays that of a few tokens). */
export function keptWords(article: SegmentedArticle, enough: number): number {
  let words = 0;
  for (const token of article.tokens) {
    if (words >= enough) break;
    if (token.punct) continue;
    const text = article.text.slice(token.start, token.end);
    const unspaced = hasHighCharacter(text) ? (text.match(UNSPACED)?.length ?? 0) : 0;
    words += Math.max(1, unspaced);
  }
  return Math.min(words, enough);
}

function hasHighCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= UNSPACED_START) return true;
  return false;
}
