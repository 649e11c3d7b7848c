import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS, readBytes, readString } from './read.js';
import { fixture, paragraphTexts } from './test-support/shared-data.js';

describe('readString', () => {
  it('judges dates against the time of reading given (readAt), else the clock', () => {
    const line = JSON.stringify({ published: '2031-05-01', text: 'The council reopened the bridge on Thursday after five years.' });
    expect(readString(line, { input: 'later.jsonl' }).articles[0].published).toBeUndefined();
    expect(readString(line, { input: 'later.jsonl', readAt: Date.parse('2031-05-02T00:00:00Z') }).articles[0].published).toBe('2031-05-01');
  });

  it('detects the format and runs its reader', () => {
    expect(readString(fixture('coastline-wire.rss'), { input: 'feed.xml' }).articles).toHaveLength(3);
    expect(readString(fixture('port-aldwin-wire.sgml'), { input: 'docs' }).articles[0].origin.format).toBe('sgml');
  });

  it('uses the format it is given', () => {
    const [article] = readString('<p>Not a page.</p>', { input: 'x.html', format: 'text' }).articles;
    expect(article.origin.format).toBe('text');
    expect(article.text).toBe('<p>Not a page.</p>');
  });

  it('throws misuse errors for a bad source or format', () => {
    expect(() => readString('x', undefined as never)).toThrow(/^tidings: expected a source \{input: string, format\?\}/);
    expect(() => readString('x', { input: 'a', format: 'pdf' as never })).toThrow(/^tidings: expected a format \(text, html, feed, jsonl, sgml\), got "pdf"/);
    expect(() => readString(42 as never, { input: 'a' })).toThrow(/^tidings: expected content as a string, got number 42/);
  });
});

describe('article size limit', () => {
  const long = 'The river rose. '.repeat(Math.ceil(MAX_ARTICLE_CHARS / 16) + 1);

  it('reports a text over the limit as a problem and keeps nothing of it', () => {
    const { articles, problems } = readString(long, { input: 'book.txt', format: 'text' });
    expect(articles).toEqual([]);
    expect(problems.map(String)).toEqual(['InputError: book.txt: article text of 1.0 MB is over the 1 MB limit for one article']);
  });

  it('skips only the item over the limit in a many-article input, naming it', () => {
    const lines = [{ id: 'short', text: 'The Ossa River broke through its embankment in Trevik.' }, { id: 'long', text: long }].map((line) => JSON.stringify(line)).join('\n');
    const { articles, problems } = readString(lines, { input: 'mixed.jsonl', format: 'jsonl' });
    expect(articles.map((article) => article.id)).toEqual(['short']);
    expect(problems.map(String)).toEqual(['InputError: mixed.jsonl (line 2): article text of 1.0 MB is over the 1 MB limit for one article']);
  });
});

describe('readBytes', () => {
  it('reads a Windows-1252 text file and says which encoding it used', () => {
    const bytes = Buffer.concat([
      Buffer.from('Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' owner: '),
      Buffer.from([0x93]),
      Buffer.from('We lost everything'),
      Buffer.from([0x94]),
      Buffer.from('\r\n\r\nThe caf'),
      Buffer.from([0xe9, 0x92]),
      Buffer.from('s terrace flooded on Saturday.\r\n'),
    ]);
    const [article] = readBytes(bytes, { input: 'cafe.txt' }).articles;
    expect(article.title).toBe('Café owner: "We lost everything"');
    expect(paragraphTexts(article)).toEqual(["The café's terrace flooded on Saturday."]);
    expect(article.messages).toEqual([{ stage: 'read', rule: 'encoding', reason: 'decoded as windows-1252 (the bytes are not valid UTF-8)' }]);
  });

  it('reads a UTF-8 file with a byte-order mark without a message or a stray character', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ferry aground\n\n\u201CEveryone is safe,\u201D the coastguard said.\n')]);
    const [article] = readBytes(bytes, { input: 'bom.txt' }).articles;
    expect(article.title).toBe('Ferry aground');
    expect(article.text).toBe('"Everyone is safe," the coastguard said.');
    expect(article.messages).toEqual([]);
  });
});
