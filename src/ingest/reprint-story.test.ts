import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../read/test-support/shared-data.js';
import type { OpenStoreOptions, Store } from '../store/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { ingest } from './index.js';
import { withStoreAt } from './test-support/with-store.js';

const temp = tempFolder('tidings-reprint-story-');
afterAll(() => temp.remove());

const withStore = <T>(name: string, run: (store: Store) => Promise<T>, options: Partial<OpenStoreOptions> = {}): Promise<T> => withStoreAt(temp.file(name), run, options);

/** The example inquiry report (title, date, body) as a JSONL line of another outlet, a day later. */
function inquiryReprint(id: string): string {
  const [title, , , , ...body] = readFileSync(path.join(EXAMPLES, 'westmere-observer-corrin-falls-inquiry.txt'), 'utf8').split('\n');
  return JSON.stringify({ id, outlet: 'Fenwick Ledger', published: '2026-03-31', title, text: body.join('\n') });
}

describe('ingest: a reprint joins the story of the article it reprints', () => {
  it('names the related stories its source named when the source was stored by an earlier batch', async () => {
    const file = temp.file('inquiry-reprint.jsonl');
    writeFileSync(file, inquiryReprint('inquiry-reprint'));
    await withStore('inquiry-reprint.db', async (store) => {
      await ingest(store, [EXAMPLES]);
      const inquiry = (await store.listStories(10)).find((story) => story.headline?.startsWith('Inquiry into Corrin Falls Dam'))!;
      const [source] = (await store.story(inquiry.id))!.articles;
      const named = await store.articleRelated(source.id);
      expect(named).toHaveLength(1);
      expect(await ingest(store, [file])).toMatchObject({ added: 1, newStories: 0, copies: { reprint: 1 } });
      const detail = (await store.story(inquiry.id))!;
      expect(detail.articles.map((article) => article.id)).toEqual([source.id, 'inquiry-reprint']);
      expect(detail.copies.map((copy) => [copy.article, copy.kind, copy.source])).toEqual([['inquiry-reprint', 'reprint', source.id]]);
      expect(await store.articleRelated('inquiry-reprint')).toEqual(named);
    });
  });
});
