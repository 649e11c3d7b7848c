import { describe, expect, it } from 'vitest';
import type { VerdictWithoutEdits } from '../copies/index.js';
import { InputError } from '../errors.js';
import { decodeVerdict, encodeVerdict } from './verdict-codec.js';

const match = (sentence: number, source: string, at: number, start: number, end: number, similarity: number, verbatim: boolean) => ({
  sentence,
  source: { article: source, sentence: at, span: { start, end } },
  similarity,
  verbatim,
});

const verdict: VerdictWithoutEdits = {
  article: 'herald-0412',
  kind: 'rewrite',
  sources: [
    { article: 'wire-0411', share: 0.6666666666666666, matches: [match(0, 'wire-0411', 1, 88, 201, 0.9503528316093233, false), match(2, 'wire-0411', 0, 0, 87, 1, true)] },
    { article: 'gazette-0410', share: 0.3333333333333333, matches: [match(1, 'gazette-0410', 4, 310, 402, 0.71, false)] },
  ],
};

describe('the stored copy verdict', () => {
  it('reads back every match of the verdict it wrote, in a quarter of the characters format 1 took', () => {
    const stored = encodeVerdict(verdict);
    expect(decodeVerdict('herald-0412', stored, 'news.db')).toEqual(verdict);
    const format1 = JSON.stringify({ version: 1, value: verdict });
    expect(stored.length).toBeLessThan(format1.length / 2);
    expect(encodeVerdict({ kind: 'independent', sources: [] })).toBe('{"version":2,"value":{"kind":"independent","sources":[]}}');
  });

  it('reads a verdict stored in format 1 by an earlier Tidings as written', () => {
    expect(decodeVerdict('herald-0412', JSON.stringify({ version: 1, value: verdict }), 'news.db')).toEqual(verdict);
  });

  it('answers a damaged or newer verdict with an input error naming the database', () => {
    expect(() => decodeVerdict('a', '{"version":2,"value":{"kind":"reprint","sources":[{"article":"b"}]}}', 'news.db')).toThrow(InputError);
    expect(() => decodeVerdict('a', '{"version":2,"value":{"kind":"reprint","sources":[{"article":"b"}]}}', 'news.db')).toThrow(/news\.db.*damaged/);
    expect(() => decodeVerdict('a', '{"version":3,"value":{}}', 'news.db')).toThrow(/news\.db.*newer Tidings/);
  });
});
