import { describe, expect, it } from 'vitest';
import { copyFingerprint, copyKeyNumbers, EXACT_KEY_PREFIX } from './fingerprint.js';
import { copyKeyNumber, hex32, hexKeyNumber } from './hash.js';
import { available, ducArticles, DUC_DOCS, exampleArticles, preparedText } from './test-support/articles.js';

/** The keys as their text, numbered one by one: what `copyKeyNumbers` makes without the text. */
function numberedFromText(article: Parameters<typeof copyFingerprint>[0]): number[] {
  const fingerprint = copyFingerprint(article);
  return [`${EXACT_KEY_PREFIX}${fingerprint.exact}`, ...fingerprint.bands].map(copyKeyNumber);
}

describe('copyKeyNumbers', () => {
  it('numbers each hex key as copyKeyNumber numbers its text', () => {
    let state = 12345;
    for (let i = 0; i < 500; i++) {
      const first = (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
      const second = (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
      for (const prefix of ['x:', 'w0:', 'r31:', '']) expect(hexKeyNumber(prefix, first, second)).toBe(copyKeyNumber(`${prefix}${hex32(first)}${hex32(second)}`));
    }
  });

  it("gives the numbers of the fingerprint's exact key and band keys, in order, for the examples, a one-word text and one of stopwords only (no concept bands)", async () => {
    const articles = [...(await exampleArticles()), preparedText('Hello.', 'one-word.txt'), preparedText('It was.', 'stopwords.txt')];
    for (const article of articles) expect([...copyKeyNumbers(article)]).toEqual(numberedFromText(article));
  });

  it('gives the numbers earlier versions stored (keys are compared across versions), whatever article came before', () => {
    const flood = 'Flood waters rose along the river on Tuesday, forcing 1,200 residents of Millbrook to leave their homes. The mayor said the town had not seen such water since 1962.';
    const before = preparedText(`${flood} ${'The council met again and again and again. '.repeat(300)}`, 'long.txt');
    for (const first of [undefined, before]) {
      if (first) copyKeyNumbers(first);
      const keys = copyKeyNumbers(preparedText(flood, 'flood.txt'));
      expect([keys.length, keys[0], keys[1], keys[33], keys[64]]).toEqual([65, 3879863267000704, 2865900194404370, 4009047061429532, 6364420159306177]);
    }
  });

  it.skipIf(!available(DUC_DOCS, 'copy key numbers on DUC 2004'))('gives them for every DUC 2004 article', async () => {
    for (const article of await ducArticles()) expect([...copyKeyNumbers(article)]).toEqual(numberedFromText(article));
  });
});
