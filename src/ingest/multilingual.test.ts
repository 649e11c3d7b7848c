import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { BERENICE_RECORDS, TAMSIN_RECORDS } from '../stories/test-support/multilingual-articles.js';
import { ingest, storyView, type StoryView } from './index.js';

/**
 * Two fictional storms of the same days through the real ingest (a JSONL file):
 * storm Tamsin in Wielerdijk told in English, Dutch, German and, at length, in
 * French; storm Berenice in Robledal de Mar told in English and Spanish.
 */
const temp = tempFolder('tidings-multilingual-');
let views: StoryView[] = [];

beforeAll(async () => {
  const records = [...TAMSIN_RECORDS, ...BERENICE_RECORDS];
  const file = temp.file('storms.jsonl');
  writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n'));
  const store = openStore(temp.file('storms.db'), { create: true });
  try {
    expect(await ingest(store, [file])).toMatchObject({ added: records.length, problems: [] });
    const stories = await store.listStories(20);
    views = await Promise.all(stories.map(async (story) => (await storyView(store, story.id))!));
  } finally {
    await store.close();
  }
});
afterAll(() => temp.remove());

const ids = (view: StoryView) => view.articles.map((article) => article.id).sort();

describe('one storm told in four languages, end to end', () => {
  it('makes one story of the four reports of storm Tamsin and keeps storm Berenice apart', () => {
    expect(views.map(ids).sort((a, b) => b.length - a.length)).toEqual([TAMSIN_RECORDS.map((record) => record.id).sort(), BERENICE_RECORDS.map((record) => record.id).sort()]);
  });

  it('reads each article of the story in its own language', () => {
    const tamsin = views.find((view) => view.articles.length === TAMSIN_RECORDS.length)!;
    expect(tamsin.segmented.map((article) => article.textLanguage).sort()).toEqual(['de', 'en', 'fr', 'nl']);
  });
});
