import { describe, expect, it } from 'vitest';
import type { Span } from '../article.js';
import { tokenize } from '../segment/index.js';
import { wordDiff, type WordEdit } from './edits.js';

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
