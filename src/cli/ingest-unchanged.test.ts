import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ingest } from '../ingest/index.js';
import { withStoreAt } from '../ingest/test-support/with-store.js';
import { EXAMPLES } from '../read/test-support/shared-data.js';
import { tempFolder } from '../store/test-support/records.js';
import { MIN_INTERVAL_MS } from './every.js';
import { runLines } from './ingest.js';
import { main } from './main.js';
import { fakeIo } from './test-support/fake-io.js';

/** The waits of `--every 1m` between runs end when the test calls their `release`; every other timer of node:timers/promises is the real one. */
const between = vi.hoisted(() => ({ interval: 60_000, release: [] as Array<() => void> }));
vi.mock('node:timers/promises', async (original) => {
  const timers = await original<typeof import('node:timers/promises')>();
  return {
    ...timers,
    setTimeout: (ms: number, value: unknown, options?: { signal?: AbortSignal }) => {
      if (ms !== between.interval) return timers.setTimeout(ms, value, options);
      return new Promise((resolve, reject) => {
        between.release.push(() => resolve(value));
        options?.signal?.addEventListener('abort', () => reject(options.signal!.reason), { once: true });
      });
    },
  };
});

const temp = tempFolder('tidings-cli-unchanged-');
afterAll(() => temp.remove());

async function until(done: () => boolean): Promise<void> {
  for (let tries = 0; !done() && tries < 1200; tries++) await new Promise((resolve) => setImmediate(resolve));
  for (let tries = 0; !done() && tries < 600; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('tidings ingest --every, a run where every web input answered 304 Not Modified', () => {
  it('says the input was unchanged, after its line of counts, the command asking the feed only for a change since its last run', async () => {
    expect(MIN_INTERVAL_MS).toBe(between.interval);
    const feed = readFileSync(path.join(EXAMPLES, 'kingsfold-evening-gazette-feed.xml'));
    const asked: Array<string | undefined> = [];
    const server = createServer((request, response) => {
      asked.push(request.headers['if-none-match']);
      if (request.headers['if-none-match'] === '"v1"') response.writeHead(304).end();
      else response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(feed);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    const stop = new AbortController();
    const { io, stdout, stderr } = fakeIo();
    try {
      const running = main(['ingest', url, '--db', temp.file('every.db'), '--every', '1m'], { ...io, signal: stop.signal });
      await until(() => between.release.length === 1);
      const first = stdout();
      expect(first).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ingested 2 new articles \(0 already stored, 0 problems\) into \d stor(y|ies)\n$/);
      between.release[0]();
      await until(() => between.release.length === 2);
      stop.abort();
      expect(await running).toBe(0);
      expect(asked).toEqual([undefined, '"v1"']);
      expect(stdout().slice(first.length)).toMatch(
        /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ )ingested 0 new articles \(0 already stored, 0 problems\) into 0 stories\n\1the input is unchanged since the last run \(the server answered 304 Not Modified\)\n$/,
      );
      expect(stderr()).toMatch(/tidings: stopped after 2 runs\n$/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('says how many of several inputs were unchanged', async () => {
    await withStoreAt(temp.file('none.db'), async (store) => {
      const report = { ...(await ingest(store, [])), unchanged: ['https://a.example/feed', 'https://b.example/feed'] };
      expect(runLines(report, 2)).toMatch(/\nall 2 inputs are unchanged since the last run/);
      expect(runLines({ ...report, unchanged: report.unchanged.slice(1) }, 3)).toMatch(/\n1 web input is unchanged since the last run/);
    });
  });
});
