import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.js';
import { fixture } from './test-support/shared-data.js';

describe('detectFormat', () => {
  it.each([
    ['page.html', 'anything', 'html'],
    ['page.HTM', 'anything', 'html'],
    ['news.rss', 'anything', 'feed'],
    ['news.atom', 'anything', 'feed'],
    ['lines.jsonl', 'anything', 'jsonl'],
    ['lines.ndjson', 'anything', 'jsonl'],
    ['docs.sgml', 'anything', 'sgml'],
  ] as const)('trusts the extension of %s', (name, content, format) => {
    expect(detectFormat(content, name)).toBe(format);
  });

  it('sniffs the content when the extension does not say', () => {
    expect(detectFormat(fixture('port-aldwin-wire.sgml'), 'APW19981016.0240')).toBe('sgml');
    expect(detectFormat(fixture('tac-aquaint2.xml'), 'AFP_ENG_20260512.0123')).toBe('sgml');
    expect(detectFormat(fixture('coastline-wire.rss'), 'feed.xml')).toBe('feed');
    expect(detectFormat(fixture('northern-reach-bulletin.atom'), '-')).toBe('feed');
    expect(detectFormat('<?xml version="1.0"?>\n<!-- feed -->\n<rdf:RDF xmlns:rdf="x"></rdf:RDF>')).toBe('feed');
    expect(detectFormat(fixture('saltmarsh-chronicle-ferry-aground.html'), 'page.txt')).toBe('html');
    expect(detectFormat('\uFEFF<html><body><p>x</p></body></html>')).toBe('html');
    expect(detectFormat(fixture('wire-ferry.jsonl'), 'wire.json')).toBe('jsonl');
    expect(detectFormat(fixture('wrapped-report.txt'), 'report.txt')).toBe('text');
  });

  it('reads a pretty-printed JSON document or a line that is not an object as text', () => {
    expect(detectFormat('{\n  "text": "x"\n}')).toBe('text');
    expect(detectFormat('{curly} braces start this plain text')).toBe('text');
  });

  it('throws a misuse error for content that is not a string', () => {
    expect(() => detectFormat(Buffer.from('x') as never)).toThrow(/^tidings: expected content as a string/);
  });
});
