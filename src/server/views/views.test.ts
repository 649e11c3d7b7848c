import { describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../../article.js';
import { prepare } from '../../pipeline.js';
import { makeArticle } from '../../store/test-support/records.js';
import { summarize } from '../../summarize/index.js';
import { articleText } from './article-text.js';
import { storyReport, storyTimeline } from '../../facts/index.js';
import { textArticle } from '../../quotes/test-support/articles.js';
import type { StoryArticle } from '../../store/index.js';
import { coverageChart, DOT_STEP, MAX_CHART_ROWS } from './coverage-chart.js';
import { html, sitePath, trusted } from './html.js';
import { readString } from '../../read/index.js';
import { fixture } from '../../read/test-support/shared-data.js';
import { otherLanguagesNote, quotesTable, timelineTable, TIMELINE_POST_WORDS } from './report.js';
import { citedInSummary, summaryView } from './summary.js';
import { describeSource, MAX_SHOWN_CITATIONS, resolveSummary } from '../../render/resolve.js';
import { MAX_QUOTED_CHARS } from '../../render/shown.js';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(1)>"\'&';

describe('html templates', () => {
  it('escape every interpolated value, in text and in attributes, and nest safe markup once', () => {
    const inner = html`<b>${HOSTILE}</b>`;
    const out = html`<p title="${HOSTILE}">${inner} ${[HOSTILE, 3]} ${null}${undefined}${false}</p>`.value;
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"><b>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</b> &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;3 </p>',
    );
    expect(html`${trusted('<path d="M0 0"/>')}`.value).toBe('<path d="M0 0"/>');
  });

  it('refuse values that are not text, numbers or markup', () => {
    expect(() => html`${{ toString: () => '<script>' } as unknown as string}`).toThrow(/tidings: expected text/);
  });

  it('build site paths with every segment encoded', () => {
    expect(sitePath(['articles', '../a b?c#d'], { hl: '1-2', story: undefined, q: '' })).toBe('/articles/..%2Fa%20b%3Fc%23d?hl=1-2');
  });
});

describe('views', () => {
  const articles: SegmentedArticle[] = [
    prepare(
      makeArticle('one', 'The dam gate failed early on Saturday morning and forced 1,200 people from their homes.\nOfficials opened two shelters in the town.', {
        outlet: 'Harbor <Daily>',
        url: 'javascript:alert(1)',
        published: '2026-03-14T05:00:00Z',
      }),
    ),
    prepare(
      makeArticle('two', 'Early on Saturday morning the dam gate failed and forced 1,200 people from their homes.\nTwo shelters opened.', {
        outlet: 'Northgate',
        url: 'https://northgate.example/a',
        published: '2026-03-14T09:00:00Z',
      }),
    ),
  ];

  it('link sources only to http(s) addresses, and show the rest as text', () => {
    const out = summaryView(summarize(articles), articles, 's1').value;
    expect(out).not.toContain('javascript:');
    expect(out).toContain('href="https://northgate.example/a"');
    expect(out).toContain('Harbor &lt;Daily&gt;');
  });

  it('list the sources as the summary does in text: outlet and title, else the whole title, else the words it opens with (mend28: the id before), and the day', () => {
    const untitled = prepare(makeArticle('untitled-7', 'Early on Saturday the dam gate failed, and 1,200 people were forced from their homes.', { published: '2026-03-14T07:00:00Z' }));
    const titled = prepare(makeArticle('titled-8', 'On Saturday the dam gate failed early and forced 1,200 people from their homes.', { title: 'Dam Gate Failure Forces 1,200 People Out Of Their Homes In Brenmouth', published: '2026-03-14T08:00:00Z' }));
    const story = [...articles, untitled, titled];
    const summary = summarize(story, { budget: { sentences: 1 } });
    const out = summaryView(summary, story, 's1').value;
    const listed = [...out.split('<h3>Sources</h3>')[1].matchAll(/<li>(.*?)<\/li>/g)].map(([, item]) => item.replace(/ \(<a [^>]*>web page<\/a>\)/, '').replace(/<[^>]+>/g, ''));
    const described = resolveSummary(summary, story, MAX_SHOWN_CITATIONS).sources.map((article) => describeSource(article).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    expect(listed).toEqual(described);
    expect(listed).toContain('“Dam Gate Failure Forces 1,200 People Out Of Their Homes In Brenmouth”, 2026-03-14');
    expect(listed).toContain('(untitled) Early on Saturday the dam gate failed, and 1,200 people were forced from their…, 2026-03-14');
  });

  it('mark a source stating part of a sentence "partly", distinctly and for screen readers (cite24)', () => {
    const part = prepare(makeArticle('part', 'The dam gate failed and forced 1,200 people out on Saturday.', { outlet: 'Weir <Post>' }));
    const story = [articles[0], part];
    const summary = summarize(story, { budget: { sentences: 1 }, copies: ['part'], citationSupport: 0.3 });
    expect(summary.sentences[0].citations.map((citation) => citation.grade)).toEqual(['states', 'partly']);
    const out = summaryView(summary, story, 's1').value;
    expect(out).toContain('aria-label="Source 1, Harbor &lt;Daily&gt;: the sentence it is taken from">[1]</a>');
    expect(out).toMatch(/<a class="cite cite-partly" href="[^"]+" aria-label="Source 2, Weir &lt;Post&gt;: a sentence stating part of this one">\[2 partly\]<\/a>/);
  });

  it('set each cited passage against its sentence under it, the words only in one of them marked, the grade named, escaped (verify25)', () => {
    const part = prepare(makeArticle('part', 'The dam gate failed and forced <b>1,200</b> people out on Saturday.', { outlet: 'Weir <Post>' }));
    const story = [articles[0], part];
    const summary = summarize(story, { budget: { sentences: 1 }, copies: ['part'], citationSupport: 0.3 });
    const out = summaryView(summary, story, 's1').value;
    const check = out.match(/<details class="check"><summary>Check against the sources<span class="sr-only">, sentence 1<\/span><\/summary>[\s\S]*?<\/details>/)?.[0] ?? '';
    const items = check.split('<li>').slice(1);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('<strong class="grade-states">states it</strong>: <span class="muted">word for word the sentence above</span></li>');
    expect(items[1]).toMatch(/^<a href="\/articles\/part\?hl=0-\d+&amp;story=s1#s-0">\[2\] Weir &lt;Post&gt;<\/a>, characters 0–\d+, <strong class="grade-partly">states part of it<\/strong>/);
    expect(items[1]).toContain('<ins>early on Saturday morning</ins>');
    expect(items[1]).toContain('<del>out on Saturday</del>');
    expect(items[1]).toContain('<del>b</del> 1,200');
    expect(check).not.toContain('<b>');
  });

  it('say on a cited article which summary sentence cites the passage, its grade and the words that differ, escaped (verify25)', () => {
    const part = prepare(makeArticle('part', 'The dam gate failed and forced 1,200 people out on <Saturday>.', { outlet: 'Weir' }));
    const story = [articles[0], part];
    const summary = summarize(story, { budget: { sentences: 1 }, copies: ['part'], citationSupport: 0.3 });
    const span = summary.sentences[0].citations[1].span;
    const out = citedInSummary(summary, story, 'part', span, 's<1>');
    expect(out === '' ? '' : out.value).toMatch(/^<section class="cited-in" aria-labelledby="cited-in-heading">[\s\S]*<li><a href="\/stories\/s%3C1%3E#summary-heading">Sentence 1<\/a>: “The dam gate failed early on Saturday morning and forced 1,200 people from their homes\.” — the passage marked below <strong class="grade-partly">states part of it<\/strong>:<span class="passage">The dam gate failed <ins>early on Saturday morning<\/ins> and forced 1,200 people <del>out on &lt;Saturday<\/del> <ins>from their homes<\/ins> <\/span><\/li>/);
    expect(citedInSummary(summary, story, 'part', { start: span.start, end: span.end - 1 }, 's1')).toBe('');
  });

  it('show a compressed sentence\'s short form taken from elsewhere in its article as standing for the long form its source writes (verify25)', () => {
    const ledger = prepare(makeArticle('ledger', 'The United States Coast Guard towed the Keelward ferry off the sandbar near Tallow Point on Friday, officials said.\nA U.S. cutter stayed near the ferry.', { outlet: 'Ashford Ledger' }));
    const summary = summarize([ledger], { budget: { sentences: 1 } });
    expect(summary.sentences[0].parts.length).toBeGreaterThan(1);
    const out = summaryView(summary, [ledger], 's1').value;
    expect(out).toContain('<p>The U.S. Coast Guard towed');
    expect(out).toContain('<span class="passage">The <del>United States</del> <ins>U.S.</ins> Coast Guard towed');
  });

  it('highlight a span across sentences, the first part addressable', () => {
    const two = prepare(makeArticle('three', 'The gate failed on Saturday. Water rose fast in the town. Two shelters opened.'));
    const out = articleText(two, { start: 4, end: two.sentences[1].end }).value;
    expect(out).toBe(
      '<div class="article"><p><span id="s-0">The <mark id="highlight">gate failed on Saturday.</mark></span><mark> </mark><span id="s-29"><mark>Water rose fast in the town.</mark></span> <span id="s-58">Two shelters opened.</span></p></div>',
    );
  });

  it('chart coverage with a description for screen readers', () => {
    const out = coverageChart([
      { id: 'one', outlet: '<Harbor>', title: null, url: null, published: '2026-03-14T05:00:00Z', seen: '2026-03-14T05:00:00Z', input: '-', similarity: 1, verdict: 'original', revised: false },
      { id: 'two', outlet: null, title: null, url: null, published: 'not a date', seen: 'not a date', input: '-', similarity: 1, verdict: 'independent', revised: false },
      { id: 'three', outlet: 'Undated Times', title: null, url: null, published: null, seen: '2026-12-06T16:23:00Z', input: '-', similarity: 1, verdict: 'reprint', revised: false },
    ]).value;
    expect(out).toContain('<desc id="coverage-desc">&lt;Harbor&gt;: 1 article (2026-03-14 05:00)</desc>');
    expect(out.match(/<circle/g)).toHaveLength(1);
    expect(out).toContain('2 articles with no date are not shown.</figcaption>');
  });

  it('chart one row per outlet however its name is cased, and one per article of no outlet, named as sources are named elsewhere (sourceName)', () => {
    const article = (id: string, outlet: string | null, published: string): StoryArticle => ({ id, outlet, title: 'Ardquay pier closes', url: null, published, seen: published, input: '-', similarity: 1, verdict: 'independent', revised: false });
    const out = coverageChart([article('p1', 'Pellam Post', '2026-11-01T10:00:00Z'), article('p2', 'PELLAM POST', '2026-11-02T10:00:00Z'), article('n1', null, '2026-11-03T10:00:00Z'), article('n2', null, '2026-11-04T10:00:00Z')]).value;
    expect(out).toContain('<desc id="coverage-desc">Pellam Post: 2 articles (2026-11-01 10:00, 2026-11-02 10:00); “Ardquay pier closes” (n1): 1 article (2026-11-03 10:00); “Ardquay pier closes” (n2): 1 article (2026-11-04 10:00)</desc>');
    const long = coverageChart([{ ...article('n3', null, '2026-11-05T10:00:00Z'), title: 'Ardquay pier closes after storm damage to its seaward end' }]).value;
    expect(long).toContain('<desc id="coverage-desc">“Ardquay pier closes after storm damage…”: 1 article (2026-11-05 10:00)</desc>');
  });

  it('tell apart by a short id the rows of a reprint and its source that name no outlet and open with the same words, in the chart, its table and description (mend28f); the chart shows the opening words in italics, not "(untitled)" (mend29f)', () => {
    const text = 'Crews in Ostrey finished the quay wall on Monday after a storm broke it.';
    const article = (id: string, published: string): StoryArticle => ({ id, outlet: null, title: null, url: null, published, seen: published, input: '-', similarity: 1, verdict: 'independent', revised: false });
    const texts = new Map([['f019e8d1e5be6fbb', { text }], ['c7a2b9e04d1f3a55', { text }], ['k1', { text: 'The Ostrey ferry sailed again.' }]]);
    const out = coverageChart([article('f019e8d1e5be6fbb', '2026-11-03T10:00:00Z'), article('c7a2b9e04d1f3a55', '2026-11-04T10:00:00Z'), article('k1', '2026-11-05T10:00:00Z')], [], texts).value;
    const labels = [...out.matchAll(/<text x="[\d.]+" y="[\d.]+" text-anchor="end">(.*?)<\/text>/g)].map((match) => match[1]);
    expect(labels).toEqual(['<tspan font-style="italic">Crews in Ost…</tspan> (f019e8d1e…)', '<tspan font-style="italic">Crews in Ost…</tspan> (c7a2b9e04…)', '<tspan font-style="italic">The Ostrey ferry sailed a…</tspan>']);
    expect(out).toContain('<desc id="coverage-desc">(untitled) Crews in Ostrey finished the quay wall… (f019e8d1e…): 1 article (2026-11-03 10:00); (untitled) Crews in Ostrey finished the quay wall… (c7a2b9e04…): 1 article (2026-11-04 10:00); (untitled) The Ostrey ferry sailed again.: 1 article (2026-11-05 10:00)</desc>');
    expect(out).toContain('A label in italics is the words an article that names neither outlet nor title opens with.');
    expect([...out.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((match) => match[1])).toEqual(['(untitled) Crews in Ostrey finished the quay wall… (f019e8d1e…)', '(untitled) Crews in Ostrey finished the quay wall… (c7a2b9e04…)', '(untitled) The Ostrey ferry sailed again.']);
  });

  it('chart two rows for outlet names that differ by the case of a letter beyond A–Z (É, é), as the store counts two outlets (SQLite NOCASE)', () => {
    const article = (id: string, outlet: string, published: string): StoryArticle => ({ id, outlet, title: null, url: null, published, seen: published, input: '-', similarity: 1, verdict: 'independent', revised: false });
    const out = coverageChart([article('e1', 'Élan', '2026-11-01T10:00:00Z'), article('e2', 'ÉLAN', '2026-11-02T10:00:00Z'), article('e3', 'élan', '2026-11-03T10:00:00Z')]).value;
    expect(out).toContain('<desc id="coverage-desc">Élan: 2 articles (2026-11-01 10:00, 2026-11-02 10:00); élan: 1 article (2026-11-03 10:00)</desc>');
  });

  it('mark a time axis of days at midnights, each day named once (a story of 3 days showed "2026-11-14" twice)', () => {
    const article = (id: string, published: string): StoryArticle => ({ id, outlet: id, title: null, url: null, published, seen: published, input: '-', similarity: 1, verdict: 'independent', revised: false });
    const out = coverageChart([article('Wire', '2026-11-14T02:40:00Z'), article('Radio', '2026-11-14T13:02:00Z'), article('Weekly', '2026-11-17T08:00:00Z')]).value;
    const labels = [...out.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="middle">([^<]*)<\/text>/g)];
    expect(labels.map((match) => match[2])).toEqual(['2026-11-15', '2026-11-16', '2026-11-17']);
    const x = labels.map((match) => Number(match[1]));
    expect(Math.abs(x[1] - x[0] - (x[2] - x[1]))).toBeLessThan(0.2);
  });

  it('chart a story of many outlets in MAX_CHART_ROWS rows, one dot per spot and the first times of each row', () => {
    const story: StoryArticle[] = [];
    const add = (outlet: string, seen: string) =>
      story.push({ id: `a${story.length}`, outlet, title: null, url: null, published: seen, seen, input: '-', similarity: 1, verdict: 'reprint', revised: false });
    for (let i = 0; i < 20_000; i++) add('Wire', '2026-03-14T05:00:00Z');
    for (let hour = 6; hour < 18; hour++) add('Wire', `2026-03-14T${String(hour).padStart(2, '0')}:00:00Z`);
    for (let outlet = 1; outlet <= 30; outlet++) for (let i = 0; i < outlet; i++) add(`Outlet ${outlet}`, `2026-03-${String(14 + (i % 10)).padStart(2, '0')}T09:00:00Z`);
    const out = coverageChart(story).value;
    const labels = [...out.matchAll(/<text x="182" y="[\d.]+" text-anchor="end">([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(labels).toEqual(['Wire', ...Array.from({ length: MAX_CHART_ROWS - 2 }, (_, i) => `Outlet ${21 + i}`), '20 other outlets']);
    expect(out.match(/<circle/g)).toHaveLength(13 + 10 * 10 + 10);
    expect(out).toContain('Wire: 20012 articles (2026-03-14 05:00, 2026-03-14 06:00, 2026-03-14 07:00, 2026-03-14 08:00, 2026-03-14 09:00, 2026-03-14 10:00, 2026-03-14 11:00, 2026-03-14 12:00, 2026-03-14 13:00, 2026-03-14 14:00 and 3 more);');
    expect(out).toContain('20 other outlets: 210 articles (2026-03-14 09:00, 2026-03-15 09:00,');
    expect(out).toMatch(/Outlet 30: 30 articles \(2026-03-14 09:00, [^)]*, 2026-03-23 09:00\)/);
    expect(out.length).toBeLessThan(20_000);
  });

  it('chart a row of thousands of articles spread over days in at most one dot per DOT_STEP of its width: a bounded chart (web26: a story of 1,000 articles drew 56 KB)', () => {
    const story: StoryArticle[] = Array.from({ length: 20_000 }, (_, i) => {
      const seen = new Date(Date.parse('2026-03-14T00:00:00Z') + i * 60_000).toISOString();
      return { id: `m${i}`, outlet: 'Wire', title: null, url: null, published: seen, seen, input: '-', similarity: 1, verdict: 'reprint', revised: false };
    });
    const out = coverageChart(story).value;
    const xs = [...out.matchAll(/<circle class="dot" cx="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(xs.length).toBeGreaterThan(100);
    expect(xs.length).toBeLessThanOrEqual((720 - 190 - 60) / DOT_STEP + 1);
    expect(Math.min(...xs.slice(1).map((x, i) => x - xs[i]))).toBeGreaterThanOrEqual(DOT_STEP);
    expect(out.length).toBeLessThan(20_000);
  });

  it('chart a live blog by its posts, each at its own time, not as one dot at its publication time', () => {
    const blog = readString(fixture('live-marra-storm.html'), { input: 'marra.html' }).articles[0];
    const row = (id: string, outlet: string, published: string | null): StoryArticle => ({ id, outlet, title: null, url: null, published, seen: published ?? '2026-11-21T00:00:00Z', input: '-', similarity: 1, verdict: 'independent', revised: false });
    const story = [row(blog.id, 'Westerly Courier', blog.published ?? null), row('wire', 'Coast Wire', '2026-11-20T12:00:00Z')];
    const out = coverageChart(story, storyTimeline([blog])).value;
    expect(out.match(/<circle class="dot post"/g)).toHaveLength(8);
    expect(out.match(/<circle class="dot"/g)).toHaveLength(1);
    expect(out).toContain('Westerly Courier: 1 article, 8 live blog posts (2026-11-20 07:10, 2026-11-20 09:45,');
    expect(out).toContain('>11-20 22:05</text>');
    expect(coverageChart(story).value.match(/<circle/g)).toHaveLength(2);
  });

  it('name the first sources carrying a quote and count the rest', () => {
    const articles = Array.from({ length: 14 }, (_, index) => textArticle('"The water came in minutes," said Mayor Ilse Varn.', { id: `outlet-${index + 1}` }));
    const names = new Map(articles.map((article) => [article.id, { id: article.id, outlet: `Outlet ${article.id.slice(7)}`, text: article.text }]));
    const out = quotesTable(storyReport(articles).quotes, names, 's1').value;
    expect(out.match(/<a href="\/articles\//g)).toHaveLength(10);
    expect(out).toContain('>Outlet 10</a> and 4 more</td>');
  });

  it('name the articles in other languages than English, linked, escaped, with their language', () => {
    const names = new Map([['kurier', { id: 'kurier', outlet: `Kurier ${HOSTILE}`, text: 'Das Wasser kam sehr schnell.' }]]);
    const out = otherLanguagesNote([{ article: 'kurier', language: 'de', quotes: true, names: true, facts: true }, { article: 'vesti', language: 'ru', quotes: false, names: false, facts: false }], names, 's1').toString();
    expect(out).toContain('<p class="muted">In other languages than English: <a href="/articles/kurier?story=s1">Kurier &lt;script&gt;');
    expect(out).toContain('</a> (German, quotations, names, numbers and dates read), <a href="/articles/vesti?story=s1">vesti</a> (Russian, nor quotations, names, numbers and dates).</p>');
    expect(otherLanguagesNote([], names, 's1')).toBe('');
  });

  it('list a live blog\'s posts in the timeline at their times, each linked to the post highlighted, among the other articles', () => {
    const blog = prepare(readString(fixture('live-marra-storm.html'), { input: 'marra.html' }).articles[0]);
    const wire = textArticle('The coastguard says a cargo ship has lost power off Skelling Head, and a lifeboat has been sent.', { id: 'wire', published: '2026-11-20T12:00:00Z' });
    const names = new Map([blog, wire].map((article) => [article.id, { id: article.id, outlet: article.outlet, title: article.title, text: article.text }]));
    const { timeline } = storyReport([blog, wire]);
    const out = timelineTable(timeline, names, 's1').value;
    const rows = out.split('<tr>').slice(2);
    expect(rows).toHaveLength(9);
    const ferry = timeline.find((entry) => entry.published === '2026-11-20T09:45:00+00:00')!;
    expect(rows[1]).toContain(`<time class="told" datetime="2026-11-20T09:45:00+00:00"><span>2026-11-20</span> 09:45</time></td><td>Westerly Courier</td><td><a href="/articles/${blog.id}?hl=${ferry.post!.start}-${ferry.post!.end}&amp;story=s1#highlight">About 12,000 homes are without power, Northwire says.`);
    expect(rows[3]).toContain('<a href="/articles/wire?story=s1">wire</a>');
    expect(rows.every((row) => (row.split('</a>')[0].split('>').pop() ?? '').split(' ').length <= TIMELINE_POST_WORDS + 1)).toBe(true);
  });
  it('cut a live blog post of long words after MAX_QUOTED_CHARS characters, marked, as a quoted text (mend27c)', () => {
    const text = `09:45 Gale reaches the coast\n\n${'Northwire'.repeat(100_000)} says.`;
    const names = new Map([['blog', { id: 'blog', title: 'Storm live', text }]]);
    const out = timelineTable([{ article: 'blog', title: 'Storm live', published: '2026-11-20T09:45:00Z', post: { start: 0, end: text.length } }], names, 's1').value;
    const shown = out.split('#highlight">')[1].split('</a>')[0];
    expect(shown).toBe('Northwire'.repeat(100_000).slice(0, MAX_QUOTED_CHARS));
    expect(out).toContain(`</a><span class="muted">…(cut, <a href="/articles/blog?hl=0-${text.length}&amp;story=s1#highlight">the full article</a>)</span> <span class="muted">(a post of the live blog`);
  });
  it('name each time\'s zone in a timeline written in more than one, and none in a timeline written in one', () => {
    const article = (id: string, published: string) => textArticle('Floodwater swept through Vellmoor after the Ambrel burst its banks.', { id, published });
    const zoned = [article('tokyo', '2026-11-10T06:21:00+09:00'), article('london', '2026-11-10T06:00:00Z'), article('paris', '2026-11-10T08:07:00+01:00'), article('undated-time', '2026-11-10T09:00'), article('day', '2026-11-11')];
    const names = new Map(zoned.map((each) => [each.id, { id: each.id, text: each.text }]));
    const times = (out: string) => [...out.matchAll(/<time class="told"[^>]*>(.*?)<\/time>/g)].map((match) => match[1].replace(/<\/?span>/g, ''));
    expect(times(timelineTable(storyTimeline(zoned), names, 's1').value)).toEqual(['2026-11-10 06:21 UTC+09:00', '2026-11-10 06:00 UTC', '2026-11-10 08:07 UTC+01:00', '2026-11-10 09:00', '2026-11-11 ']);
    const oneZone = [article('london', '2026-11-10T06:00:00Z'), article('dublin', '2026-11-10T07:00:00+00:00')];
    expect(times(timelineTable(storyTimeline(oneZone), names, 's1').value)).toEqual(['2026-11-10 06:00', '2026-11-10 07:00']);
  });
});
