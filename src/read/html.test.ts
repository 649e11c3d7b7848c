import { describe, expect, it } from 'vitest';
import { MAX_PARSE_DEPTH, MAX_PARSE_ELEMENTS } from './dom.js';
import { extractHtml, MAX_HTML_CHARS, MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS, readHtml } from './html.js';
import { EXAMPLES, fixture, paragraphTexts } from './test-support/shared-data.js';
import { readFileSync } from 'node:fs';
import { READ_AT } from './test-support/read-at.js';

const PAGE = fixture('saltmarsh-chronicle-ferry-aground.html');

describe('readHtml on a news page', () => {
  const { articles, problems } = readHtml(PAGE, 'saltmarsh.html', READ_AT);
  const [article] = articles;
  const paragraphs = paragraphTexts(article);

  it('reads one article and no problems', () => {
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
  });

  it('takes metadata from JSON-LD (inside @graph), Open Graph and the canonical link, keeping published and modified apart', () => {
    expect(article).toMatchObject({
      url: 'https://www.saltmarshchronicle.example/news/coast/2026/05/09/maren-star-ferry-aground-port-aldwin',
      outlet: 'Saltmarsh Chronicle',
      title: 'Ferry Maren Star runs aground in fog off Port Aldwin, 226 rescued',
      byline: 'Tamsin Arkwright, Owain Petrie',
      published: '2026-05-09T07:15:00+01:00',
      modified: '2026-05-09T13:40:00+01:00',
      language: 'en-GB',
      origin: { input: 'saltmarsh.html', format: 'html' },
    });
  });

  it('derives the id from the canonical URL', () => {
    expect(article.id).toMatch(/^[\da-f]{16}$/);
    const bare = readHtml(PAGE.replace(/<link rel="canonical"[^>]*>/, ''), 'x.html', READ_AT).articles[0];
    expect(bare.url).toMatch(/\?utm_source=og$/);
    expect(bare.id).not.toBe(article.id);
  });

  it('keeps the main paragraphs in order, list items and the subheading as their own paragraphs', () => {
    expect(paragraphs).toEqual([
      'The passenger ferry Maren Star ran aground on a sandbank outside Port Aldwin harbour early on Saturday, and all 212 passengers and 14 crew were brought ashore by lifeboats, the Aldwin Coastguard said.',
      'The vessel, operated by Greyhaven Lines, struck the Kessock Bank shortly after 5:40 a.m. while approaching the harbour in thick fog, coastguard officials said. Nobody was seriously hurt.',
      'Rescue in the fog',
      'Three lifeboats and a pilot launch took passengers off the ferry in groups of about twenty. Eleven people were treated for mild hypothermia at Port Aldwin Infirmary and later discharged.',
      '"We could hear the hull grinding on the sand, and then everything went quiet," said Ilse Varnham, 58, who was travelling to Skellan Isle with her grandson.',
      "Harbourmaster Colm Dreyer said the fog had cut visibility to less than 50 metres and that the ferry's radar had been working normally.",
      'The ferry was carrying 212 passengers, 14 crew and 38 vehicles.',
      'No fuel has leaked, according to the coastguard.',
      'Greyhaven Lines said it had cancelled all sailings between Port Aldwin and Skellan Isle until Monday and that an investigation into the grounding had begun.',
      "Salvage crews plan to refloat the Maren Star on Sunday evening's high tide, the company said.",
    ]);
  });

  it('leaves out the cookie banner, navigation, ads, share buttons, related links, newsletter, comments and footer', () => {
    for (const furniture of ['cookies', 'Subscribe', 'Sign in', 'Politics', 'Advertisement', 'Share on', 'Copy link', 'Related articles', 'Kessock Bank has shifted', 'Most read', 'newsletter', 'Comments', 'All rights reserved', 'Greyhaven Lines adds winter sailings', 'Photograph:']) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('leaves out the comments under a report shorter than Readability\'s default 500 characters (audit25: a brief under 300 comments gave the comments)', () => {
    const comments = Array.from({ length: 300 }, (_, index) => `<div class="comment"><p class="author">reader${index}</p><p>Comment ${index}: the trains were late again today and the company should pay everyone back.</p></div>`).join('');
    const page = `<html><head><title>Tolver drivers accept pay deal | Westline Courier</title></head><body><article><h1>Tolver drivers accept pay deal</h1><p>Tolver depot drivers voted on Friday to accept a pay offer of 6.5% from Westline Rail, ending a dispute over wages, their union said.</p><p>"This is a fair result," said organiser Hal Brennick.</p></article><section id="comments"><h2>Comments</h2>${comments}</section></body></html>`;
    const [brief] = readHtml(page, 'brief.html', READ_AT).articles;
    expect(paragraphTexts(brief)).toEqual(['Tolver depot drivers voted on Friday to accept a pay offer of 6.5% from Westline Rail, ending a dispute over wages, their union said.', '"This is a fair result," said organiser Hal Brennick.']);
  });

  it('records what Readability left out as a message without a span', () => {
    expect(article.messages).toEqual([
      { stage: 'read', rule: 'readability', reason: expect.stringMatching(/^Readability kept 10 of the page's \d+ text blocks/) },
    ]);
  });
});

describe('readHtml on a table-layout page of <br>-separated paragraphs', () => {
  it('counts the page\'s paragraphs as it counts what Readability kept (it said "kept 5 of the page\'s 2 text blocks")', () => {
    const [article] = readHtml(fixture('mill-bridge-table-layout.html'), 'mill-bridge.html', READ_AT).articles;
    const [message] = article.messages.filter((message) => message.rule === 'readability');
    const [, kept, all] = /^Readability kept (\d+) of the page's (\d+) text blocks/.exec(message.reason)!.map(Number);
    expect(kept).toBeGreaterThan(2);
    expect(kept).toBeLessThanOrEqual(all);
    expect(paragraphTexts(article)).toContainEqual(expect.stringMatching(/^The Old Mill bridge reopened on Monday/));
  });
});

describe('readHtml on a page Readability keeps whole', () => {
  it('does not say it left furniture out when it kept every text block', () => {
    const page = `<html><head><title>Ferry service cut as harbour closes</title></head><body><div><p>The ferry between Calder Point and Ashby Reach was cancelled on Monday because the harbour was closed, the operator Strandline Ferries said.</p><p>Passengers were offered refunds or places on the sailings on Tuesday, a spokesperson for the operator said.</p></div></body></html>`;
    const [article] = readHtml(page, 'ferry.html', READ_AT).articles;
    expect(article.messages.filter((message) => message.rule === 'readability').map((message) => message.reason)).toEqual([
      "Readability kept 2 of the page's 2 text blocks; it left none out",
    ]);
  });
});

describe('readHtml limits and fallbacks', () => {
  it('rejects a page over the size limit as an input problem', () => {
    const { articles, problems } = readHtml(`<html><body><p>${'x'.repeat(MAX_HTML_CHARS)}</p></body></html>`, 'huge.html', READ_AT);
    expect(articles).toEqual([]);
    expect(problems[0].message).toMatch(/^huge\.html: HTML page of 5\.0 MB is over the 5 MB limit/);
  });

  it('reads a page nested too deep for Readability block by block, and says so', () => {
    const depth = 500;
    const page = `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}<p>The Ossa River broke through its embankment in Trevik on Sunday night, officials said.</p>${'</div>'.repeat(depth)}</body></html>`;
    const [article] = readHtml(page, 'deep.html', READ_AT).articles;
    expect(article.text).toBe('The Ossa River broke through its embankment in Trevik on Sunday night, officials said.');
    expect(article.title).toBe('Deep page');
    expect(article.messages.find((message) => message.rule === 'readability')?.reason).toBe(
      `the page nests elements ${depth + 3} deep, more than the ${MAX_READABILITY_DEPTH} Readability is given; read every text block of the page instead`,
    );
    expect(article.messages.find((message) => message.rule === 'nesting')).toBeUndefined();
  });

  it('flattens the elements of a page nested deeper than the parser can keep up with, keeping their text, and says so', () => {
    const depth = 20_000;
    const comment = `<!-- ${'<div>'.repeat(5)} -->`;
    const script = `<script>document.write('${'<div>'.repeat(5)}')</script>`;
    const page = `<html><head><title>Deep page</title>${script}</head><body>${comment}${'<div><span>Trevik</span> <b>'.repeat(depth)}<p>The Ossa River broke through its embankment in Trevik on Sunday night, officials said.</p>${'</b></div>'.repeat(depth)}</body></html>`;
    const [article] = readHtml(page, 'deeper.html', READ_AT).articles;
    expect(article.title).toBe('Deep page');
    expect(article.text).toMatch(/Trevik Trevik\n\nThe Ossa River broke through its embankment in Trevik on Sunday night, officials said\.$/);
    expect(article.text.split('Trevik').length - 1).toBe(depth + 1);
    expect(article.messages.find((message) => message.rule === 'nesting')?.reason).toMatch(
      /^left out the tags of 5\d,\d{3} elements nested more than 1,000 deep \(their text is kept\): the page nests deeper than it can be read in time$/,
    );
    expect(article.messages.find((message) => message.rule === 'readability')?.reason).toMatch(new RegExp(`^the page nests elements ${MAX_PARSE_DEPTH + 1} deep`));
  });

  it('reads a page of more elements than Readability is given block by block, and says so', () => {
    const rows = Array.from({ length: MAX_READABILITY_ELEMENTS / 2 }, (_, i) => `<div><p>Crews cleared debris from street ${i} in Trevik.</p></div>`).join('');
    const page = `<html><head><title>Wide page</title></head><body><p>The Ossa River broke through its embankment in Trevik on Sunday night, officials said.</p>${rows}</body></html>`;
    const [article] = readHtml(page, 'wide.html', READ_AT).articles;
    expect(article.paragraphs).toHaveLength(MAX_READABILITY_ELEMENTS / 2 + 1);
    expect(article.messages.find((message) => message.rule === 'readability')?.reason).toBe(
      `the page has 10,005 elements, more than the 10,000 Readability is given; read every text block of the page instead`,
    );
    expect(article.messages.find((message) => message.rule === 'elements')).toBeUndefined();
  });

  it('leaves out the tags of the elements after the first MAX_PARSE_ELEMENTS, keeping their text apart and dropping scripts, and says so', () => {
    const filler = '<i></i>'.repeat(MAX_PARSE_ELEMENTS);
    const page = `<html><head><title>Crowded page</title></head><body><p>The Ossa River broke through its embankment in Trevik on Sunday night.</p>${filler}<p>Crews<b>worked</b>overnight.</p><script>var hidden = '<p>never text</p>';</script></body></html>`;
    const [article] = readHtml(page, 'crowded.html', READ_AT).articles;
    expect(article.text).toBe('The Ossa River broke through its embankment in Trevik on Sunday night.\n\nCrews worked overnight.');
    expect(article.messages.find((message) => message.rule === 'elements')?.reason).toBe(
      `left out the tags of the last 8 of the page's 100,008 elements, past the first 100,000 (their text is kept, scripts and styles dropped): the page has more elements than can be read in time`,
    );
  });

  it('reports a page without text as a problem', () => {
    expect(readHtml('<html><body><nav><a href="/">Home</a></nav></body></html>', 'empty.html', READ_AT).problems.map(String)).toEqual([
      'InputError: empty.html: no article text found in the HTML page',
    ]);
  });

  it('records a JSON-LD block that is not JSON, and still reads the page', () => {
    const page = PAGE.replace('"@context": "https://schema.org",', '"@context": "https://schema.org",,');
    const [article] = readHtml(page, 'bad-ld.html', READ_AT).articles;
    expect(article.messages.map((message) => message.rule)).toContain('json-ld');
    expect(article.title).toBe('Ferry Maren Star runs aground in fog off Port Aldwin, 226 rescued');
    expect(article.published).toBe('2026-05-09T07:15:00+01:00');
  });

  it('reads the JSON-LD articleBody of a page that shows well under it (a body drawn by script, a paywall teaser)', () => {
    const body = [
      'The council voted on Tuesday to close the Mill Road bridge for repairs, the mayor said.',
      'Engineers found cracks in two of its piers during an inspection last month.',
      'The bridge carries about 12,000 vehicles a day, and drivers will be sent through the town centre while the work goes on.',
    ];
    const page = (ld: string, main: string) =>
      `<html><head><title>Bridge closed | Harbor Daily</title><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Bridge closed for repairs', articleBody: ld })}</script></head><body><main><h1>Bridge closed for repairs</h1>${main}</main></body></html>`;
    const teaser = `<p>${body[0]}</p><p>Subscribe to read the full story.</p>`;
    const scripted = extractHtml(page(body.join('\n'), teaser));
    expect(scripted.paragraphs).toEqual(body);
    expect(scripted.messages).toContainEqual({ stage: 'read', rule: 'json-ld-body', reason: 'the page shows 26 words of text and its JSON-LD articleBody 51; read the articleBody' });
    expect(extractHtml(page(`<p>${body[0]}</p><p>${body[1]}</p>`, '')).paragraphs).toEqual(body.slice(0, 2));
    const whole = extractHtml(page(body.join(' '), body.map((paragraph) => `<p>${paragraph}</p>`).join('')));
    expect(whole.paragraphs).toEqual(['Bridge closed for repairs', ...body]);
    expect(whole.messages.map((message) => message.rule)).not.toContain('json-ld-body');
    expect(extractHtml(page(body[0], body.map((paragraph) => `<p>${paragraph}</p>`).join(''))).paragraphs).toEqual(['Bridge closed for repairs', ...body]);
  });

  it('refuses a front or section page listing articles under linked headings, but reads an article beside cards of related ones', () => {
    const teaser = (n: number) => `<article><h2><a href="/a/${n}">Story ${n} headline</a></h2><p>The harbour board of Kessock said on Tuesday that story ${n} had moved on, and its members would meet again next week.</p></article>`;
    const front = `<html><head><title>Kessock Times - Latest news</title></head><body><nav><a href="/">Home</a></nav><main>${teaser(1)}${teaser(2)}${teaser(3)}</main><footer>Kessock Times</footer></body></html>`;
    expect(readHtml(front, 'front.html', READ_AT)).toEqual({
      articles: [],
      problems: [expect.objectContaining({ reason: 'the page lists 3 articles, each under a heading linking to its own page (a front or section page): give their pages instead' })],
    });
    const body = Array.from({ length: 6 }, (_, n) => `<p>Paragraph ${n} of the report: the council approved the four million pound budget for the north pier on Monday night after a long debate.</p>`).join('');
    const related = `<aside>${teaser(1)}${teaser(2)}${teaser(3)}</aside>`;
    expect(readHtml(`<html><body><main><h1>Council approves pier budget</h1>${body}</main>${related}</body></html>`, 'a.html', READ_AT).articles).toHaveLength(1);
    expect(readHtml(`<html><body><article><h1>Council approves pier budget</h1><p>The council approved the budget.</p></article>${related}</body></html>`, 'b.html', READ_AT).articles).toHaveLength(1);
    const linkedTitle = `<article><h1><a href="/a/pier-budget">Council approves pier budget</a></h1>${body}</article>`;
    expect(readHtml(`<html><body>${linkedTitle}${related}</body></html>`, 'c.html', READ_AT).articles).toHaveLength(1);
  });

  it('says when a page shows a paywall, whose text may be only the opening of the article', () => {
    const page = (notice: string) =>
      `<html><head><title>Council approves pier budget</title></head><body><article><h1>Council approves pier budget</h1><p>The council approved a four million pound budget for the north pier on Monday night.</p>${notice}</article></body></html>`;
    const rules = (html: string) => readHtml(html, 'p.html', READ_AT).articles[0].messages.filter((message) => message.rule === 'paywall').map((message) => message.reason);
    expect(rules(page('<div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Log in.</p></div>'))).toEqual([
      'the page shows a paywall ("Subscribe to continue reading"): its text may be only the opening of the article',
    ]);
    expect(rules(page('<div id="article-paywall"><a href="/offer">Our best offer: £1 a month</a></div>'))).toEqual([
      'the page shows a paywall ("Our best offer: £1 a month"): its text may be only the opening of the article',
    ]);
    expect(rules(page(''))).toEqual([]);
    const header = '<header><a href="/login">Already a subscriber? Log in</a></header>';
    expect(rules(page('').replace('<body>', `<body>${header}`))).toEqual([]);
  });

  it('leaves out an AMP page\'s ads, images, share buttons and menu', () => {
    const amp = `<!doctype html><html amp lang="en"><head><title>Storm closes Kessock ferry</title></head><body>
<amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></amp-sidebar>
<article><h1>Storm closes Kessock ferry</h1><amp-img src="/p.jpg" width="600" height="400" alt="The ferry"><div fallback>Image unavailable</div></amp-img>
<p>The Kessock ferry stopped running on Saturday morning as winds of up to 70 miles an hour swept the firth, the operator said.</p>
<amp-ad width="300" height="250" type="doubleclick"><div fallback>Advertisement</div></amp-ad>
<p>Greyhaven Lines said sailings would resume when the wind dropped, probably on Sunday afternoon.</p><amp-social-share type="email">Share by email</amp-social-share></article></body></html>`;
    expect(paragraphTexts(readHtml(amp, 'amp.html', READ_AT).articles[0])).toEqual([
      'The Kessock ferry stopped running on Saturday morning as winds of up to 70 miles an hour swept the firth, the operator said.',
      'Greyhaven Lines said sailings would resume when the wind dropped, probably on Sunday afternoon.',
    ]);
  });

  it('leaves out a caption set outside its figure, as AMP pages set one after an amp-img', () => {
    const amp = `<!doctype html><html amp lang="en"><head><title>Storm closes Kessock ferry</title></head><body>
<article><h1>Storm closes Kessock ferry</h1><amp-img src="/p.jpg" width="600" height="400" alt="The ferry"></amp-img><figcaption>The ferry at its pier in 2019. Photo: Greyhaven Lines</figcaption>
<p>The Kessock ferry stopped running on Saturday morning as winds of up to 70 miles an hour swept the firth, the operator said.</p>
<p>Greyhaven Lines said sailings would resume when the wind dropped, probably on Sunday afternoon.</p></article></body></html>`;
    const [article] = readHtml(amp, 'amp.html', READ_AT).articles;
    expect(paragraphTexts(article)).toEqual([
      'The Kessock ferry stopped running on Saturday morning as winds of up to 70 miles an hour swept the firth, the operator said.',
      'Greyhaven Lines said sailings would resume when the wind dropped, probably on Sunday afternoon.',
    ]);
    expect(article.messages.filter((message) => message.rule === 'figure').map((message) => message.reason)).toEqual(['left out 1 figure (images with their captions and credits)']);
  });

  it('names the outlet by what <title> adds to the headline the page gives elsewhere, when nothing else names it', () => {
    const page = (title: string) =>
      `<html><head><title>${title}</title><meta property="og:title" content="Council approves pier budget"></head><body><article><h1>Council approves pier budget</h1><p>The council approved a four million pound budget for the north pier on Monday night.</p></article></body></html>`;
    expect(extractHtml(page('Council approves pier budget | Kessock Times')).fields).toMatchObject({ title: 'Council approves pier budget', outlet: 'Kessock Times' });
    expect(extractHtml(page('Council approves pier budget - Politics - Kessock Times')).fields.outlet).toBeUndefined();
    expect(extractHtml(page('Kessock Times: council approves pier budget')).fields.outlet).toBeUndefined();
  });

  it("takes the page's heading for its title when <title> is the heading and more for search engines, not a logo heading", () => {
    const page = (heading: string) =>
      `<html><head><title>Huge Blaze Wipes Out Callowby Grain Store - You Won't Believe The Smoke | NewsPulse Daily</title><meta property="og:site_name" content="NewsPulse Daily"></head><body><article><h1>${heading}</h1><p>A massive fire wiped out a grain store at Dunmore Quay in Callowby in the early hours of Saturday, the fire service said.</p></article></body></html>`;
    expect(extractHtml(page('Huge Blaze Wipes Out Callowby Grain Store')).fields.title).toBe('Huge Blaze Wipes Out Callowby Grain Store');
    expect(extractHtml(page('Huge Blaze')).fields.title).toBe("Huge Blaze Wipes Out Callowby Grain Store - You Won't Believe The Smoke");
  });

  it('falls back to meta tags and <title> (without " | outlet") when there is no JSON-LD or Open Graph', () => {
    const page = `<html lang="fr"><head><title>Le ferry échoue | Gazette du Port</title><meta name="application-name" content="Gazette du Port"><meta name="author" content="Anne Roux"><meta name="pubdate" content="2026-05-09"></head>
      <body><article><p>Le ferry Maren Star s'est échoué samedi matin sur un banc de sable, a indiqué la garde côtière, et tous les passagers ont été évacués.</p></article></body></html>`;
    const { fields } = extractHtml(page);
    expect(fields).toMatchObject({ title: 'Le ferry échoue', outlet: 'Gazette du Port', byline: 'Anne Roux', published: '2026-05-09', language: 'fr' });
  });
});

describe('readHtml on the example page', () => {
  it('reads the Northgate Courier example without its furniture', () => {
    const [article] = readHtml(readFileSync(`${EXAMPLES}northgate-courier-brenmouth-flood-evacuation.html`, 'utf8'), 'courier.html', READ_AT).articles;
    expect(article).toMatchObject({ outlet: 'Northgate Courier', published: '2026-03-14T10:20:00+00:00', modified: '2026-03-14T16:45:00+00:00', language: 'en-GB', byline: 'Calla Brennock' });
    expect(article.text).not.toMatch(/cookies|Related stories|Copy link|Get the Eastmarch briefing/);
    expect(paragraphTexts(article)).toContain('Evacuees are being housed at Brenmouth Secondary School and the St. Aldric Community Hall. Rail services between Brenmouth and Northgate were cancelled for the rest of the weekend.');
  });
});
