import { describe, expect, it } from 'vitest';
import { seededRandom } from '../test-support/random.js';
import { joinParagraphs, normalizeInline, normalizeText, splitParagraphs } from './normalize.js';

describe('normalizeInline', () => {
  it('turns TeX double quotes and curly quotes into straight ones', () => {
    expect(normalizeInline("``internationalize'' and \u201Cevil person\u201D, \u2018fine\u2019 and `single'")).toBe(
      '"internationalize" and "evil person", \'fine\' and \'single\'',
    );
  });

  it('makes non-breaking and other odd spaces plain, collapses runs and trims', () => {
    expect(normalizeInline('  5:40\u00A0a.m.   on\u2009Saturday \t\n ')).toBe('5:40 a.m. on Saturday');
  });

  it('makes every character \\s matches a plain space, but those it removes', () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      if (/\s/.test(char) && !/[\u000B\u000C\uFEFF]/.test(char)) expect(normalizeInline(`a${char}b`), code.toString(16)).toBe('a b');
    }
  });

  it('strips control, zero-width and soft-hyphen characters', () => {
    expect(normalizeInline('ferry\u0007 Ma\u00ADren\u200B Star\uFEFF\u0085')).toBe('ferry Maren Star');
  });

  it('leaves nothing to normalize in any string, and changes nothing the second time (random strings)', () => {
    const alphabet = ['a', 'Z', '.', ' ', ' ', '\t', '\n', "'", '`', '"', '\u00A0', '\u2009', '\u3000', '\u2028', '\u0007', '\u0085', '\u00AD', '\u200B', '\uFEFF', '\u2018', '\u2019', '\u201A', '\u201C', '\u201D', '\u201E', '\u2032', '\u2033', '\u00AB', '\u00BB', '\u00E9', '\u00A9'];
    const next = seededRandom(7);
    for (let run = 0; run < 2000; run++) {
      const length = Math.floor(next() * 12);
      const value = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const normal = normalizeInline(value);
      expect(normal, JSON.stringify(value)).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200D\u2060\uFEFF`\u2018\u2019\u201A-\u201F\u2032\u2033\u00AB\u00BB]|''|[^\S ]|  |^ | $/);
      expect(normalizeInline(normal)).toBe(normal);
    }
  });
});

describe('splitParagraphs', () => {
  it('treats \\r\\n and \\r as line ends', () => {
    expect(splitParagraphs('One.\r\n\r\nTwo.\rThree is here.\r\rFour.')).toEqual(['One.', 'Two.', 'Three is here.', 'Four.']);
  });

  it('joins a hard-wrapped block and breaks it where a short line ends a paragraph', () => {
    const raw = [
      'The ferry Maren Star ran aground on the Kessock Bank outside Port',
      'Aldwin at about 5:40 a.m. on Saturday, in fog so thick that the',
      'harbour lights could not be seen, the coastguard said.',
      'A second paragraph starts here without a blank line before it and',
      'goes on.',
    ].join('\n');
    expect(splitParagraphs(raw)).toEqual([
      'The ferry Maren Star ran aground on the Kessock Bank outside Port Aldwin at about 5:40 a.m. on Saturday, in fog so thick that the harbour lights could not be seen, the coastguard said.',
      'A second paragraph starts here without a blank line before it and goes on.',
    ]);
  });

  it('right-trims each line of spaces, tabs and no-break spaces, and takes a line of only those for a blank one', () => {
    const raw = [
      'The ferry Maren Star ran aground on the Kessock Bank outside Port\u00A0 \t',
      'Aldwin at about 5:40 a.m. on Saturday, in fog so thick that the\u2003',
      'harbour lights could not be seen.',
      ' \u00A0\t',
      'Second.\u00A0',
    ].join('\n');
    expect(splitParagraphs(raw)).toEqual([
      'The ferry Maren Star ran aground on the Kessock Bank outside Port Aldwin at about 5:40 a.m. on Saturday, in fog so thick that the harbour lights could not be seen.',
      'Second.',
    ]);
  });

  it('reads a block of 300,000 short lines, each its own paragraph (its widest line was found by spreading every line into one call, past the call stack)', () => {
    const lines = Array.from({ length: 300_000 }, (_, index) => `x${index % 10}`);
    expect(splitParagraphs(lines.join('\n'))).toHaveLength(300_000);
  });

  it('keeps each line apart in a block of long unwrapped lines or of short lines', () => {
    const long = `${'word '.repeat(30).trim()}.\nRussell Square after the bombings.\nImage: Francis Tyers.`;
    expect(splitParagraphs(long)).toHaveLength(3);
    expect(splitParagraphs('Timeline\n05:40 Ferry strikes the bank\n06:05 First lifeboat alongside')).toEqual([
      'Timeline',
      '05:40 Ferry strikes the bank',
      '06:05 First lifeboat alongside',
    ]);
  });

  it('in wire copy starts a paragraph at each indented line and joins every other line', () => {
    const raw = '   PORT ALDWIN (AP) _ Lifeboats plucked 226 people from a ferry\nthat ran aground.\n\tHarbormaster Colm Dreyer said\nvisibility was poor.\n';
    expect(splitParagraphs(raw, 'wire')).toEqual([
      'PORT ALDWIN (AP) _ Lifeboats plucked 226 people from a ferry that ran aground.',
      'Harbormaster Colm Dreyer said visibility was poor.',
    ]);
  });

  it('in wire copy ignores indentation shared by every line (a margin)', () => {
    expect(splitParagraphs('  one line\n  and its wrap\n', 'wire')).toEqual(['one line and its wrap']);
  });
});

describe('joinParagraphs', () => {
  it('separates paragraphs with a blank line and records exact spans', () => {
    const { text, paragraphs } = normalizeText('First one.\n\n\n  Second   one.  \n');
    expect(text).toBe('First one.\n\nSecond one.');
    expect(paragraphs.map((span) => text.slice(span.start, span.end))).toEqual(['First one.', 'Second one.']);
  });

  it('skips empty paragraphs', () => {
    expect(joinParagraphs(['a', '', 'b'])).toEqual({ text: 'a\n\nb', paragraphs: [{ start: 0, end: 1 }, { start: 3, end: 4 }] });
  });
});
