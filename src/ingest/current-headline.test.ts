import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { REPORT_MAX_ARTICLES } from '../facts/index.js';
import { segment } from '../segment/index.js';
import type { Store } from '../store/index.js';
import { rankedHeadline } from '../summarize/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { checkLeftHeadlines, keepHeadlinesCurrent } from './current-headline.js';
import { ingest, removeArticles } from './index.js';
import { STORM_REPORTS, stormJsonl, type StormRecord } from './test-support/developing-storm.js';
import { withStoreAt } from './test-support/with-store.js';

const temp = tempFolder('tidings-current-headline-');
afterAll(() => temp.remove());

/** A report as a JSONL record, its title left out when it has none. */
type ReportRecord = Omit<StormRecord, 'title'> & { title?: string };

/** Writes the records as a JSONL file and gives its path. */
function jsonlFile(name: string, records: readonly ReportRecord[]): string {
  const file = temp.file(`${name}.jsonl`);
  writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n'));
  return file;
}

const paragraphs = (...lines: string[]) => lines.join('\n\n');

/** A fictional landslide in Oskel: twenty missing on Monday, all found alive on Tuesday, no report giving a count that day. */
const SLIDE = [
  'The landslide buried the lower part of Oskel village after a week of heavy rain in the Harn hills.',
  'Soldiers and volunteers dug through the mud of Oskel with shovels and their hands through the night.',
  'The regional council opened a shelter for the families of Oskel in the Harn school.',
];
const OSKEL_MONDAY: StormRecord[] = [
  {
    id: 'oskel-wire-1',
    outlet: 'Harn Wire',
    title: 'Twenty missing after landslide buries Oskel village',
    published: '2026-05-11T08:00:00Z',
    text: paragraphs('Twenty people are missing after a landslide struck Oskel village in the Harn hills on Monday, rescuers said.', ...SLIDE),
  },
  {
    id: 'hill-times-1',
    outlet: 'Hill Times',
    title: 'Oskel landslide: twenty missing',
    published: '2026-05-11T11:00:00Z',
    text: paragraphs('Twenty people were missing in Oskel on Monday after a landslide buried part of the village in the Harn hills.', SLIDE[1], SLIDE[0], SLIDE[2]),
  },
];
const OSKEL_TUESDAY: StormRecord[] = [
  {
    id: 'oskel-wire-2',
    outlet: 'Harn Wire',
    title: 'All found alive under Oskel landslide',
    published: '2026-05-12T08:00:00Z',
    text: paragraphs('All the missing have been found alive under the landslide in Oskel village, rescuers in the Harn hills said on Tuesday.', ...SLIDE),
  },
  {
    id: 'hill-times-2',
    outlet: 'Hill Times',
    title: 'Oskel rescuers end search after landslide',
    published: '2026-05-12T10:00:00Z',
    text: paragraphs('Rescuers in Oskel said on Tuesday that all the missing villagers were found alive after the landslide in the Harn hills.', SLIDE[1], SLIDE[0]),
  },
];

describe('keepHeadlinesCurrent, read as the review of develop28 found it wrong', () => {
  it('heads a story again when a later batch says all the missing were found, though no arrival gives a count', async () => {
    await withStoreAt(temp.file('oskel.db'), async (store) => {
      await ingest(store, [jsonlFile('oskel-monday', OSKEL_MONDAY)]);
      const [monday] = await store.listStories(10);
      expect(monday.headline).toBe(OSKEL_MONDAY[0].title);
      await ingest(store, [jsonlFile('oskel-tuesday', OSKEL_TUESDAY)]);
      const stories = await store.listStories(10);
      expect(stories.map((story) => story.id)).toEqual([monday.id]);
      expect(stories[0].headline).toBe(OSKEL_TUESDAY[0].title);
    });
  });

  it('heads a story of more articles than its summary reads again when its headline comes from a reprint left unread', async () => {
    const untitledMonday: ReportRecord[] = STORM_REPORTS.map(({ title, ...record }) => (record.published.startsWith('2026-10-05') ? record : { ...record, title }));
    const wire = STORM_REPORTS[0];
    const reprints = Array.from({ length: REPORT_MAX_ARTICLES }, (_, index) => ({ ...wire, id: `coast-reprint-${index}`, outlet: `Coast Paper ${index}`, published: '2026-10-05T13:00:00Z', title: undefined }));
    const titled = { ...wire, id: 'late-reprint-1', outlet: 'Late Reprint', published: '2026-10-05T23:00:00Z' };
    await withStoreAt(temp.file('storm-unread.db'), async (store) => {
      await ingest(store, [jsonlFile('storm-unread', [...untitledMonday, ...reprints, titled])]);
      const reprinted = (await store.listStories(10)).find((story) => story.size > REPORT_MAX_ARTICLES)!;
      expect((await store.story(reprinted.id))!.articles.map((article) => article.id)).toContain(titled.id);
      expect(reprinted.headline).not.toBe(titled.title);
      expect(reprinted.headline).not.toMatch(/\bthree\b/i);
    });
  }, 120_000);

  it('heads a story again when its headline is the opening of an untitled article left unread', async () => {
    const untitled: ReportRecord[] = STORM_REPORTS.map(({ title, ...record }) => (record.published.startsWith('2026-10-05') ? record : { ...record, title }));
    const wire = STORM_REPORTS[0];
    const reprints = Array.from({ length: REPORT_MAX_ARTICLES }, (_, index) => ({ ...wire, id: `coast-reprint-${index}`, outlet: `Coast Paper ${index}`, published: '2026-10-05T13:00:00Z', title: undefined }));
    const late = { ...wire, id: 'late-reprint-1', outlet: 'Late Reprint', published: '2026-10-05T23:00:00Z', title: undefined, text: wire.text.replace('Storm Verra killed three people', 'Storm Verra has killed three people') };
    await withStoreAt(temp.file('storm-unread-opening.db'), async (store) => {
      await ingest(store, [jsonlFile('storm-unread-opening', [...untitled, ...reprints, late])]);
      const reprinted = (await store.listStories(10)).find((story) => story.size > REPORT_MAX_ARTICLES)!;
      const [stored] = await store.articles([late.id]);
      const opening = rankedHeadline(segment(stored))!;
      expect(opening.text).toMatch(/^Storm Verra has killed three people/);
      await store.setStoryHeadline(reprinted.id, { headline: opening.text, headlineRank: opening.rank, headlineSeen: late.published });
      await keepHeadlinesCurrent(store, [reprinted.id]);
      const [headed] = await store.listStories(1, { only: new Set([reprinted.id]) });
      expect(headed.headline).not.toBe(opening.text);
      expect(headed.headline).not.toMatch(/\bthree\b/i);
    });
  }, 120_000);

  it('reads the members a removal segmented once: checking their story reads none of them from the store again', async () => {
    const file = temp.file('storm-removal.jsonl');
    writeFileSync(file, stormJsonl());
    await withStoreAt(temp.file('storm-removal.db'), async (store) => {
      await ingest(store, [file]);
      const [story] = await store.listStories(10);
      const asked: string[] = [];
      const checked: string[] = [];
      const counting = Object.assign(Object.create(store) as Store, {
        articles: async (ids: readonly string[]) => {
          asked.push(...ids);
          return store.articles(ids);
        },
        headlineSources: async (id: string) => {
          checked.push(id);
          return store.headlineSources(id);
        },
      });
      const removed = 'northfield-post-3';
      await removeArticles(counting, [removed]);
      const members = (await store.story(story.id))!.articles.map((article) => article.id);
      expect(members.length).toBeGreaterThan(5);
      expect(checked).toContain(story.id);
      expect(asked.filter((id) => members.includes(id))).toEqual([]);
    });
  });

  it('reads the articles the store returns and passes over one it does not', async () => {
    const file = temp.file('storm-hidden.jsonl');
    writeFileSync(file, stormJsonl());
    await withStoreAt(temp.file('storm-hidden.db'), async (store) => {
      await ingest(store, [file]);
      const [story] = await store.listStories(10);
      expect(story.headline).toMatch(/\beleven\b/i);
      const monday = STORM_REPORTS[0];
      await store.setStoryHeadline(story.id, { headline: monday.title, headlineRank: 2, headlineSeen: monday.published });
      const hiding = Object.assign(Object.create(store) as Store, {
        articles: async (ids: readonly string[]) => (await store.articles(ids)).filter((article) => article.id !== 'ansley-gazette-1'),
      });
      await keepHeadlinesCurrent(hiding, [story.id]);
      const [headed] = await store.listStories(10);
      expect(headed.headline).toBe(story.headline);
    });
  });

  it('forgets a left check that fails: the failure stops one run, not every ingest after it', async () => {
    const file = temp.file('storm-failing-check.jsonl');
    writeFileSync(file, stormJsonl());
    const path = temp.file('storm-failing-check.db');
    await withStoreAt(path, async (store) => {
      await ingest(store, [file]);
      const [story] = await store.listStories(10);
      const db = new Database(path);
      db.prepare('INSERT INTO headline_checks (story) VALUES (?)').run(story.id);
      db.close();
      expect(await store.headlineChecks()).toEqual([story.id]);
      const failing = Object.assign(Object.create(store) as Store, {
        headlineSources: async () => {
          throw new Error('a member row cannot be decoded');
        },
      });
      await expect(checkLeftHeadlines(failing)).rejects.toThrow(/cannot be decoded/);
      expect(await store.headlineChecks()).toEqual([]);
      await expect(checkLeftHeadlines(failing)).resolves.toBeUndefined();
    });
  });
});
