import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyKeyNumbers } from '../copies/index.js';
import { prepare } from '../pipeline.js';
import { readInputs } from '../read/index.js';
import { EXAMPLES } from '../read/test-support/shared-data.js';
import type { OpenStoreOptions, Store } from '../store/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { ingest } from './index.js';
import { withStoreAt } from './test-support/with-store.js';

const temp = tempFolder('tidings-reprint-story-');
afterAll(() => temp.remove());

const withStore = <T>(name: string, run: (store: Store) => Promise<T>, options: Partial<OpenStoreOptions> = {}): Promise<T> => withStoreAt(temp.file(name), run, options);

/** An example report's title and body (its first line, and what follows its date line). */
function example(name: string): { title: string; body: string } {
  const [title, , , , ...body] = readFileSync(path.join(EXAMPLES, name), 'utf8').split('\n');
  return { title, body: body.join('\n') };
}

/** The copy keys of the one article a file holds. */
async function fingerprintOf(file: string): Promise<Float64Array> {
  const [article] = (await readInputs([file])).articles;
  return copyKeyNumbers(prepare(article));
}

/** The example inquiry report (title, date, body) as a JSONL line of another outlet, a day later. */
function inquiryReprint(id: string): string {
  const { title, body } = example('westmere-observer-corrin-falls-inquiry.txt');
  return JSON.stringify({ id, outlet: 'Fenwick Ledger', published: '2026-03-31', title, text: body });
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

  it('compares its copies again within the story it joins when that is not the story of the first article its fingerprint finds', async () => {
    const dam = example('harbor-daily-brenmouth-dam-spillway-failure.txt');
    const flood = example('trevik-herald-ossa-river-flood.txt');
    const file = temp.file('roundup.jsonl');
    // A roundup carrying the dam report and the Trevik report: its fingerprint finds (one candidate) a
    // reprint of the dam report first, it joins the Trevik story, and it copies a member of that story too.
    writeFileSync(file, JSON.stringify({ id: 'roundup', outlet: 'Fenwick Ledger', published: '2026-03-23', title: flood.title, text: `${dam.body}\n\n${flood.body}` }));
    await withStore('roundup.db', async (store) => {
      await ingest(store, [EXAMPLES]);
      const stories = await store.listStories(10);
      const storyOf = async (outlet: string) => {
        for (const { id } of stories) {
          const detail = (await store.story(id))!;
          if (detail.articles.some((article) => article.outlet === outlet)) return detail;
        }
        throw new Error(`no story holds an article of ${outlet}`);
      };
      const sourceOf = async (outlet: string) => (await storyOf(outlet)).articles.find((article) => article.outlet === outlet)!.id;
      const [damReport, floodReport] = [await sourceOf('Harbor Daily'), await sourceOf('Trevik Herald')];
      expect((await store.copyCandidates(await fingerprintOf(file), 1)).map(({ id }) => id)).toEqual(['lmp-2026-03-14-0412']);
      await ingest(store, [file], { copyCandidates: 1 });
      const joined = await storyOf('Fenwick Ledger');
      expect(joined.articles.map((article) => article.id)).toContain(floodReport);
      expect(joined.copies.filter((copy) => copy.article === 'roundup').map((copy) => [copy.kind, copy.source]).sort()).toEqual([['rewrite', damReport], ['rewrite', floodReport]].sort());
    });
  });
});
