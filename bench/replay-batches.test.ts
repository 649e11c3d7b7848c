/**
 * The research corpora's replay (bench/replay.ts, ../shared/data: skipped
 * when absent) ingested twice, in batches of 37 and of 1,000 articles: the
 * stories must be the same, as where a rerun after a kill -9 resumes must not
 * change them. The first 2,500 replays are the fewest measured to catch a
 * reprint grouped by where the batches fell (review r3: a reprint's story
 * came from the first copy candidate, the open batch's listed before the
 * store's).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { baseArticles, writeReplay } from './replay.js';
import { sharedData } from './shared-data.js';

const REPLAYS = 2500;
const folder = mkdtempSync(path.join(tmpdir(), 'tidings-replay-batches-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Each story's members, sorted, after ingesting `inputs` in batches of `batchSize`. */
async function storiesIn(inputs: string[], batchSize: number): Promise<string[]> {
  const store = openStore(path.join(folder, `batch-${batchSize}.db`), { create: true });
  try {
    await ingest(store, inputs, { batchSize });
    const stories = await store.listStories(REPLAYS);
    const members = await Promise.all(stories.map(async ({ id }) => (await store.story(id))!.articles.map((article) => article.id).sort().join(' ')));
    return members.sort();
  } finally {
    await store.close();
  }
}

describe.skipIf(sharedData('duc2004') === undefined)('the replay ingested in batches of two sizes', () => {
  it('makes the same stories', async () => {
    const replay = path.join(folder, 'replay');
    mkdirSync(replay);
    writeReplay(replay, (await baseArticles()).flatMap((corpus) => corpus.articles), REPLAYS, false);
    const inputs = readdirSync(replay).sort().map((name) => path.join(replay, name));
    const small = await storiesIn(inputs, 37);
    expect(small.length).toBeGreaterThan(100);
    expect(small).toEqual(await storiesIn(inputs, 1000));
  }, 300_000);
});
