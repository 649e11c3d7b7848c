import { describe, expect, it } from 'vitest';
import type { Span } from '../article.js';
import { tokenize } from '../segment/index.js';
import { sharedWords, wordDiff, type WordEdit } from './edits.js';

/** Two sentences in one text, as if from two articles; edits rendered as text. */
function diff(source: string, copy: string): { edits: string[]; equalWords: number } {
  const text = `${source}\n${copy}`;
  const result = wordDiff(tokenize(text, { start: 0, end: source.length }), tokenize(text, { start: source.length + 1, end: text.length }));
  const show = (span: Span | undefined): string => (span ? text.slice(span.start, span.end) : '');
  return { edits: result.edits.map((edit: WordEdit) => `${edit.op}: ${show(edit.source)} → ${show(edit.copy)}`), equalWords: result.equalWords };
}

describe('wordDiff', () => {
  it('shows a swapped phrase as one replace between equal runs', () => {
    expect(diff('A spillway gate gave way on Saturday, officials said.', 'A spillway gate collapsed on Saturday, authorities said.').edits).toEqual([
      'equal: A spillway gate → A spillway gate',
      'replace: gave way → collapsed',
      'equal: on Saturday → on Saturday',
      'replace: officials → authorities',
      'equal: said → said',
    ]);
  });

  it('shows inserted and deleted words, and ignores punctuation, case and quote marks', () => {
    expect(diff('"We have never seen it," the mayor said.', '“We have never seen it before,” The Mayor said on Sunday.')).toEqual({
      edits: ['equal: We have never seen it → We have never seen it', 'insert:  → before', 'equal: the mayor said → The Mayor said', 'insert:  → on Sunday'],
      equalWords: 8,
    });
    expect(diff('Three people were hurt.', 'People were hurt.').edits).toEqual(['delete: Three → ', 'equal: people were hurt → People were hurt']);
  });

  it('handles empty sentences', () => {
    expect(diff('', 'New words.').edits).toEqual(['insert:  → New words']);
    expect(diff('Old words.', '').edits).toEqual(['delete: Old words → ']);
    expect(diff('', '').edits).toEqual([]);
  });
});

describe('sharedWords', () => {
  it('counts what wordDiff counts, on random sentence pairs', () => {
    const words = ['the', 'dam', 'gate', 'failed', ',', 'officials', 'said', '.', 'on', 'Saturday'];
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (let trial = 0; trial < 500; trial++) {
      const sentence = () => Array.from({ length: next(14) }, () => words[next(words.length)]).join(' ');
      const source = sentence();
      const copy = trial % 3 === 0 ? source : sentence();
      const text = `${source}\n${copy}`;
      const from = tokenize(text, { start: 0, end: source.length });
      const to = tokenize(text, { start: source.length + 1, end: text.length });
      const { edits: _edits, ...counts } = wordDiff(from, to);
      expect(sharedWords(from, to)).toEqual(counts);
    }
  });
});
