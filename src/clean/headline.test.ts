import { describe, expect, it } from 'vitest';
import type { Span } from '../article.js';
import { seededRandom as random } from '../test-support/random.js';
import { repeatedHeadline } from './headline.js';
import { defaultCleanOptions } from './options.js';
import { wordsUpTo } from '../text/words.js';
import { comparable, removeWhere } from './pass.js';
import { linesAsParagraphs } from './test-support/lines.js';

/** The pass as it reads without shortcuts: every paragraph's comparable form and lower case built in full. */
function fullyBuilt(spans: readonly Span[], text: string, title: string) {
  const headline = comparable(title);
  const lowerTitle = title.toLowerCase();
  if (!headline) return { paragraphs: [...spans], messages: [] };
  return removeWhere('repeated-headline', (paragraph) => {
    if (comparable(paragraph.text) === headline) return 'repeats the headline';
    const line = paragraph.text.toLowerCase();
    if (!line.endsWith(lowerTitle) || line.length === title.length) return undefined;
    const glued = paragraph.text.slice(0, paragraph.text.length - title.length).trim();
    if (wordsUpTo(glued, 3) > 3) return undefined;
    return `repeats the headline after ${JSON.stringify(glued)}, which is navigation`;
  })(spans, { text, title, options: defaultCleanOptions });
}

const TITLES = ['US and Russia struggle', 'Route 6', 'İstanbul votes', 'ΟΔΟΣ ΣΑΣ', 'Prices rise.', 'K\u212a', '“Quoted” headline', '...'];
const GLUED = ['', 'Route 6', 'Home News ', 'a b c d ', 'ΣΑΣ', 'İ', ' ', 'US and Russia struggle. '];
const TAILS = ['', '.', '!', ' ', 'S', 's', 'Σ', 'İ', '\u0307', 'x'];

describe('repeatedHeadline', () => {
  it('removes what building every comparable form and lower case removes, on random paragraphs', () => {
    const next = random(1206);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
    for (let n = 0; n < 3000; n++) {
      const title = pick(TITLES);
      const lines = Array.from({ length: 1 + Math.floor(next() * 5) }, () => {
        const base = next() < 0.5 ? title : pick(TITLES);
        const cased = next() < 0.3 ? base.toUpperCase() : next() < 0.5 ? base.toLowerCase() : base;
        return pick(GLUED) + cased + pick(TAILS);
      });
      const { spans, context } = linesAsParagraphs(lines, title);
      expect(repeatedHeadline(spans, context), JSON.stringify([title, lines])).toEqual(fullyBuilt(spans, context.text, title));
    }
  });
});
