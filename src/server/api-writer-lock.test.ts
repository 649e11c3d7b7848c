import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WriteConflictError } from '../errors.js';
import { generateCorpus, toJsonl } from '../ingest/test-support/corpus.js';
import { openStore, type Store } from '../store/index.js';
import { errorResponse, ingestResponse } from './schemas/responses.js';
import { postJson, testApp, type TestApp, wireItems } from './test-support/fixtures.js';

let t: TestApp;
beforeEach(() => (t = testApp()));
afterEach(() => t.close());

/** The store's `writeBatch`, its second call refused once as if another process had saved meanwhile; `calls` counts every call. */
function refuseSecondBatchOnce(store: Store): { calls: number } {
  const write = store.writeBatch.bind(store);
  const tries = { calls: 0 };
  store.writeBatch = async (batch) => {
    tries.calls += 1;
    if (tries.calls === 2) throw new WriteConflictError(store.location, '', 'another ingest wrote to this database meanwhile');
    return write(batch);
  };
  return tries;
}

describe('server writes beside other writers', () => {
  it('answers 503 with Retry-After while another process holds the writer lock, and keeps serving readers', async () => {
    const [first, second] = wireItems();
    const added = await postJson(t.app, '/api/articles', first);
    expect(added.status).toBe(201);
    const story = ingestResponse.parse(await added.json()).articles[0];
    // Another connection to the file, as `tidings ingest` in another process would have.
    const cli: Store = openStore(t.store.location);
    const lock = await cli.lockWriter('tidings ingest');
    try {
      const refused = await postJson(t.app, '/api/articles', second);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('10');
      expect(errorResponse.parse(await refused.json()).error).toBe(
        `another process is writing to the database (tidings ingest, since ${lock.holder.started.replace(/\.\d+Z$/, 'Z')}): send the request again later`,
      );
      const removal = await t.app.request(`/api/articles/${String(first.id)}`, { method: 'DELETE' });
      expect([removal.status, removal.headers.get('retry-after')]).toEqual([503, '10']);
      const form = new FormData();
      form.set('text', 'Gate repaired\n\nCrews repaired the spillway gate at the Brenmouth dam on Tuesday.');
      const page = await t.app.request('/submit', { method: 'POST', body: form });
      expect([page.status, page.headers.get('retry-after')]).toEqual([503, '10']);
      expect(await page.text()).toContain('Busy, try again shortly');
      for (const url of ['/api/stories', `/api/stories/${story.story}`, '/api/search?q=dam', '/', `/stories/${story.story}`, `/articles/${String(first.id)}`]) {
        expect((await t.app.request(url)).status, url).toBe(200);
      }
    } finally {
      await lock.release();
    }
    expect((await postJson(t.app, '/api/articles', second)).status).toBe(201);
    // The server holds the lock only while a write request runs.
    await (await cli.lockWriter('tidings remove')).release();
    await cli.close();
    expect((await t.store.counts()).articles).toBe(2);
  });

  it('tries a write that another process refused again, reading the state anew: what the first try stored counts as added', async () => {
    const { lines, distinct } = generateCorpus(1100, 3);
    // The second batch (the first holds 1000 articles) is refused once.
    const tries = refuseSecondBatchOnce(t.store);
    const response = await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: toJsonl(lines) });
    expect(response.status).toBe(201);
    const body = ingestResponse.parse(await response.json());
    expect(tries.calls).toBe(3);
    expect(body.added).toBe(distinct);
    expect(body.alreadyStored).toBe(lines.length - distinct);
    expect(body.articles.filter((article) => article.status === 'added')).toHaveLength(distinct);
    expect(body.articles.every((article) => article.status !== 'added' || article.story !== null)).toBe(true);
    expect((await t.store.counts()).articles).toBe(distinct);
  }, 60_000);

  it('lists the stored copies a refused try retraced to an original it stored, and the dates left out of what it stored, though the next try finds them stored', async () => {
    const text = 'The Ossa flood barriers at Lowmere failed on Tuesday night, the county emergency office said. About 1,200 residents of Lowmere were taken to two school halls before the water rose.';
    const reprint = { id: 'copy', outlet: 'Copyfarm Daily', published: '2024-12-31', title: 'Ossa barriers fail', text };
    expect((await postJson(t.app, '/api/articles', reprint)).status).toBe(201);
    const original = { id: 'source', outlet: 'Trevik Herald', published: '2024-12-30', title: 'Ossa barriers fail', text };
    const far = { id: 'far', outlet: 'Lowmere Post', published: '2024-12-29', modified: '2999-01-05', title: 'Lowmere school halls open', text: 'Two school halls in Lowmere opened their doors to families on Tuesday night as the river rose, the county said.' };
    // The original, published before the generated articles, is in the first batch; the second batch is refused once.
    const { lines } = generateCorpus(1000, 5);
    const tries = refuseSecondBatchOnce(t.store);
    const response = await t.app.request('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body: toJsonl([far, original, ...lines]) });
    expect(response.status).toBe(201);
    const body = ingestResponse.parse(await response.json());
    expect(tries.calls).toBe(3);
    expect(body.articles.slice(0, 2)).toMatchObject([{ id: 'far', status: 'added' }, { id: 'source', status: 'added' }]);
    expect(body.retraced).toEqual([{ article: 'copy', kind: 'reprint', sources: ['source'] }]);
    expect(body.datesLeftOut).toEqual([{ article: 'far', place: 'line 1', reason: expect.stringMatching(/^the modified date "2999-01-05"/) }]);
  }, 60_000);
});
