import { describe, expect, it } from 'vitest';
import type { Message, Span } from '../article.js';
import { seededRandom as random } from '../test-support/random.js';
import { duplicates } from './duplicates.js';
import { comparable, paragraphsOf, removal, type PassResult } from './pass.js';
import { linesAsParagraphs } from './test-support/lines.js';

/** The pass as it reads without hashes: a map from each comparable form to its first paragraph. */
function byComparableText(spans: readonly Span[], text: string): PassResult {
  const first = new Map<string, Span>();
  const kept: Span[] = [];
  const messages: Message[] = [];
  for (const paragraph of paragraphsOf(spans, text)) {
    const key = comparable(paragraph.text);
    const earlier = key ? first.get(key) : undefined;
    if (earlier) messages.push(removal('duplicate-paragraph', `repeats the paragraph at characters ${earlier.start}–${earlier.end}`, paragraph.span));
    else {
      if (key) first.set(key, paragraph.span);
      kept.push(paragraph.span);
    }
  }
  return { paragraphs: kept, messages };
}

const LONG_START = 'The mayor of Brenmouth said on Tuesday that the spillway would';
const LINES = [`${LONG_START} hold.`, `${LONG_START.toUpperCase()} HOLD`, `${LONG_START} fail.`, `${LONG_START}`, 'Route 6', 'ROUTE 6.', 'route-6', '', '...', '—', 'Ünïcödé text', 'ÜNÏCÖDÉ TEXT!', 'The mayor said so.', 'the mayor, said so', 'İ', 'i̇', 'K\u212a', 'kk'];

describe('duplicates', () => {
  it('removes what a comparison of comparable forms removes, on random paragraphs', () => {
    const next = random(6122026);
    for (let n = 0; n < 2000; n++) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 8) }, () => LINES[Math.floor(next() * LINES.length)]);
      const { spans, context } = linesAsParagraphs(lines);
      expect(duplicates(spans, context), JSON.stringify(lines)).toEqual(byComparableText(spans, context.text));
    }
  });
});
