import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../test-support/random.js';
import { ducArticles, seedArticles } from '../segment/test-support/real-texts.js';
import { comparable, comparableHash, endsLikeSentence, readsAs } from './pass.js';

/** The FNV-1a hash of a string's UTF-16 code units, as \`comparableHash\` gives it for a comparable form. */
function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

const PIECES = [
  'The', 'the', 'THE', 'U.S.', 'Mr.', 'al-Assad', "don't", '3.5', '$59', '80%', '9/11', 'AT&T', 'Zz', 'aZ09', '@', '`', '[', '{',
  '.', ',', '!', '?', '"', "'", '(', ')', '-', '_', '—', '“', '”', '’', '…', 'naïve', 'Москва', 'İstanbul', 'K\u212a', 'ß', 'ǅ',
  '\u0301', '😀', '𝐀', '\ud800', 'ΟΔΟΣ', 'Σ', '٣', '\u00a0', '\t', '\n', '', ' ', ' ', '  ',
];

function randomText(next: () => number): string {
  const length = Math.floor(next() * 40);
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.6 ? ' ' : '');
  return text;
}

function realParagraphs(): string[] {
  return [...seedArticles(), ...ducArticles()].flatMap((article) => article.paragraphs.map((span) => article.text.slice(span.start, span.end)));
}

describe('comparableHash', () => {
  it('is the hash of the comparable form on hard cases', () => {
    const cases = ['', ' ', '...', 'A', 'a b', 'A  B', ' a-b ', '—', 'Ünïcödé Text!', 'İ', 'K\u212a', 'x\u0301y', '😀 a', 'ABC xyz 123', '@[`{', 'ΟΔΟΣ ΣΑΣ', 'a\ud800b', '\udc00', '𝐀𝐁 c'];
    for (const text of cases) expect(comparableHash(text), JSON.stringify(text)).toBe(stringHash(comparable(text)));
  });

  it('is the hash of the comparable form on random text', () => {
    const next = random(20261206);
    for (let n = 0; n < 5000; n++) {
      const text = randomText(next);
      expect(comparableHash(text), JSON.stringify(text)).toBe(stringHash(comparable(text)));
    }
  });

  it('is the hash of the start of the comparable form, for any length', () => {
    const next = random(4040);
    for (let n = 0; n < 5000; n++) {
      const text = randomText(next);
      const limit = Math.floor(next() * 30);
      expect(comparableHash(text, limit), JSON.stringify([text, limit])).toBe(stringHash(comparable(text).slice(0, limit)));
    }
    for (const text of realParagraphs()) expect(comparableHash(text, 40)).toBe(stringHash(comparable(text).slice(0, 40)));
  });

  it('is the hash of the comparable form on every paragraph of the seeds and DUC 2004', () => {
    for (const text of realParagraphs()) expect(comparableHash(text)).toBe(stringHash(comparable(text)));
  });
});

describe('endsLikeSentence', () => {
  const byRegex = (text: string) => /[.!?…]["'”’)\]]*$/.test(text.trim());
  const ENDINGS = ['.', '!', '?', '…', '"', "'", '”', '’', ')', ']', '“', '(', '[', ':', ';', ',', 'a', ' ', '\n', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u200b', '\u1680', '\u2009', '\u202f', '\u205f', '\u2029', '\u000b', '\u000c', '\r', '\t', '\u180e'];

  it('says what the regex over the trimmed text says, on random endings', () => {
    const next = random(511);
    for (let n = 0; n < 5000; n++) {
      let text = next() < 0.5 ? 'He said so' : '';
      const length = Math.floor(next() * 7);
      for (let i = 0; i < length; i++) text += ENDINGS[Math.floor(next() * ENDINGS.length)];
      expect(endsLikeSentence(text), JSON.stringify(text)).toBe(byRegex(text));
    }
  });

  it('says what the regex says on every paragraph of the seeds and DUC 2004', () => {
    for (const text of realParagraphs()) expect(endsLikeSentence(text)).toBe(byRegex(text));
  });
});

describe('readsAs', () => {
  it('says whether the comparable forms are equal, on random text against random and equal forms', () => {
    const next = random(2290);
    for (let n = 0; n < 5000; n++) {
      const text = randomText(next);
      const other = randomText(next);
      const forms = [comparable(text), comparable(other), comparable(text).slice(0, -1), `${comparable(text)} a`, `${comparable(text)}a`];
      for (const form of forms) expect(readsAs(text, form), JSON.stringify([text, form])).toBe(comparable(text) === form);
    }
  });
});
