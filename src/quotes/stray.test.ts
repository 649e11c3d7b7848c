import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random.js';
import { SPEECH_VERBS } from './cues.js';
import { closesBeforeAttribution } from './stray.js';

/** The whole-paragraph reading that `closesBeforeAttribution` must answer like, whatever the paragraph's length. */
function wholeParagraph(text: string, mark: number, start: number, end: number): boolean {
  const words = (part: string) => part.split(/\s+/).map((word) => word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(Boolean);
  const lead = /(\S+)[,?!]\s+$/u.exec(text.slice(start, mark));
  if (!lead || SPEECH_VERBS.has(words(lead[1]).pop() ?? '')) return false;
  const rest = text.slice(mark + 1, end);
  const stop = rest.search(/["]|[.?!](?:\s|$)/u);
  const clause = words(stop < 0 ? rest : rest.slice(0, stop));
  const verb = clause.findIndex((word) => SPEECH_VERBS.has(word));
  return clause.length > 0 && clause.length <= 10 && verb >= 0 && verb <= 5 && !clause.slice(0, verb).some((word) => ['i', 'we', 'you', 'my', 'our', 'your', 'me', 'us'].includes(word));
}

const at = (text: string) => ({ text, mark: text.indexOf('"', text.indexOf(',')) });

describe('closesBeforeAttribution', () => {
  it.each([
    ['The count was wrong, " police said in a statement.', true],
    ['It was a drill, " said the agency\'s director, Tomas Keldren.', true],
    ['He said, " The data were wrong.', false],
    ['It was wrong, " and then the river kept rising for another three days and nights.', false],
    [`${'word '.repeat(200)}wrong, " police said.`, true],
    [`${'x'.repeat(500)}, " police said.`, true],
    [`It was wrong, " police said on ${'a'.repeat(450)}.`, true],
  ])('%s → %s', (text, closes) => {
    const { mark } = at(text);
    expect(closesBeforeAttribution(text, mark, 0, text.length)).toBe(closes);
  });

  it('answers as reading the whole paragraph does, around long words and clauses', () => {
    const random = seededRandom(5);
    const pieces = ['police', 'said', 'we', 'told', 'the', 'river', ',', '.', '?', ' ', ' ', ' ', '"', 'x'.repeat(150), 'y'.repeat(420), '3.5'];
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: 40 + Math.floor(random() * 80) }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? ' ' : '');
      for (let mark = text.indexOf('"'); mark >= 0; mark = text.indexOf('"', mark + 1)) {
        expect(closesBeforeAttribution(text, mark, 0, text.length)).toBe(wholeParagraph(text, mark, 0, text.length));
      }
    }
  });
});
