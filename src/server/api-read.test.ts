import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleResponse, errorResponse, ingestResponse, outletsResponse, searchResponse, sectionResponses, storiesResponse, storyResponse, summarizeResponse } from './schemas/responses.js';
import { OUTLETS_JSON_VERSION, SEARCH_JSON_VERSION, STORIES_JSON_VERSION } from '../render/json.js';
import { FERRY_RECORDS } from '../summarize/test-support/ferry.js';
import { appFetch, articleFiles, EXAMPLES, postJson, postFiles, testApp, type TestApp } from './test-support/fixtures.js';

let t: TestApp;
/** The story of the Harbor Daily report (the reprint and the rewrite join it). */
let flood: string;
/** The story of the Trevik Herald report (another flood, another story). */
let trevik: string;
/** The story of the Valley Wire Service's day-2 report. */
let dayTwo: string;
/** The story of the Westmere Observer's report of the inquiry two weeks later (related to the flood, not part of it). */
let inquiry: string;
let storyIds: string[];

beforeAll(async () => {
  t = testApp({ pageSize: 3 });
  const files = articleFiles(EXAMPLES);
  const answers = (await postFiles(appFetch(t.app), 'http://localhost', files)).map((answer) => ingestResponse.parse(answer));
  const storyOfFile = (name: string) => answers[files.findIndex((file) => file.endsWith(name))].articles[0].story!;
  flood = storyOfFile('harbor-daily-brenmouth-dam-spillway-failure.txt');
  trevik = storyOfFile('trevik-herald-ossa-river-flood.txt');
  inquiry = storyOfFile('westmere-observer-corrin-falls-inquiry.txt');
  dayTwo = answers.flatMap((answer) => answer.articles).find((article) => article.id === 'vws-2026-03-15-brenmouth-0087')!.story!;
  storyIds = storiesResponse.parse(await json('/api/stories?limit=100')).stories.map((story) => story.id);
});
afterAll(() => t.close());

async function json(url: string, status = 200): Promise<unknown> {
  const response = await t.app.request(url);
  expect(response.status, `${url}: ${status}`).toBe(status);
  return response.json();
}

async function error(url: string, status: number, path?: string) {
  const body = errorResponse.parse(await json(url, status));
  if (path !== undefined) expect(body.details.map((detail) => detail.path)).toContain(path);
  return body;
}

describe('GET /api/stories', () => {
  it('lists the stories, most recently updated first (the inquiry, then the Trevik flood)', async () => {
    expect(new Set([flood, trevik, inquiry]).size).toBe(3);
    expect(storyIds.slice(0, 2)).toEqual([inquiry, trevik]);
    expect(storyIds).toContain(flood);
    const { stories, page } = storiesResponse.parse(await json('/api/stories'));
    expect(stories.map((story) => story.id)).toEqual(storyIds.slice(0, 3));
    expect(page).toMatchObject({ limit: 3, offset: 0 });
  });

  it('gives the stories, a search and the outlets with the format version the CLI gives them', async () => {
    expect(storiesResponse.parse(await json('/api/stories?limit=1')).version).toBe(STORIES_JSON_VERSION);
    expect(searchResponse.parse(await json('/api/search?q=Brenmouth&limit=1')).version).toBe(SEARCH_JSON_VERSION);
    expect(outletsResponse.parse(await json('/api/outlets?limit=1')).version).toBe(OUTLETS_JSON_VERSION);
    expect(STORIES_JSON_VERSION).toBe(2);
  });

  it('pages by cursor and by offset, every story once', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = storiesResponse.parse(await json(`/api/stories?limit=1${cursor ? `&cursor=${cursor}` : ''}`));
      seen.push(...page.stories.map((story) => story.id));
      cursor = page.page.next;
    }
    expect(seen).toEqual(storyIds);
    const byOffset = storiesResponse.parse(await json('/api/stories?limit=1&offset=1'));
    expect(byOffset.stories.map((story) => story.id)).toEqual([storyIds[1]]);
  });

  it('filters by date, outlet and words', async () => {
    const ids = async (query: string) => storiesResponse.parse(await json(`/api/stories?${query}`)).stories.map((story) => story.id);
    expect(await ids('since=2026-03-20')).toEqual([inquiry, trevik]);
    expect(await ids('since=2026-03-01T00:00:00Z&limit=100')).toEqual(storyIds);
    expect(await ids('outlet=valley%20wire%20SERVICE')).toEqual([dayTwo]);
    expect(await ids('outlet=Nobody')).toEqual([]);
    expect(await ids('q=Ossa')).toEqual([trevik]);
    expect(await ids('q=Ossa&outlet=Lakeshore%20Morning%20Post')).toEqual([]);
  });

  it('refuses bad paging and filters with 400', async () => {
    await error('/api/stories?limit=0', 400, 'limit');
    await error('/api/stories?limit=1000', 400, 'limit');
    const two = await error('/api/stories?limit=two', 400, 'limit');
    expect(two.details).toContainEqual({ path: 'limit', message: 'expected a number' });
    await error('/api/stories?offset=-1', 400, 'offset');
    await error('/api/stories?cursor=bm90LWEtY3Vyc29y', 400, 'cursor');
    await error('/api/stories?cursor=b0E&offset=1', 400, 'offset');
    const since = await error('/api/stories?since=yesterday', 400, 'since');
    expect(since.details).toContainEqual({ path: 'since', message: 'expected a date like 2026-03-15 or 2026-03-15T08:00:00Z' });
    const sort = await error('/api/stories?sort=oldest', 400);
    expect(sort.details).toEqual([{ path: 'sort', message: 'not a parameter this request takes' }]);
  });
});

describe('GET /api/stories/:id', () => {
  it('gives the cited summary: every citation a span whose text the article holds there', async () => {
    const story = storyResponse.parse(await json(`/api/stories/${flood}`));
    expect(story.version).toBe(7);
    expect(story.unread.items).toEqual([]);
    expect(story.story.size).toBeGreaterThanOrEqual(4);
    expect(story.summary.sentences.length).toBeGreaterThan(0);
    for (const sentence of story.summary.sentences) {
      for (const citation of sentence.citations) {
        const article = articleResponse.parse(await json(`/api/articles/${encodeURIComponent(citation.article)}`));
        expect(article.text.slice(citation.span.start, citation.span.end)).toBe(citation.text);
      }
    }
    expect(story.summary.sourceArticles.map((article) => article.id)).toEqual(story.summary.sources);
  });

  it('lists the first `sources` sources of each item and counts them all', async () => {
    const all = storyResponse.parse(await json(`/api/stories/${flood}?sources=1000`));
    const one = storyResponse.parse(await json(`/api/stories/${flood}?sources=1`));
    expect(all.summary.sentences.some((sentence) => sentence.citations.length > 1)).toBe(true);
    one.summary.sentences.forEach((sentence, s) => {
      const full = all.summary.sentences[s];
      expect(full.citationCount).toBe(full.citations.length);
      expect(sentence.citationCount).toBe(full.citationCount);
      expect(sentence.citations.map((citation) => citation.article)).toEqual(full.citations.slice(0, 1).map((citation) => citation.article));
      for (const citation of sentence.citations) expect(one.summary.sources[citation.number - 1]).toBe(citation.article);
    });
    const numbered = (sentence: (typeof one.summary.sentences)[number]) => [...sentence.citations.map((citation) => citation.article), ...(sentence.disputed ?? []).flatMap((dispute) => dispute.others.flatMap((other) => other.sources.map((source) => source.article)))];
    expect(one.summary.sources).toEqual([...new Set(one.summary.sentences.flatMap(numbered))]);
    expect(one.summary.sentences.flatMap((sentence) => sentence.disputed ?? []).every((dispute) => dispute.others.every((other) => other.sources.length === 1))).toBe(true);
    expect(one.summary.sourceArticles.map((article) => article.id)).toEqual(one.summary.sources);

    const url = (name: string, sources: number) => `/api/stories/${flood}/${name}?limit=100&sources=${sources}`;
    const [quotes, quotesCut] = [sectionResponses.quotes.parse(await json(url('quotes', 1000))).items, sectionResponses.quotes.parse(await json(url('quotes', 1))).items];
    expect(quotes.some((quote) => quote.occurrences.length > 1)).toBe(true);
    quotesCut.forEach((quote, q) => {
      expect(quote.occurrences).toEqual(quotes[q].occurrences.slice(0, 1));
      expect(quote.occurrenceCount).toBe(quotes[q].occurrences.length);
    });
    const [entities, entitiesCut] = [sectionResponses.entities.parse(await json(url('entities', 1000))).items, sectionResponses.entities.parse(await json(url('entities', 1))).items];
    expect(entities.some((entity) => Object.keys(entity.countsBySource).length > 1)).toBe(true);
    entitiesCut.forEach((entity, e) => {
      expect(entity.mentions).toEqual(entities[e].mentions.slice(0, 1));
      expect(entity.mentionCount).toBe(entities[e].mentions.length);
      expect(Object.keys(entity.countsBySource)).toEqual(Object.keys(entities[e].countsBySource).slice(0, 1));
      expect(entity.sourceCount).toBe(Object.keys(entities[e].countsBySource).length);
    });
    const [facts, factsCut] = [sectionResponses.facts.parse(await json(url('facts', 1000))).items, sectionResponses.facts.parse(await json(url('facts', 1))).items];
    expect(facts.some((fact) => fact.values.some((value) => value.sources.length > 1))).toBe(true);
    factsCut.forEach((fact, f) => fact.values.forEach((value, v) => {
      expect(value.sources).toEqual(facts[f].values[v].sources.slice(0, 1));
      expect(value.sourceCount).toBe(facts[f].values[v].sources.length);
    }));
  });

  it('takes a story by its number alone, as tidings story does', async () => {
    const number = flood.replace(/^s/, '');
    expect(number).toMatch(/^\d+$/);
    expect(storyResponse.parse(await json(`/api/stories/${number}`)).story.id).toBe(flood);
    expect(sectionResponses.articles.parse(await json(`/api/stories/${number}/articles`)).items.length).toBeGreaterThan(0);
    await error('/api/stories/99999', 404, 'id');
  });

  it('refuses a `sources` outside 1 to 1,000 with 400', async () => {
    await error(`/api/stories/${flood}?sources=0`, 400, 'sources');
    await error(`/api/stories/${flood}/quotes?sources=1001`, 400, 'sources');
    await error(`/api/stories/${flood}/quotes?sources=many`, 400, 'sources');
  });

  it('names the related stories both ways: the inquiry and the flood it looks into, not the other flood', async () => {
    const related = async (id: string) => storyResponse.parse(await json(`/api/stories/${id}`)).related.map((story) => story.id);
    expect(await related(inquiry)).toEqual([flood]);
    expect(await related(flood)).toEqual([inquiry]);
    expect(await related(trevik)).toEqual([]);
  });

  it('pages the articles (first page in the story, the rest from the section)', async () => {
    const story = storyResponse.parse(await json(`/api/stories/${flood}?limit=2`));
    expect(story.articles.items).toHaveLength(2);
    const rest = sectionResponses.articles.parse(await json(`/api/stories/${flood}/articles?limit=100&cursor=${story.articles.page.next}`));
    expect(rest.page.next).toBeNull();
    const ids = [...story.articles.items, ...rest.items].map((article) => article.id);
    expect(new Set(ids).size).toBe(story.story.size);
    expect(ids).toContain('lmp-2026-03-14-0412');
  });

  it('shows the copies with their word edits, as spans of both texts', async () => {
    const { items } = sectionResponses.copies.parse(await json(`/api/stories/${flood}/copies?limit=10`));
    expect(items.map((copy) => copy.kind).sort()).toEqual(['reprint', 'rewrite']);
    const rewrite = items.find((copy) => copy.kind === 'rewrite')!;
    const edited = rewrite.sentences.flatMap((sentence) => sentence.edits).filter((edit) => edit.op !== 'equal');
    expect(edited.length).toBeGreaterThan(0);
    const copy = articleResponse.parse(await json(`/api/articles/${encodeURIComponent(rewrite.article)}`));
    for (const edit of edited.filter((candidate) => candidate.copy)) expect(copy.text.slice(edit.copy!.start, edit.copy!.end)).toBe(edit.copy!.text);
  });

  it('lines up quotes, facts, entities and a timeline, every span with the text it covers', async () => {
    const texts = new Map<string, string>();
    const textOf = async (id: string) => {
      if (!texts.has(id)) texts.set(id, articleResponse.parse(await json(`/api/articles/${encodeURIComponent(id)}`)).text);
      return texts.get(id)!;
    };
    const quotes = sectionResponses.quotes.parse(await json(`/api/stories/${flood}/quotes?limit=100`));
    expect(quotes.items.some((quote) => quote.articles >= 2 && quote.speaker !== null)).toBe(true);
    for (const occurrence of quotes.items.flatMap((quote) => quote.occurrences)) {
      expect((await textOf(occurrence.article)).slice(occurrence.span.start, occurrence.span.end)).toBe(occurrence.text);
      // Where the article names the speaker for these words (quotes26).
      if (occurrence.speakerSpan) expect((await textOf(occurrence.article)).slice(occurrence.speakerSpan.start, occurrence.speakerSpan.end)).toBe(occurrence.speakerSpan.text);
    }
    expect(quotes.items.filter((quote) => quote.occurrences.some((occurrence) => occurrence.speakerSpan?.text === quote.speaker)).length).toBeGreaterThan(0);
    const facts = sectionResponses.facts.parse(await json(`/api/stories/${flood}/facts?limit=100`));
    const conflicting = facts.items.filter((fact) => fact.status === 'conflicting');
    expect(conflicting.length).toBeGreaterThan(0);
    const homes = conflicting.find((fact) => fact.key === 'damaged:home')!;
    expect(homes.values.map((value) => [value.qualifier, value.value, value.reading])).toEqual([['exact', 340, 0], ['about', 340, 0], ['exact', 410, 1], ['exact', 450, 2]]);
    for (const source of facts.items.flatMap((fact) => fact.values.flatMap((value) => value.sources))) {
      expect((await textOf(source.article)).slice(source.span.start, source.span.end)).toBe(source.text);
    }
    const entities = sectionResponses.entities.parse(await json(`/api/stories/${flood}/entities?limit=100`));
    expect(entities.items.map((entity) => entity.name)).toContain('Brenmouth');
    expect(sectionResponses.otherLanguages.parse(await json(`/api/stories/${flood}/otherLanguages`)).items).toEqual([]);
    const timeline = sectionResponses.timeline.parse(await json(`/api/stories/${flood}/timeline?limit=100`));
    const dated = timeline.items.flatMap((entry) => (entry.published ? [Date.parse(entry.published)] : []));
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
  });

  it('names the people the sources spell differently, with the articles writing each spelling', async () => {
    const spellings = sectionResponses.spellings.parse(await json(`/api/stories/${trevik}/spellings`));
    expect(spellings.items.map((item) => item.spellings.map((spelling) => spelling.name))).toEqual([['Sorin Valec', 'Sorin Valek']]);
    const [[gazette], [herald]] = spellings.items[0].spellings.map((spelling) => spelling.articles);
    expect(spellings.items[0].spellings.map((spelling) => spelling.articleCount)).toEqual(spellings.items[0].spellings.map((spelling) => spelling.articles.length));
    const textOf = async (id: string) => articleResponse.parse(await json(`/api/articles/${encodeURIComponent(id)}`)).text;
    expect(await textOf(herald)).toContain('Mayor Sorin Valek said');
    expect(await textOf(gazette)).toContain('Mayor Sorin Valec said');
    expect(sectionResponses.spellings.parse(await json(`/api/stories/${flood}/spellings`)).items).toEqual([]);
  });

  it('answers 404 for an unknown story and for a list a story does not have (a path that names nothing)', async () => {
    await error('/api/stories/s999', 404, 'id');
    await error(`/api/stories/${flood}/gossip`, 404, 'section');
    await error('/api/stories/s999/articles', 404);
  });
});

describe('GET /api/articles/:id', () => {
  it('gives metadata, text, paragraphs, sentences and messages as spans', async () => {
    const article = articleResponse.parse(await json('/api/articles/lmp-2026-03-14-0412'));
    expect(article).toMatchObject({ outlet: 'Lakeshore Morning Post', origin: { format: 'jsonl' } });
    expect(article.sentences.length).toBeGreaterThan(3);
    expect(article.messages.length).toBeGreaterThan(0);
    for (const paragraph of article.paragraphs) expect(paragraph.end).toBeLessThanOrEqual(article.text.length);
  });

  it('answers 404 for an unknown article', async () => {
    await error('/api/articles/nope', 404, 'id');
  });
});

describe('GET /api/search', () => {
  it('finds articles, best first, in pages', async () => {
    const first = searchResponse.parse(await json('/api/search?q=spillway&limit=2'));
    expect(first.hits).toHaveLength(2);
    expect(first.hits[0].snippet).toMatch(/\[spillway\]/i);
    expect(first.hits.map((hit) => hit.readingLanguage)).toEqual(['en', 'en']);
    const second = searchResponse.parse(await json(`/api/search?q=spillway&limit=2&cursor=${first.page.next}`));
    expect(second.hits.map((hit) => hit.id)).not.toContain(first.hits[0].id);
    expect(first.hits.every((hit) => hit.story !== null)).toBe(true);
  });

  it('refuses a missing or wordless query with 400', async () => {
    expect((await error('/api/search', 400, 'q')).details).toEqual([{ path: 'q', message: 'give the words to search for' }]);
    expect((await error('/api/search?q=%20', 400, 'q')).details).toEqual([{ path: 'q', message: 'give the words to search for' }]);
    await error('/api/search?q=%22%22%20!!', 400);
  });
});

describe('GET /api/outlets', () => {
  it('lists outlets most articles first, in pages, with who they copy', async () => {
    const first = outletsResponse.parse(await json('/api/outlets?limit=3'));
    expect(first.outlets).toHaveLength(3);
    const rest = outletsResponse.parse(await json(`/api/outlets?limit=100&cursor=${first.page.next}`));
    const all = [...first.outlets, ...rest.outlets];
    expect(all.map((row) => row.articles)).toEqual(all.map((row) => row.articles).sort((a, b) => b - a));
    expect(all.find((row) => row.outlet === 'Lakeshore Morning Post')).toMatchObject({ reprints: 1, sources: [{ outlet: 'Harbor Daily', articles: 1 }] });
    expect(all.find((row) => row.outlet === 'Harbor Daily')).toMatchObject({ copied: 1, reprints: 0, rewrites: 0 });
    await error('/api/outlets?limit=0', 400, 'limit');
  });
});

describe('POST /api/summarize', () => {
  const articles = [
    { id: 'a', outlet: 'One', text: 'The council approved the new bridge over the Velmar River on Tuesday after a long debate.\n\nWork will start in May and take two years, the mayor said.' },
    { id: 'b', outlet: 'Two', text: 'After a long debate, the council approved the new bridge over the Velmar River on Tuesday.\n\nConstruction starts in May.' },
  ];

  it('summarizes the articles sent, citing them, and stores nothing', async () => {
    const response = await postJson(t.app, '/api/summarize', { articles, budget: { sentences: 1 } });
    expect(response.status).toBe(200);
    const summary = summarizeResponse.parse(await response.json());
    expect(summary.sentences).toHaveLength(1);
    expect(summary.sentences[0].citations.map((citation) => citation.article).sort()).toEqual(['a', 'b']);
    expect((await t.store.articles(['a', 'b'])).length).toBe(0);
  });

  it('marks a sentence stating one side of a same-day conflict as disputed, as a story does', async () => {
    const response = await postJson(t.app, '/api/summarize', { articles: FERRY_RECORDS, budget: { sentences: 1 } });
    expect(response.status).toBe(200);
    const [sentence] = summarizeResponse.parse(await response.json()).sentences;
    expect(sentence.text).toMatch(/^Twelve people died/);
    expect(sentence.disputed?.map((dispute) => [dispute.label, dispute.stated.value, dispute.others.map((other) => other.value)])).toEqual([['people killed', 12, [14, 14]]]);
  });

  it('publishes a disputed amount read at its written precision without the reading fields the response schema does not know', async () => {
    const deal = (id: string, amount: string, hour: number) => ({ id, published: `2026-03-09T${hour}:00:00Z`, text: `Harbin Foods agreed to pay ${amount} for Vessel Mills on Monday, the company said. The deal for the flour maker of Tessaly closes next year.` });
    const response = await postJson(t.app, '/api/summarize', { articles: [deal('deal-1', '$4 billion', 10), deal('deal-2', '$5 billion', 12), deal('deal-3', '$5 billion', 14)], budget: { sentences: 1 } });
    expect(response.status).toBe(200);
    const [sentence] = summarizeResponse.parse(await response.json()).sentences;
    expect(sentence.disputed?.map((dispute) => [dispute.stated.value, dispute.others.map((other) => other.value)])).toEqual([[expect.any(Number), [expect.any(Number)]]]);
  });

  it('takes the body shapes POST /api/articles takes: one article or a list (100 words), or {articles, budget?}; problems and errors name the place in the body sent', async () => {
    const citedBy = async (body: unknown) => [...new Set(summarizeResponse.parse(await (await postJson(t.app, '/api/summarize', body)).json()).sentences.flatMap((sentence) => sentence.citations.map((citation) => citation.article)))].sort();
    expect(await citedBy(articles)).toEqual(['a', 'b']);
    expect(await citedBy(articles[0])).toEqual(['a']);
    const short = { id: 'c', html: '<html><body><nav>Home</nav></body></html>' };
    for (const [body, path] of [[[...articles, short], '2'], [{ articles: [...articles, short] }, 'articles.2']] as const) {
      const summary = summarizeResponse.parse(await (await postJson(t.app, '/api/summarize', body)).json());
      expect(summary.problems.map((problem) => problem.path)).toEqual([path]);
    }
    const unread = await postJson(t.app, '/api/summarize', { articles: [short] });
    expect([unread.status, errorResponse.parse(await unread.json())]).toEqual([400, { error: 'no article could be read from the request', details: [{ path: 'articles.0', message: expect.any(String) }] }]);
    const wrong = await postJson(t.app, '/api/summarize', [articles[0], { id: 'd' }]);
    expect(wrong.status).toBe(400);
    expect(errorResponse.parse(await wrong.json()).details).toEqual([{ path: '1', message: expect.stringMatching(/needs a non-empty "text"/) }]);
  });

  it('refuses bad bodies (400) and other content types (415)', async () => {
    expect((await postJson(t.app, '/api/summarize', { articles: [] })).status).toBe(400);
    expect((await postJson(t.app, '/api/summarize', { articles, budget: { words: 0 } })).status).toBe(400);
    expect((await postJson(t.app, '/api/summarize', { articles, length: 3 })).status).toBe(400);
    const wrong = await t.app.request('/api/summarize', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'words' });
    expect(wrong.status).toBe(415);
    errorResponse.parse(await wrong.json());
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every endpoint in OpenAPI 3.1', async () => {
    const document = (await json('/api/openapi.json')) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual(
      ['/api/articles', '/api/articles/{id}', '/api/articles/{id}/versions', '/api/openapi.json', '/api/outlets', '/api/removed/{id}', '/api/search', '/api/stories', '/api/stories/{id}', '/api/stories/{id}/{section}', '/api/summarize'].sort(),
    );
    expect(Object.keys(document.paths['/api/articles'].post.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '413', '415']));
  });
});

describe('errors', () => {
  it('answers a bug with a generic 500, and logs it', async () => {
    const logged: unknown[] = [];
    const broken = testApp({ log: (problem) => logged.push(problem) });
    try {
      broken.store.listStories = () => Promise.reject(new Error('disk on fire'));
      const response = await broken.app.request('/api/stories');
      expect(response.status).toBe(500);
      const body = errorResponse.parse(await response.json());
      expect(body.error).not.toMatch(/disk/);
      expect(logged).toHaveLength(1);
    } finally {
      await broken.close();
    }
  });

  it('answers unknown paths with 404 JSON under /api', async () => {
    await error('/api/nothing-here', 404);
  });

  it('names the id as what is wrong when a path holds one longer than any id (it named nothing: path "")', async () => {
    const long = 'a'.repeat(600);
    for (const url of [`/api/articles/${long}`, `/api/stories/${long}`, `/api/stories/${long}/quotes`]) {
      const body = await error(url, 400);
      expect([url, body.details.map((detail) => detail.path)]).toEqual([url, ['id']]);
    }
  });

  it('answers a method a path does not take with 405 naming the ones it does (Allow), not a 404 saying nothing is there', async () => {
    const cases: [string, string, string][] = [
      ['PUT', '/api/articles', 'POST'],
      ['GET', '/api/articles', 'POST'],
      ['DELETE', `/api/stories/${flood}`, 'GET, HEAD'],
      ['PATCH', '/api/articles/any-id', 'GET, HEAD, DELETE'],
      ['GET', '/api/summarize', 'POST'],
    ];
    for (const [method, url, allow] of cases) {
      const response = await t.app.request(url, { method });
      expect([method, url, response.status, response.headers.get('allow')]).toEqual([method, url, 405, allow]);
      expect(errorResponse.parse(await response.json()).details).toEqual([{ path: 'method', message: `send ${allow.replaceAll(', ', ' or ')}` }]);
    }
    const page = await t.app.request(`/stories/${flood}`, { method: 'POST' });
    expect([page.status, page.headers.get('allow'), page.headers.get('content-type')]).toEqual([405, 'GET, HEAD', 'text/html; charset=UTF-8']);
    expect((await t.app.request('/api/stories/a/b/c', { method: 'DELETE' })).status).toBe(404);
  });
});
