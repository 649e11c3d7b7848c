import { describe, expect, it } from 'vitest';
import type { SegmentedArticle, Span } from '../article.js';
import { prepare } from '../pipeline.js';
import { readString } from '../read/index.js';
import { citationDiff, tokensIn } from './citation-diff.js';

function article(text: string, id: string): SegmentedArticle {
  return prepare(readString(text, { input: id, format: 'text' }).articles[0]);
}

/** The span of the first `words` in `text` at or after `from`. */
function spanOf(text: string, words: string, from = 0): Span {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`no ${words}`);
  return { start, end: start + words.length };
}

/** Edits as "op:source>copy" strings, the words as each side writes them. */
function described(diff: ReturnType<typeof citationDiff>): string[] {
  return diff.edits.map((edit) => `${edit.op}:${edit.source?.text ?? ''}>${edit.copy?.text ?? ''}`);
}

const LEDGER = 'The Keelward ferry left port at dawn on Friday. The United States Coast Guard towed the Keelward ferry off the sandbar at noon, officials said. A U.S. cutter stayed nearby.';

describe('citationDiff', () => {
  it('gives no edit for the passage a whole sentence is taken from', () => {
    const ledger = article(LEDGER, 'ledger.txt');
    const sentence = ledger.sentences[0];
    const diff = citationDiff(ledger, [sentence], ledger, sentence);
    expect([diff.same, diff.sentence, described(diff)]).toEqual([true, 'The Keelward ferry left port at dawn on Friday.', ['equal:The Keelward ferry left port at dawn on Friday>The Keelward ferry left port at dawn on Friday']]);
  });

  it('shows a compressed sentence\'s short form, taken from elsewhere in its article, as replacing the long one its cited sentence writes, and the words it left out', () => {
    const ledger = article(LEDGER, 'ledger.txt');
    const text = ledger.text;
    const cited = ledger.sentences[1];
    const parts = [spanOf(text, 'The', cited.start), spanOf(text, 'U.S.'), spanOf(text, 'Coast Guard towed the Keelward ferry off the sandbar', cited.start), spanOf(text, ', officials said.', cited.start)];
    const diff = citationDiff(ledger, parts, ledger, cited);
    expect(diff.sentence).toBe('The U.S. Coast Guard towed the Keelward ferry off the sandbar, officials said.');
    expect(described(diff)).toEqual(['equal:The>The', 'replace:United States>U.S.', 'equal:Coast Guard towed the Keelward ferry off the sandbar>Coast Guard towed the Keelward ferry off the sandbar', 'delete:at noon>', 'equal:officials said>officials said']);
    for (const edit of diff.edits) if (edit.copy) expect(diff.sentence.slice(edit.copy.start, edit.copy.end)).toBe(edit.copy.text);
  });

  it('marks the words a partly citing passage lacks, and those only it has, each quoted from its own text', () => {
    const ledger = article(LEDGER, 'ledger.txt');
    const buzz = article('Wow! The Keelward ferry slipped out of port on Friday.', 'buzz.txt');
    const diff = citationDiff(ledger, [ledger.sentences[0]], buzz, buzz.sentences[1]);
    expect(diff.same).toBe(false);
    expect(described(diff)).toEqual(['equal:The Keelward ferry>The Keelward ferry', 'replace:slipped out of>left', 'equal:port>port', 'insert:>at dawn', 'equal:on Friday>on Friday']);
  });

  it('finds the tokens wholly inside a span', () => {
    const ledger = article(LEDGER, 'ledger.txt');
    expect(tokensIn(ledger, { start: 2, end: 18 }).map((token) => ledger.text.slice(token.start, token.end))).toEqual(['Keelward', 'ferry']);
    expect(tokensIn(ledger, { start: LEDGER.length, end: LEDGER.length })).toEqual([]);
  });
});
