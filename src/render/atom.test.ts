import { describe, expect, it } from 'vitest';
import { readString } from '../read/index.js';
import { escapeXml, renderAtom } from './atom.js';

const FEED = { id: 'http://reader.example/', title: 'Tidings: stories', self: 'http://reader.example/stories.atom', alternate: 'http://reader.example/', made: '2026-03-20T08:00:00Z' };

describe('renderAtom', () => {
  it('escapes markup and drops what XML 1.0 cannot carry, keeping every other character', () => {
    expect(escapeXml('Dam <b>"gate"</b> & co\u0000\u0008\u000B\u001F\uFFFE')).toBe('Dam &lt;b&gt;&quot;gate&quot;&lt;/b&gt; &amp; co');
    expect(escapeXml('lone \uD800 high, lone \uDC00 low, pair 😀, tab\tand\nline, 北京')).toBe('lone  high, lone  low, pair 😀, tab\tand\nline, 北京');
  });

  it('gives each entry an RFC 3339 time (the feed time when it has none a reader can use) and the feed the latest', () => {
    const xml = renderAtom({
      ...FEED,
      entries: [
        { id: 'http://reader.example/stories/s1', title: 'Dam gate fails', updated: '2026-03-14', published: '2026-03-14T11:05:00+01:00', link: 'http://reader.example/stories/s1', summary: 'A gate failed.' },
        { id: 'http://reader.example/stories/s2', title: 'Undated', updated: 'not a date', link: 'http://reader.example/stories/s2', summary: 'No date.' },
      ],
    });
    expect(xml).toContain('<updated>2026-03-14T00:00:00.000Z</updated>\n<published>2026-03-14T10:05:00.000Z</published>');
    expect(xml).toContain('<title>Undated</title>\n<updated>2026-03-20T08:00:00.000Z</updated>');
    expect(xml.match(/<updated>[^<]*<\/updated>/)![0]).toBe('<updated>2026-03-20T08:00:00.000Z</updated>');
    expect(renderAtom({ ...FEED, entries: [] })).toContain('<updated>2026-03-20T08:00:00.000Z</updated>');
    expect(() => renderAtom({ ...FEED, made: 'yesterday', entries: [] })).toThrow('tidings: expected a feed time Date.parse reads');
  });

  it('reads a story time written with no zone as UTC, whatever zone the machine runs in', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const entry = { id: 'http://reader.example/stories/s1', title: 'Depot fire', updated: '2026-11-12T08:00', published: '2026-11-12T08:00', link: 'http://reader.example/stories/s1', summary: 'A fire.' };
      expect(renderAtom({ ...FEED, entries: [entry] })).toContain('<updated>2026-11-12T08:00:00.000Z</updated>\n<published>2026-11-12T08:00:00.000Z</published>');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('reads back through the feed reader, and markup in titles and summaries stays escaped text', () => {
    const title = 'Spillway gate fails at Corrin Falls Dam, forcing 1,200 from their homes';
    const summary = 'A spillway gate at the Corrin Falls Dam gave way on Saturday, officials said.\n\n3 articles from 2 outlets, 2026-03-14';
    const hostile = { id: 'http://reader.example/stories/s8', title: 'Dam <script>alert(1)</script> "fails"', updated: '2026-03-14T13:00:00Z', link: 'http://reader.example/stories/s8', summary: 'Said <img src=x onerror=alert(1)> & more.' };
    const xml = renderAtom({ ...FEED, entries: [{ id: 'http://reader.example/stories/s7', title, updated: '2026-03-14T12:00:00Z', link: 'http://reader.example/stories/s7', summary }, hostile] });
    expect(xml).not.toMatch(/<script|<img/);
    expect(xml).toContain('<title>Dam &lt;script&gt;alert(1)&lt;/script&gt; &quot;fails&quot;</title>');
    expect(xml).toContain('<summary type="text">Said &lt;img src=x onerror=alert(1)&gt; &amp; more.</summary>');
    const articles = readString(xml, { input: 'stories.atom', format: 'feed' }).articles;
    expect(articles.map((article) => article.url)).toEqual(['http://reader.example/stories/s7', 'http://reader.example/stories/s8']);
    expect(articles[0]).toMatchObject({ title, published: '2026-03-14T12:00:00.000Z' });
    expect(articles[0].text).toContain('A spillway gate at the Corrin Falls Dam gave way on Saturday, officials said.');
  });
});
