import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedOutlet, readFeed, xhtmlAsHtml } from './feed.js';
import { EXAMPLES, fixture, paragraphTexts } from './test-support/shared-data.js';
import { MARRA_STORM_POSTS, postRows } from './test-support/posts.js';
import { READ_AT } from './test-support/read-at.js';

describe('readFeed on RSS 2.0', () => {
  const { articles, problems } = readFeed(fixture('coastline-wire.rss'), 'coastline.rss', READ_AT);

  it('reads every item with text as an article and reports the item without', () => {
    expect(articles.map((article) => article.origin)).toEqual([1, 2, 3].map((item) => ({ input: 'coastline.rss', format: 'feed', item })));
    expect(problems.map(String)).toEqual(['InputError: coastline.rss (item 4, "Live: Maren Star salvage", https://www.coastlinewire.example/maritime/live/maren-star-salvage): the item has no content, description or summary']);
  });

  it('maps link, dates, dc:creator and the feed title (without its section) to the article', () => {
    expect(articles[0]).toMatchObject({
      url: 'https://www.coastlinewire.example/maritime/2026/05/09/maren-star-grounding-lifeboats',
      title: 'Lifeboats bring 226 ashore after ferry grounds on Kessock Bank',
      byline: 'Bram Ostergaard',
      outlet: 'Coastline Wire',
      published: '2026-05-09T09:02:00+01:00',
      language: 'en-GB',
    });
    expect(articles[0].modified).toBeUndefined();
  });

  it('reads content:encoded by its blocks, without the figure and its caption', () => {
    expect(paragraphTexts(articles[0])).toEqual([
      'PORT ALDWIN - Lifeboat crews brought 226 people ashore on Saturday after the Greyhaven Lines ferry Maren Star ran aground on the Kessock Bank in dense fog, the Aldwin Coastguard said.',
      'The ferry struck the sandbank at about 5:40 a.m. on its overnight crossing from Skellan Isle. Passengers were transferred to three lifeboats and a pilot launch over almost four hours.',
      'Read more: Kessock Bank has moved, survey finds',
      '"The crew kept everyone calm," said coxswain Rhona Teague. "People were cold, but nobody panicked."',
      'Greyhaven Lines said sailings to Skellan Isle were cancelled until Monday.',
      'The company will try to refloat the ship on Sunday evening.',
    ]);
    expect(articles[0].text).not.toContain('Photo:');
  });

  it('reads an escaped HTML description, and the name from an RSS author "email (Name)"', () => {
    expect(articles[1].byline).toBe('Dana Prell');
    expect(paragraphTexts(articles[1])).toEqual([
      'Shares in Greyhaven Lines fell 6 per cent on Saturday after its ferry Maren Star ran aground off Port Aldwin.',
      "Analysts said the company's insurance should cover the salvage costs.",
    ]);
  });

  it('reads a plain-text description by its blank lines', () => {
    expect(paragraphTexts(articles[2])).toHaveLength(2);
    expect(articles[2].byline).toBeUndefined();
  });
});

describe('readFeed on Atom', () => {
  const { articles, problems } = readFeed(fixture('northern-reach-bulletin.atom'), 'reach.atom', READ_AT);

  it('keeps published and updated apart and takes the alternate link', () => {
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({
      url: 'https://bulletin.northernreach.example/2026/05/10/skellan-isle-cut-off-maren-star',
      title: 'Skellan Isle cut off as Maren Star waits for high tide',
      byline: 'Freya Lindqvist',
      outlet: 'Northern Reach Bulletin',
      published: '2026-05-10T06:45:00Z',
      modified: '2026-05-10T08:20:00Z',
      language: 'en-GB',
    });
  });

  it('prefers the full content to the summary', () => {
    expect(paragraphTexts(articles[0])[0]).toMatch(/^Skellan Isle had no ferry service for a second day/);
    expect(paragraphTexts(articles[0])).toContain('Supplies');
    expect(articles[0].text).not.toContain('Islanders face a second day');
  });

  it('reads a summary-only entry and says when the update date stands in for the publication date', () => {
    expect(articles[1]).toMatchObject({ published: '2026-05-09T19:10:00Z', modified: '2026-05-09T19:10:00Z', byline: 'Ruairi Mackle' });
    expect(articles[1].messages).toEqual([{ stage: 'read', rule: 'date', reason: 'the item gives no publication date; used its update date' }]);
  });
});

describe('readFeed on Atom XHTML content', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Reach Notes</title><id>urn:reach</id><updated>2026-05-10T09:00:00Z</updated>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Tide <em>tables</em> change</div></title><id>urn:1</id><published>2026-05-10T08:00:00Z</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The harbour board published <b>new</b> tide tables on Friday &amp; warned <a href="https://reach.example/x">ferry crews</a>.</p><p>The tables take effect on Monday, the board said.</p></div></content></entry>
<entry><title>Pier closed</title><id>urn:2</id><published>2026-05-10T09:00:00Z</published>
<summary type='xhtml'><div xmlns="http://www.w3.org/1999/xhtml"><p>The north pier stays closed until the storm passes.</p></div></summary></entry>
</feed>`;
  const { articles, problems } = readFeed(atom, 'reach.atom', READ_AT);

  it('reads inline XHTML titles, content and summaries by their blocks, words in order, entities decoded', () => {
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.title)).toEqual(['Tide tables change', 'Pier closed']);
    expect(paragraphTexts(articles[0])).toEqual(['The harbour board published new tide tables on Friday & warned ferry crews.', 'The tables take effect on Monday, the board said.']);
    expect(paragraphTexts(articles[1])).toEqual(['The north pier stays closed until the storm passes.']);
  });

  it('leaves other feeds as they are and stops at an XHTML element never closed', () => {
    const rss = fixture('coastline-wire.rss');
    expect(xhtmlAsHtml(rss)).toBe(rss);
    expect(xhtmlAsHtml('<content type="xhtml"><p>cut off')).toBe('<content type="xhtml"><p>cut off');
    const hostile = '<content type="xhtml"'.repeat(50_000);
    expect(xhtmlAsHtml(hostile)).toBe(hostile);
  });
});

describe('readFeed on RSS 1.0 and broken feeds', () => {
  it('reads RSS 1.0 (RDF) items', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://reach.example/"><title>Reach Notes</title><link>https://reach.example/</link><description>Notes</description></channel>
  <item rdf:about="https://reach.example/1"><title>Tide tables change</title><link>https://reach.example/1</link><description>The harbour board published new tide tables on Friday.</description><dc:date>2026-05-08T12:00:00Z</dc:date><dc:creator>Ola Brand</dc:creator></item>
</rdf:RDF>`;
    const { articles, problems } = readFeed(rdf, 'notes.rdf', READ_AT);
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({ url: 'https://reach.example/1', title: 'Tide tables change', published: '2026-05-08T12:00:00Z', byline: 'Ola Brand', outlet: 'Reach Notes' });
  });

  it('names an item with no text by its title and link, says what it holds instead, and reads the others', () => {
    const rss = `<rss version="2.0"><channel><title>Harbor Photo Desk</title><link>https://photos.example/</link>
<item><title>Gallery: the flood in pictures</title><link>https://photos.example/gallery/1</link><description><![CDATA[<p><img src="https://photos.example/1.jpg" alt=""></p>]]></description></item>
<item><title>Watch: the river at dawn</title><link>/video/2</link><content:encoded><![CDATA[<iframe src="https://video.example/2"></iframe>]]></content:encoded></item>
<item><title>Dam inquiry opens</title><link>https://photos.example/news/4</link><description>An independent inquiry into the failure of the dam opened in Brenmouth on Monday.</description></item>
</channel></rss>`;
    const { articles, problems } = readFeed(rss, 'photos.rss', READ_AT);
    expect(problems.map(String)).toEqual([
      'InputError: photos.rss (item 1, "Gallery: the flood in pictures", https://photos.example/gallery/1): the item\'s description holds no text, only an image',
      'InputError: photos.rss (item 2, "Watch: the river at dawn", https://photos.example/video/2): the item\'s content holds no text, only embedded media',
    ]);
    expect(articles.map((article) => article.title)).toEqual(['Dam inquiry opens']);
  });

  it('says an item with no text element holds only a media file, and which', () => {
    const rss = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Hill Gazette</title>
<item><title>Pier vote video</title><link>https://hill.example/v</link><media:content url="https://hill.example/v.mp4" type="video/mp4" medium="video"/></item>
<item><title>Podcast: harbour week</title><link>https://hill.example/p</link><enclosure url="https://hill.example/7.mp3" length="1234" type="audio/mpeg"/></item>
<item><title>Gallery</title><media:group><media:content url="https://hill.example/1.jpg" medium="image"/><media:content url="https://hill.example/2.jpg" medium="image"/></media:group></item>
</channel></rss>`;
    expect(readFeed(rss, 'hill.rss', READ_AT).problems.map(String)).toEqual([
      'InputError: hill.rss (item 1, "Pier vote video", https://hill.example/v): the item has no content, description or summary, only a media file (video/mp4)',
      'InputError: hill.rss (item 2, "Podcast: harbour week", https://hill.example/p): the item has no content, description or summary, only a media file (audio/mpeg)',
      'InputError: hill.rss (item 3, "Gallery"): the item has no content, description or summary, only 2 media files (image)',
    ]);
  });

  it('reads Atom text constructs of type "text" as written, "html" decoded then stripped; an RSS title as text unless it holds an element opened and closed', () => {
    const body = 'The harbour board voted on Wednesday for a second pier, members said.';
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Harbour &amp;lt;Times&amp;gt;</title>
<entry><title type="text">Q&amp;A: why &lt;b&gt; tags fail</title><id>tag:1</id><content type="text">Why the &lt;b&gt; tag fails: ${body}</content></entry>
<entry><title type="html">An &lt;i&gt;html&lt;/i&gt; title, &amp;lt;b&amp;gt; escaped</title><id>tag:2</id><content type="html">&lt;p&gt;${body}&lt;/p&gt;</content></entry></feed>`;
    const read = readFeed(atom, 'harbour.atom', READ_AT).articles;
    expect(read.map((article) => [article.title, article.text, article.outlet])).toEqual([
      ['Q&A: why <b> tags fail', `Why the <b> tag fails: ${body}`, 'Harbour &lt;Times&gt;'],
      ['An html title, <b> escaped', body, 'Harbour &lt;Times&gt;'],
    ]);
    const rss = `<rss version="2.0"><channel><title>Hill Gazette</title>
<item><title>Q&amp;A: why &lt;b&gt; tags fail</title><link>https://hill.example/1</link><description>${body}</description></item>
<item><title>Council &lt;em&gt;backs&lt;/em&gt; pier</title><link>https://hill.example/2</link><description>${body}</description></item>
<item><title>Workers&amp;#8217; pier</title><link>https://hill.example/3</link><description>${body}</description></item></channel></rss>`;
    expect(readFeed(rss, 'hill.rss', READ_AT).articles.map((article) => article.title)).toEqual(['Q&A: why <b> tags fail', 'Council backs pier', "Workers' pier"]);
  });

  it('leaves out the script and style a title read as HTML holds, as a browser shows it', () => {
    const body = 'The harbour festival was postponed by two weeks after the warehouse fire, its organisers said on Wednesday.';
    const rss = `<rss version="2.0"><channel><title>Hill Gazette</title>
<item><title>Harbour &lt;script&gt;alert("feed")&lt;/script&gt; festival postponed</title><link>https://hill.example/1</link><description>${body}</description></item>
<item><title>&lt;style&gt;b{color:red}&lt;/style&gt;Festival &lt;b&gt;moved&lt;/b&gt;</title><link>https://hill.example/2</link><description>${body}</description></item></channel></rss>`;
    expect(readFeed(rss, 'hill.rss', READ_AT).articles.map((article) => article.title)).toEqual(['Harbour festival postponed', 'Festival moved']);
  });

  it('decodes the character references of an item whose text holds no markup', () => {
    const rss = `<rss version="2.0"><channel><title>Port News</title>
<item><title>Strike called</title><link>https://port.example/1</link><description>Workers&amp;#8217; union leaders said talks had broken down &amp;amp; a strike&amp;nbsp;would begin on Monday.</description></item>
<item><title>Strike called off</title><link>https://port.example/2</link><description><![CDATA[Workers&#8217; leaders said on Friday that the strike was off, AT&T staff included.]]></description></item>
</channel></rss>`;
    expect(readFeed(rss, 'port.rss', READ_AT).articles.map((article) => article.text)).toEqual([
      "Workers' union leaders said talks had broken down & a strike would begin on Monday.",
      "Workers' leaders said on Friday that the strike was off, AT&T staff included.",
    ]);
  });

  it('reports XML that is not well-formed as one problem for the whole input', () => {
    const { articles, problems } = readFeed('<rss><channel><item></channel></rss>', 'broken.rss', READ_AT);
    expect(articles).toEqual([]);
    expect(problems[0].message).toMatch(/^broken\.rss: not a readable RSS or Atom feed/);
  });

  it('names the outlet by the part of the title its host or copyright names', () => {
    expect(feedOutlet({ title: 'World News | Harbour Herald', link: 'https://www.harbourherald.example/' })).toBe('Harbour Herald');
    expect(feedOutlet({ title: 'Maritime - The Tide', copyright: '© The Tide 2026' })).toBe('The Tide');
    expect(feedOutlet({ title: 'Plain Title' })).toBe('Plain Title');
  });

  it('reads the example feed', () => {
    const { articles } = readFeed(readFileSync(`${EXAMPLES}kingsfold-evening-gazette-feed.xml`, 'utf8'), 'gazette.xml', READ_AT);
    expect(articles.map((article) => [article.outlet, article.published])).toEqual([
      ['Kingsfold Evening Gazette', '2026-03-21T18:55:00Z'],
      ['Kingsfold Evening Gazette', '2026-03-15T18:10:00Z'],
    ]);
  });
});

describe('readFeed links', () => {
  const body = 'The council of Ardvale voted on Monday night to close the old bridge to lorries.';
  const rss = (channelLink: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Rel Times</title>${channelLink}
<item><title>A</title><link>/news/2026/03/05/bridge</link><description>${body}</description></item></channel></rss>`;

  it('reads a relative item link against the feed link, xml:base, or the address the feed came from', () => {
    expect(readFeed(rss('<link>https://rel.example/</link>'), 'rel.rss', READ_AT).articles[0].url).toBe('https://rel.example/news/2026/03/05/bridge');
    expect(readFeed(rss(''), 'https://feeds.rel.example/x/feed.xml', READ_AT).articles[0].url).toBe('https://feeds.rel.example/news/2026/03/05/bridge');
    expect(readFeed(rss(''), 'rel.rss', READ_AT).articles[0].url).toBeUndefined();
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/"><title>Atom Rel</title>
<entry><title>B</title><id>tag:b</id><link href="news/b.html"/><summary>${body}</summary></entry>
<entry xml:base="https://other.example/desk/"><title>C</title><id>tag:c</id><link href="c.html"/><summary>${body} Again.</summary></entry></feed>`;
    expect(readFeed(atom, 'rel.atom', READ_AT).articles.map((article) => article.url)).toEqual(['https://atom.example/news/b.html', 'https://other.example/desk/c.html']);
  });
});

describe('readFeed on an item whose content is a live blog', () => {
  const { articles, problems } = readFeed(fixture('live-marra-storm.rss'), 'courier.rss', READ_AT);

  it('reads its posts oldest first, each time split off its post, as a page of the blog is', () => {
    expect(problems).toEqual([]);
    expect(postRows(articles[0])).toEqual(MARRA_STORM_POSTS.map(([written, opening]) => [written, `2026-11-20T${written}:00Z`, opening]));
    expect(paragraphTexts(articles[0]).slice(0, 3)).toEqual([expect.stringMatching(/^Storm Marra has brought gusts/), '07:10', expect.stringMatching(/^Good morning\./)]);
  });

  it('leaves the other items as they are', () => {
    expect(articles[1].posts).toBeUndefined();
    expect(articles[1].messages.map((message) => message.rule)).not.toContain('live-blog');
  });
});

describe('an aggregated Atom feed (mend28)', () => {
  it("takes an entry's outlet from the title of the feed it was copied from (<source>), else the feed's own title", () => {
    const body = 'The Tallow Isles ferry resumed sailings on Monday after the storm passed, the operator said.';
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Island Digest</title><id>urn:digest</id>
<entry><title>Ferry back</title><id>urn:1</id><source><id>urn:kestrel</id><title>Kestrel News</title></source><summary>${body}</summary></entry>
<entry><title>Ferry back again</title><id>urn:2</id><summary>${body}</summary></entry></feed>`;
    expect(readFeed(atom, 'digest.atom', READ_AT).articles.map((article) => article.outlet)).toEqual(['Kestrel News', 'Island Digest']);
  });
});
