/**
 * The research corpora's replay (bench/replay.ts, ../shared/data: skipped
 * when absent) ingested twice, in batches of 37 and of 1,000 articles: the
 * stories and the copy verdicts must be the same, as where a rerun after a
 * kill -9 resumes must not change them. The first 2,500 replays are the
 * fewest measured to catch a reprint grouped by where the batches fell
 * (review r3: a reprint's story came from the first copy candidate, the open
 * batch's listed before the store's); 4,000 catch a verdict changed by them
 * (the open batch's candidates filled the `copyCandidates` slots before a
 * stored one sharing more keys: 1,602 reprints and 247 rewrites in batches
 * of 37, 1,616 and 233 in batches of 1,000).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { baseArticles, writeReplay } from './replay.js';
import { sharedData } from './shared-data.js';

const REPLAYS = 4000;
const folder = mkdtempSync(path.join(tmpdir(), 'tidings-replay-batches-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Each story's members, sorted, and each copy's verdict (kind, source, share), after ingesting `inputs` in batches of `batchSize`. */
async function ingestedIn(inputs: string[], batchSize: number): Promise<{ stories: string[]; copies: string[] }> {
  const store = openStore(path.join(folder, `batch-${batchSize}.db`), { create: true });
  try {
    await ingest(store, inputs, { batchSize });
    const details = await Promise.all((await store.listStories(REPLAYS)).map(async ({ id }) => (await store.story(id))!));
    return {
      stories: details.map((detail) => detail.articles.map((article) => article.id).sort().join(' ')).sort(),
      copies: details.flatMap((detail) => detail.copies.map((copy) => `${copy.article} ${copy.kind} of ${copy.source} (${copy.share.toFixed(3)})`)).sort(),
    };
  } finally {
    await store.close();
  }
}

describe.skipIf(sharedData('duc2004') === undefined)('the replay ingested in batches of two sizes', () => {
  it('makes the same stories and the same copy verdicts', async () => {
    const replay = path.join(folder, 'replay');
    mkdirSync(replay);
    writeReplay(replay, (await baseArticles()).flatMap((corpus) => corpus.articles), REPLAYS, false);
    const inputs = readdirSync(replay).sort().map((name) => path.join(replay, name));
    const small = await ingestedIn(inputs, 37);
    const large = await ingestedIn(inputs, 1000);
    expect(small.stories.length).toBeGreaterThan(100);
    expect(small.copies.length).toBeGreaterThan(1000);
    expect(small.stories).toEqual(large.stories);
    expect(small.copies).toEqual(large.copies);
  }, 300_000);
});
