import { describe, expect, it } from 'vitest';
import { resolveRougeOptions, type RougeOptions } from './options.js';
import { summaryTokens } from './text.js';

const plain = (options: Partial<RougeOptions> = {}) => resolveRougeOptions({ stem: false, ...options });

describe('summaryTokens: tokenization as ROUGE-1.5.5', () => {
  it('keeps runs of ASCII letters and digits, lower-cased; everything else separates', () => {
    expect(summaryTokens("The U.S.-led coalition's e-mail, in the 1990s!", plain()).tokens).toEqual([
      'the', 'u', 's', 'led', 'coalition', 's', 'e', 'mail', 'in', 'the', '1990s',
    ]);
  });

  it('lower-cases A-Z only: other letters, even ones whose lower case is ASCII, are separators', () => {
    expect(summaryTokens('CAFÉ Naïve a\u212Ab', plain()).tokens).toEqual(['caf', 'na', 've', 'a', 'b']);
  });

  it('reads one sentence per line and drops empty lines (a \\r stays and separates)', () => {
    expect(summaryTokens('First line.\r\n\nSecond line\n', plain()).sentences).toEqual([['first', 'line'], ['second', 'line']]);
  });

  it('stems tokens longer than 3 characters, WordNet exceptions first', () => {
    expect(summaryTokens('Was running dogs ties said were children men', resolveRougeOptions()).tokens).toEqual([
      'was', 'run', 'dog', 'ti', 'say', 'be', 'child', 'men',
    ]);
  });

  it('removes stopwords before stemming', () => {
    expect(summaryTokens('The Reuters reporters said hello to Cambodia', resolveRougeOptions({ removeStopwords: true })).tokens).toEqual([
      'report', 'cambodia',
    ]);
  });
});

describe('summaryTokens: truncation', () => {
  it('-l counts blank-separated words before punctuation is removed', () => {
    // "two-three" is one word but two tokens; "--" is a word and no token.
    expect(summaryTokens('one two-three four\nfive six', plain({ words: 2 })).tokens).toEqual(['one', 'two', 'three']);
    expect(summaryTokens('one -- two\nthree', plain({ words: 3 })).tokens).toEqual(['one', 'two']);
  });

  it('-l keeps whole lines while under the limit, then the first words of the next line', () => {
    const tokens = summaryTokens('a b c\nd e f\ng h', plain({ words: 4 }));
    expect(tokens.sentences).toEqual([['a', 'b', 'c'], ['d']]);
    expect(tokens.tokens).toEqual(['a', 'b', 'c', 'd']);
  });

  it('-l counts leading blanks of a line as an empty word, as Perl split does', () => {
    expect(summaryTokens('  a b\nc', plain({ words: 2 })).tokens).toEqual(['a']);
  });

  it('-b counts UTF-8 bytes of lines, not the spaces joining them', () => {
    expect(summaryTokens('abcdef\nghij', plain({ bytes: 8 })).tokens).toEqual(['abcdef', 'gh']);
    expect(summaryTokens('café au lait', plain({ bytes: 5 })).tokens).toEqual(['caf']);
    expect(summaryTokens('café au lait', plain({ bytes: 8 })).tokens).toEqual(['caf', 'au']);
  });

  it('-b for ROUGE-L never adds up earlier lines: lines under the limit stay whole', () => {
    const tokens = summaryTokens('abcdef\nghij\nklmnopqrst\nuv', plain({ bytes: 8 }));
    expect(tokens.tokens).toEqual(['abcdef', 'gh']);
    expect(tokens.sentences).toEqual([['abcdef'], ['ghij'], ['klmnopqr']]);
  });
});
