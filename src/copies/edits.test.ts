import { describe, expect, it } from 'vitest';
import type { Span } from '../article.js';
import { tokenize } from '../segment/index.js';
import { sharedWords, splitCut, wordDiff, type WordEdit } from './edits.js';

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

describe('wordDiff with a source break', () => {
  it('never runs an edit across the break, so what lies between two merged sentences is in no edit', () => {
    const text = 'The ferry left at noon. Fog closed the strait. The crossing took four hours.\nThe ferry left at noon and the crossing took nine hours.';
    const copyStart = text.indexOf('\n') + 1;
    const tokens = tokenize(text, { start: 0, end: copyStart - 1 });
    const second = tokens.findIndex((token) => token.start === text.indexOf('The crossing'));
    const third = tokens.filter((token) => token.start < text.indexOf('Fog') || token.start >= text.indexOf('The crossing'));
    const show = (span: Span | undefined): string => (span ? text.slice(span.start, span.end) : '');
    const edits = (sourceBreak?: number) =>
      wordDiff(third, tokenize(text, { start: copyStart, end: text.length }), sourceBreak).edits.map((edit) => `${edit.op}: ${show(edit.source)} → ${show(edit.copy)}`);
    expect(edits(third.findIndex((token) => token === tokens[second]))).toEqual([
      'equal: The ferry left at noon → The ferry left at noon',
      'insert:  → and',
      'equal: The crossing took → the crossing took',
      'replace: four → nine',
      'equal: hours → hours',
    ]);
  });

  it('cuts an equal run and a deletion that cross the break in two', () => {
    const text = 'Ships waited. Crews slept.\nShips waited crews slept.';
    const source = tokenize(text, { start: 0, end: text.indexOf('\n') });
    const copy = tokenize(text, { start: text.indexOf('\n') + 1, end: text.length });
    const at = source.findIndex((token) => token.start === text.indexOf('Crews'));
    const show = (span: Span | undefined): string => (span ? text.slice(span.start, span.end) : '');
    expect(wordDiff(source, copy, at).edits.map((edit) => `${edit.op}: ${show(edit.source)} → ${show(edit.copy)}`)).toEqual(['equal: Ships waited → Ships waited', 'equal: Crews slept → crews slept']);
    const shorter = tokenize('Ships waited then. Crews slept.\nShips slept.', { start: 0, end: 31 });
    const left = tokenize('Ships waited then. Crews slept.\nShips slept.', { start: 32, end: 44 });
    const cut = shorter.findIndex((token) => token.norm === 'crews');
    const spans = wordDiff(shorter, left, cut).edits.map((edit) => [edit.op, edit.source && 'Ships waited then. Crews slept.'.slice(edit.source.start, edit.source.end)]);
    expect(spans).toEqual([['equal', 'Ships'], ['delete', 'waited then'], ['delete', 'Crews'], ['equal', 'slept']]);
  });
});

describe('splitCut', () => {
  it('cuts the source sentence where the first half\'s words end, the joining word going with the second half', () => {
    const text = 'Engineers lowered the gate by hand, and the water drained by dawn.\nEngineers lowered the gate by hand.\nThe water had drained by dawn.';
    const [a, b] = [text.indexOf('\n'), text.lastIndexOf('\n')];
    const source = tokenize(text, { start: 0, end: a });
    const cut = splitCut(source, tokenize(text, { start: a + 1, end: b }), tokenize(text, { start: b + 1, end: text.length }));
    expect(text.slice(source[cut].start, source[source.length - 1].end)).toBe('and the water drained by dawn.');
  });

  it('cuts after the punctuation between the halves when the first half\'s last words were reworded', () => {
    const text = 'The gate was lowered by hand, and the water drained by dawn.\nThe gate was lowered manually.\nThe water drained by dawn.';
    const [a, b] = [text.indexOf('\n'), text.lastIndexOf('\n')];
    const source = tokenize(text, { start: 0, end: a });
    const cut = splitCut(source, tokenize(text, { start: a + 1, end: b }), tokenize(text, { start: b + 1, end: text.length }));
    expect(text.slice(source[cut].start, a)).toBe('and the water drained by dawn.');
  });

  it('gives the whole sentence to the first half when the second shares none of its words', () => {
    const text = 'Crews cleared the road.\nCrews cleared the road.\nNothing else happened.';
    const source = tokenize(text, { start: 0, end: 23 });
    expect(splitCut(source, tokenize(text, { start: 24, end: 47 }), tokenize(text, { start: 48, end: text.length }))).toBe(source.length);
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
