import { describe, expect, it } from 'vitest';
import { JSONL_FIELDS, readJsonl } from './jsonl.js';
import { fixture, paragraphTexts } from './test-support/shared-data.js';
import { MARRA_STORM_POSTS, postRows } from './test-support/posts.js';
import { READ_AT } from './test-support/read-at.js';

describe('readJsonl', () => {
  const { articles, problems } = readJsonl(fixture('wire-ferry.jsonl'), 'wire.jsonl', READ_AT);

  it('reads the good lines and reports each bad line by its number', () => {
    expect(articles.map((article) => article.origin.item)).toEqual([1, 2, 7]);
    expect(problems.map((problem) => [problem.place, problem.reason])).toEqual([
      ['line 3', expect.stringMatching(/^not valid JSON/)],
      ['line 4', 'no "text" (or "body", "content") or "html" field'],
      ['line 6', 'expected a JSON object with a "text" field, got an array'],
    ]);
  });

  it('says what a line holds instead of an object', () => {
    const read = readJsonl(['"a headline"', 'null', '42'].join('\n'), 'odd.jsonl', READ_AT);
    expect(read.problems.map((problem) => problem.reason)).toEqual(['"a headline"', 'null', 'number 42'].map((got) => `expected a JSON object with a "text" field, got ${got}`));
  });

  it('reads aliased fields: source, headline, author list, date, dateModified, lang, body', () => {
    expect(articles[0]).toMatchObject({
      id: 'hp-2026-05-09-ferry',
      url: 'https://www.harbourpost.example/2026/05/09/ferry-aground',
      outlet: 'Harbour Post',
      title: 'Ferry aground off Port Aldwin; 226 rescued',
      byline: 'Lin Ashby, Joss Kerr',
      published: '2026-05-09',
      modified: '2026-05-09T18:00:00Z',
      language: 'en',
      origin: { input: 'wire.jsonl', format: 'jsonl', item: 1 },
    });
    expect(paragraphTexts(articles[0])).toEqual([
      'PORT ALDWIN - The ferry Maren Star ran aground on the Kessock Bank on Saturday.',
      'All 226 people on board were rescued by lifeboat crews.',
      'The operator said sailings would resume on Monday.',
    ]);
  });

  it('reads an "html" field with the HTML reader; the line\'s own fields win', () => {
    expect(articles[1]).toMatchObject({ outlet: 'Island Voice', title: 'Skellan Isle waits for its ferry', published: '2026-05-10T09:00:00Z', language: 'en' });
    expect(articles[1].id).toMatch(/^[\da-f]{16}$/);
    expect(articles[1].text).not.toMatch(/Home|Island Voice, Skellan/);
    expect(articles[1].paragraphs).toHaveLength(2);
  });

  it('refuses an "html" field holding a front page, as the HTML reader refuses the page', () => {
    const teaser = (n: number) => `<article><h2><a href="/a/${n}">Story ${n} headline</a></h2><p>The harbour board of Kessock said on Tuesday that story ${n} had moved on, and its members would meet again next week.</p></article>`;
    const line = JSON.stringify({ id: 'front', html: `<html><body><main>${teaser(1)}${teaser(2)}</main></body></html>` });
    const { articles: read, problems: found } = readJsonl(line, 'pages.jsonl', READ_AT);
    expect(read).toEqual([]);
    expect(found.map((problem) => [problem.place, problem.reason])).toEqual([
      ['line 1', 'the "html" field lists 2 articles, each under a heading linking to its own page (a front or section page): give their pages instead'],
    ]);
  });

  it('keeps a numeric id as a string and leaves an unreadable date out with a message', () => {
    expect(articles[2].id).toBe('4471');
    expect(articles[2].published).toBeUndefined();
    expect(articles[2].messages).toEqual([{ stage: 'read', rule: 'unreadable-date', reason: 'could not read the published date "not a date"; left it out' }]);
  });

  it('leaves out a field of a type it cannot take, saying so on the article (an outlet given as a list was dropped silently)', () => {
    const line = JSON.stringify({ id: 'skerrow-1', outlet: ['Brackwater Ledger'], title: { text: 'Ferry aground' }, author: ['Ann Reid', 'Tom Kerr'], lang: 7, text: 'The ferry ran aground off Skerrow Point on Tuesday, the harbour master said.' });
    const [article] = readJsonl(line, 'odd-fields.jsonl', READ_AT).articles;
    expect([article.outlet, article.title, article.byline, article.language]).toEqual([undefined, undefined, 'Ann Reid, Tom Kerr', undefined]);
    expect(article.messages.filter((message) => message.rule === 'field-type').map((message) => message.reason)).toEqual([
      'the "outlet" field is not text or an object with a "name" (got an array); left it out',
      'the "title" field is not text (got an object); left it out',
      'the "lang" field is not text (got number 7); left it out',
    ]);
  });

  it('reads Unix time in seconds or milliseconds, as a number or a string of digits', () => {
    const published = (value: unknown) => readJsonl(JSON.stringify({ text: 'The council voted to close the bridge.', published: value, modified: value }), 'unix.jsonl', READ_AT).articles[0];
    for (const value of [1773475200, 1773475200000, '1773475200', '1773475200000']) expect(published(value)).toMatchObject({ published: '2026-03-14T08:00:00Z', modified: '2026-03-14T08:00:00Z' });
    expect(published(1773475200123).published).toBe('2026-03-14T08:00:00.123Z');
    expect(published('17734752').messages).toContainEqual({ stage: 'read', rule: 'unreadable-date', reason: 'could not read the published date "17734752"; left it out' });
    expect(published(-5).messages).toContainEqual({ stage: 'read', rule: 'unreadable-date', reason: 'could not read the published date "-5"; left it out' });
    expect(published({ $date: 5 }).messages).toContainEqual({ stage: 'read', rule: 'unreadable-date', reason: 'could not read the published date "{\\"$date\\":5}"; left it out' });
    expect(published(`March ${'5'.repeat(10_000)}`).messages[0].reason).toBe(`could not read the published date "March ${'5'.repeat(74)}…"; left it out`);
  });

  it('names a number past the last date JavaScript holds unreadable, not left out silently, and takes the next alias of an empty list', () => {
    const [article] = readJsonl(JSON.stringify({ text: 'The council voted to close the bridge.', published: 1e20, byline: [], author: 'Ann Reid' }), 'odd-dates.jsonl', READ_AT).articles;
    expect(article.published).toBeUndefined();
    expect(article.messages).toContainEqual({ stage: 'read', rule: 'unreadable-date', reason: 'could not read the published date "100000000000000000000"; left it out' });
    expect(article.byline).toBe('Ann Reid');
  });

  it('reads a slashed date day first in an article in another language, declared or found in its text', () => {
    const FRENCH = "Le pont de la Sarle s'est effondré dans la nuit, et les pompiers ont sauvé les passagers des deux voitures qui sont tombées dans la rivière.";
    const read = (record: object) => readJsonl(JSON.stringify(record), 'dates.jsonl', READ_AT).articles[0].published;
    expect(read({ text: FRENCH, published: '12/03/2026 11:30' })).toBe('2026-03-12T11:30:00');
    expect(read({ text: 'Le pont.', language: 'fr', published: '12/03/2026' })).toBe('2026-03-12');
    expect(read({ text: 'The council voted to close the bridge over the river after the engineers found cracks in both of its piers.', published: '03/12/2026' })).toBe('2026-03-12');
  });

  it('documents every field it reads', () => {
    expect(JSONL_FIELDS.map((field) => field.name)).toEqual(['id', 'url', 'outlet', 'title', 'byline', 'published', 'modified', 'language', 'text', 'html']);
    expect(JSONL_FIELDS.flatMap((field) => field.aliases)).toEqual([
      'guid', 'link', 'source', 'site', 'publisher', 'headline', 'author', 'authors', 'date', 'datePublished', 'pubDate', 'pub_date', 'publishedAt', 'published_at',
      'dateModified', 'updated', 'updatedAt', 'updated_at', 'lang', 'body', 'content', 'articleBody', 'article_body',
    ]);
  });

  it('reads the field names other tools export: guid, link, pub_date, updated_at, authors, article_body (audit26: an export\'s "pub_date" left every article undated)', () => {
    const line = JSON.stringify({ guid: 'kn-1001', link: 'https://kestrel.example/n/1001', source: 'Kestrel News', pub_date: 'Mon, 02 Nov 2026 15:00:00 +0000', updated_at: '2026-11-02T18:00:00Z', authors: ['Ravi Okafor'], article_body: 'The Tallow Isles were cut off from the mainland on Monday after the ferry operator halted all sailings until Wednesday.' });
    const [article] = readJsonl(line, 'kestrel.jsonl', READ_AT).articles;
    expect(article).toMatchObject({ id: 'kn-1001', url: 'https://kestrel.example/n/1001', published: '2026-11-02T15:00:00Z', modified: '2026-11-02T18:00:00Z', byline: 'Ravi Okafor' });
  });

  it('reads an outlet an object names, as NewsAPI\'s "source" and schema.org\'s "publisher" do, and refuses one naming none (mend28)', () => {
    const TEXT = 'The Tallow Isles were cut off from the mainland on Monday after the ferry operator halted all sailings.';
    const read = (record: object) => readJsonl(JSON.stringify({ text: TEXT, ...record }), 'named.jsonl', READ_AT).articles[0];
    expect(read({ source: { id: 'kestrel-news', name: 'Kestrel News' } }).outlet).toBe('Kestrel News');
    expect(read({ publisher: { '@type': 'Organization', name: 'Tallow Post' } }).outlet).toBe('Tallow Post');
    const unnamed = read({ source: { id: 'kestrel-news' } });
    expect(unnamed.outlet).toBeUndefined();
    expect(unnamed.messages.map((message) => message.reason)).toContain('the "source" field is not text or an object with a "name" (got an object); left it out');
  });

  it('reads the head of a "text" without title or date as a text file\'s: headline, date line, wire dateline', () => {
    const line = JSON.stringify({ id: 'k1', text: 'Dam gate fails at Brenmouth\nMay 9, 2026\nBRENMOUTH, Eastmarch (Harbor Daily) - A spillway gate gave way before dawn.\n\nNobody was hurt.' });
    const [article] = readJsonl(line, 'head.jsonl', READ_AT).articles;
    expect(article).toMatchObject({ title: 'Dam gate fails at Brenmouth', published: '2026-05-09', outlet: 'Harbor Daily' });
    expect(paragraphTexts(article)).toEqual(['BRENMOUTH, Eastmarch (Harbor Daily) - A spillway gate gave way before dawn.', 'Nobody was hurt.']);
  });

  it('refuses a text that is not a string, naming the field', () => {
    const { articles: read, problems: found } = readJsonl('{"text": 5}\n{"body": ["a", "b"]}\n{"html": {"p": 1}}', 'odd.jsonl', READ_AT);
    expect(read).toEqual([]);
    expect(found.map((problem) => [problem.place, problem.reason])).toEqual([
      ['line 1', 'the "text" field is not a string (got number)'],
      ['line 2', 'the "body" field is not a string (got a list)'],
      ['line 3', 'the "html" field is not a string (got object)'],
    ]);
  });

  it('says a text field that holds only blanks holds no words, not that there is none', () => {
    const { problems } = readJsonl('{"id": "j3", "text": "   "}\n{"id": "j4", "body": ""}\n{"id": "j5", "title": "No body"}', 'blank.jsonl', READ_AT);
    expect(problems.map((problem) => [problem.place, problem.reason])).toEqual([
      ['line 1', 'the "text" field holds no words'],
      ['line 2', 'the "body" field holds no words'],
      ['line 3', 'no "text" (or "body", "content") or "html" field'],
    ]);
  });

  it('leaves the head of the text alone where the fields already say it', () => {
    const text = 'Dam gate fails at Brenmouth\nMay 9, 2026\nA spillway gate gave way before dawn.';
    const line = JSON.stringify({ id: 'k2', title: 'Spillway failure', published: '2026-05-10', outlet: 'Eastmarch Echo', text });
    const [article] = readJsonl(line, 'head.jsonl', READ_AT).articles;
    expect(article).toMatchObject({ title: 'Spillway failure', published: '2026-05-10', outlet: 'Eastmarch Echo' });
    expect(article.text).toContain('Dam gate fails at Brenmouth');
    expect(article.text).toContain('May 9, 2026');
  });

  it('reads a "body" or "content" holding HTML blocks or line breaks as markup: each block a paragraph, tags left out, references decoded, with a message; inline markup alone stays as written', () => {
    const lines = [
      { id: 'quay-1', headline: 'Quay wall repaired in Ostrey', body: '<p>Crews in Ostrey finished repairing the <b>harbour wall</b> on Friday, the port authority said.</p><p>&quot;The wall is safe again,&quot; said harbourmaster Ida Penrose.</p>' },
      { id: 'quay-2', headline: 'Ostrey ferry back', content: 'The Ostrey ferry sailed again on Saturday after a week in dock.<br><br>Tickets bought for the cancelled sailings will be honoured, the operator said.' },
      { id: 'quay-3', headline: 'Keyboard tips', text: 'Press <Enter> twice to send, and type a <b to start bold, the Ostrey library guide says.' },
      { id: 'quay-4', headline: 'Warning sent', text: 'Officials said <a href="https://ostrey.example">this link</a> and <svg onload=x> were in the warning sent on Saturday.\n\nThe harbour stayed closed.' },
    ];
    const { articles: read } = readJsonl(lines.map((line) => JSON.stringify(line)).join('\n'), 'cms.jsonl', READ_AT);
    expect(read.map(paragraphTexts)).toEqual([
      ['Crews in Ostrey finished repairing the harbour wall on Friday, the port authority said.', '"The wall is safe again," said harbourmaster Ida Penrose.'],
      ['The Ostrey ferry sailed again on Saturday after a week in dock.', 'Tickets bought for the cancelled sailings will be honoured, the operator said.'],
      ['Press <Enter> twice to send, and type a <b to start bold, the Ostrey library guide says.'],
      ['Officials said <a href="https://ostrey.example">this link</a> and <svg onload=x> were in the warning sent on Saturday.', 'The harbour stayed closed.'],
    ]);
    expect(read.map((article) => article.messages.filter((message) => message.rule === 'html-text').map((message) => message.reason))).toEqual([
      ['the "body" field holds HTML markup; read it as a page\'s text, each block a paragraph'],
      ['the "content" field holds HTML markup; read it as a page\'s text, each block a paragraph'],
      [],
      [],
    ]);
  });

  it('reads a plain text that writes a block tag as text: as markup only when it has the structure of markup (jsonl-html-bodies.test.ts) (mend26d: "wrap each paragraph in a <p> tag" was split and "<p>" lost)', () => {
    const lines = [
      { id: 'tags-1', headline: 'Style guide', text: 'Editors at the Ostrey Gazette were told to wrap each paragraph in a <p> tag and to check every link before noon.\n\nThe guide runs to 40 pages.' },
      { id: 'tags-2', headline: 'Logic class', text: 'The Ostrey tutor wrote that if a<p and p>b then a<b holds for every number.' },
      { id: 'tags-3', headline: 'Quay', text: '  <div class="story">Crews in Ostrey finished the quay wall.<br>It reopens on Monday.' },
      { id: 'tags-4', headline: 'Quay', text: 'Crews in Ostrey finished the quay wall.<div>It reopens on Monday.</div>' },
      { id: 'tags-5', headline: 'Quay', text: 'Crews in Ostrey finished the quay wall.<br/>It reopens on Monday.' },
      { id: 'tags-6', headline: 'Quay', text: 'Type <br> to break a line in the Ostrey forum.\n\nThe forum opens on Monday.' },
    ];
    const { articles: read } = readJsonl(lines.map((line) => JSON.stringify(line)).join('\n'), 'tags.jsonl', READ_AT);
    expect(read.map(paragraphTexts)).toEqual([
      ['Editors at the Ostrey Gazette were told to wrap each paragraph in a <p> tag and to check every link before noon.', 'The guide runs to 40 pages.'],
      ['The Ostrey tutor wrote that if a<p and p>b then a<b holds for every number.'],
      ['Crews in Ostrey finished the quay wall. It reopens on Monday.'],
      ['Crews in Ostrey finished the quay wall.', 'It reopens on Monday.'],
      ['Crews in Ostrey finished the quay wall. It reopens on Monday.'],
      ['Type <br> to break a line in the Ostrey forum.', 'The forum opens on Monday.'],
    ]);
  });

  it('keeps block tags written as words of a sentence as text, even when one is closed after (mend26f: "<p> … </p>" and "<li> … <ul> … </ul>" prose was split and the tags lost)', () => {
    const lines = [
      { id: 'words-1', headline: 'Guide', text: 'Use <p> to open a paragraph and </p> to close it.\n\nThe guide is long.' },
      { id: 'words-2', headline: 'Guide', text: 'In HTML, <li> items sit inside <ul> lists.\nA <ul> ends with </ul>.' },
      { id: 'words-3', headline: 'Quay', text: 'Crews in Ostrey finished the quay wall.\n<div>It reopens on Monday.</div>' },
      { id: 'words-4', headline: 'Quay', text: 'Crews in Ostrey finished the quay wall. <ul> <li>It reopens on Monday.</li> </ul>' },
    ];
    const { articles: read } = readJsonl(lines.map((line) => JSON.stringify(line)).join('\n'), 'words.jsonl', READ_AT);
    expect(read.map(paragraphTexts)).toEqual([
      ['Use <p> to open a paragraph and </p> to close it.', 'The guide is long.'],
      ['In HTML, <li> items sit inside <ul> lists. A <ul> ends with </ul>.'],
      ['Crews in Ostrey finished the quay wall.', 'It reopens on Monday.'],
      ['Crews in Ostrey finished the quay wall.', 'It reopens on Monday.'],
    ]);
  });

  it('takes an address line opening the text out of it, the "url" field winning (ECB+ texts open on one), and an outlet-less article the site of its address', () => {
    const text = 'http: / / www. eastmarch. example / news / 1\nDam gate fails at Brenmouth\nA spillway gate gave way before dawn.';
    const [found, given] = readJsonl([{ id: 'u1', text }, { id: 'u2', url: 'https://echo.example/a', text }].map((line) => JSON.stringify(line)).join('\n'), 'u.jsonl', READ_AT).articles;
    expect(found).toMatchObject({ url: 'http://www.eastmarch.example/news/1', title: 'Dam gate fails at Brenmouth', outlet: 'eastmarch.example' });
    expect(given).toMatchObject({ url: 'https://echo.example/a', title: 'Dam gate fails at Brenmouth', outlet: 'echo.example' });
    expect(found.messages).toContainEqual({ stage: 'read', rule: 'outlet-from-address', reason: 'no outlet named; took the site of its address, eastmarch.example' });
    const [named] = readJsonl(JSON.stringify({ id: 'u3', url: 'https://echo.example/b', outlet: 'Eastmarch Echo', text }), 'u.jsonl', READ_AT).articles;
    expect(named.outlet).toBe('Eastmarch Echo');
    expect(named.messages).toEqual([]);
    expect(paragraphTexts(given)).toEqual(['A spillway gate gave way before dawn.']);
  });
});

describe('readJsonl on a record whose text is a live blog', () => {
  const { articles, problems } = readJsonl(fixture('live-marra-storm.jsonl'), 'courier.jsonl', READ_AT);

  it('reads its posts oldest first, as a text file of the blog is, and leaves the other records as they are', () => {
    expect(problems).toEqual([]);
    expect(postRows(articles[0])).toEqual(MARRA_STORM_POSTS.map(([written, opening]) => [written, `2026-11-20T${written}:00+00:00`, opening]));
    expect(articles[1].posts).toBeUndefined();
  });

  it('reads a live blog given as a page in the "html" field', () => {
    const page = fixture('live-marra-storm.html');
    const [article] = readJsonl(JSON.stringify({ id: 'marra', html: page }), 'pages.jsonl', READ_AT).articles;
    expect(postRows(article).map(([written, time]) => `${written} ${time}`)).toEqual(MARRA_STORM_POSTS.map(([written]) => `${written} 2026-11-20T${written}:00+00:00`));
  });
});
