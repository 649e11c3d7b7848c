import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../ingest/index.js';
import { withStoreAt } from '../ingest/test-support/with-store.js';
import { EXAMPLES } from '../read/test-support/shared-data.js';
import { tempFolder } from '../store/test-support/records.js';
import { runLines } from './ingest.js';

const temp = tempFolder('tidings-cli-unchanged-');
afterAll(() => temp.remove());

describe('tidings ingest --every, a run where every web input answered 304 Not Modified', () => {
  it('says the inputs were unchanged, after the line of counts', async () => {
    const feed = readFileSync(path.join(EXAMPLES, 'kingsfold-evening-gazette-feed.xml'));
    const server = createServer((request, response) => {
      if (request.headers['if-none-match'] === '"v1"') response.writeHead(304).end();
      else response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(feed);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    try {
      await withStoreAt(temp.file('every.db'), async (store) => {
        const read = { validators: new Map() };
        const first = await ingest(store, [url], { read });
        expect(first.unchanged).toEqual([]);
        expect(runLines(first, 1)).not.toContain('unchanged');
        const second = await ingest(store, [url], { read });
        expect(second).toMatchObject({ added: 0, alreadyStored: 0, unchanged: [url] });
        expect(runLines(second, 1, 'T ')).toBe('T ingested 0 new articles (0 already stored, 0 problems) into 0 stories\nT the input is unchanged since the last run (the server answered 304 Not Modified)');
        expect(runLines({ ...second, unchanged: [url, url] }, 2)).toMatch(/\nall 2 inputs are unchanged since the last run/);
        expect(runLines(second, 3)).toMatch(/\n1 web input is unchanged since the last run/);
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
