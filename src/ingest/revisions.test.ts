import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { articleRevisions, defaultRemoveOptions, ingest, removeArticles, storyRevisions, storyView } from './index.js';
import { removeStored } from './remove.js';
import { checkConsistent } from './test-support/consistent.js';
import { CORRECTED_ID, CORRECTED_REPORT, FIRST_REPORT, updatedReport } from './test-support/corrections.js';
import { withStoreAt } from './test-support/with-store.js';

const temp = tempFolder('tidings-revisions-');
afterAll(() => temp.remove());

const withStore = <T>(name: string, run: (store: Store, file: string) => Promise<T>): Promise<T> => withStoreAt(temp.file(name), run);

function file(name: string, content: string): string {
  const place = temp.file(name);
  writeFileSync(place, content);
  return place;
}

/** Rescued counts of the kept versions of the report, oldest first. */
async function keptRescued(store: Store): Promise<string[]> {
  const versions = (await store.articleVersions([CORRECTED_ID])).get(CORRECTED_ID) ?? [];
  return versions.map((version) => /(\d+) were rescued/.exec(version.article.text)![1]);
}

describe('earlier versions of an article', () => {
  it('keeps the text a correction replaced, and tells what the correction changed: the headline, the sentence, the number; the story it made alone keeps its id at a later version', async () => {
    await withStore('corrected.db', async (store, db) => {
      await ingest(store, [file('first.jsonl', FIRST_REPORT)]);
      expect(await store.articleVersions([CORRECTED_ID])).toEqual(new Map());
      const [before] = await store.listStories(1);
      const started = new Date().toISOString();
      expect(await ingest(store, [file('corrected.jsonl', CORRECTED_REPORT)])).toMatchObject({ replaced: [{ id: CORRECTED_ID }] });
      const [version] = (await store.articleVersions([CORRECTED_ID])).get(CORRECTED_ID)!;
      expect(version.article).toMatchObject({ id: CORRECTED_ID, title: 'Ferry capsizes off Quillon Point, 12 dead', published: '2026-06-02T07:00:00Z' });
      expect(version.article.text).toContain('Twelve people died');
      expect(version.replaced >= started).toBe(true);
      const [revisions, notStored] = await articleRevisions(store, [CORRECTED_ID, 'not-stored']);
      expect(notStored).toEqual({ article: 'not-stored', versions: [] });
      expect(revisions.versions).toHaveLength(1);
      const { changes, ...earlier } = revisions.versions[0];
      expect(earlier).toMatchObject({ title: 'Ferry capsizes off Quillon Point, 12 dead', published: '2026-06-02T07:00:00Z', modified: null, text: version.article.text });
      expect(changes.headline).toEqual({ before: 'Ferry capsizes off Quillon Point, 12 dead', after: 'Ferry disaster off Quillon Point: toll rises to 14' });
      expect(changes.sentences.map((sentence) => [sentence.kind, sentence.before?.text, sentence.after?.text])).toEqual([
        ['changed', 'Twelve people died and 40 were rescued by fishing boats, according to the coast guard.', 'Fourteen people died and 40 were rescued by fishing boats, according to the coast guard.'],
      ]);
      expect(changes.numbers.map((number) => [number.before.text, number.after.text])).toEqual([['Twelve', 'Fourteen']]);
      const [row] = await store.listStories(1);
      expect([row.id, row.version]).toEqual([before.id, before.version + 1]);
      const view = (await storyView(store, row.id))!;
      expect(await storyRevisions(store, view, view.articles)).toEqual([revisions]);
      expect(checkConsistent(db)).toBe(0);
    });
  });

  it('keeps at most keptVersions earlier versions of an article, dropping the oldest, and none with 0', async () => {
    await withStore('bounded.db', async (store) => {
      for (const [index, rescued] of [40, 41, 42, 43, 44].entries()) await ingest(store, [file(`update-${index}.jsonl`, updatedReport(rescued, 8 + index))], { keptVersions: 3 });
      expect(await keptRescued(store)).toEqual(['41', '42', '43']);
      const [revisions] = await articleRevisions(store, [CORRECTED_ID]);
      expect(revisions.versions.map((version) => version.changes.numbers.map((number) => `${number.before.text} → ${number.after.text}`))).toEqual([['41 → 42'], ['42 → 43'], ['43 → 44']]);
      await ingest(store, [file('update-5.jsonl', updatedReport(45, 14))], { keptVersions: 0 });
      expect(await keptRescued(store)).toEqual([]);
      expect(await articleRevisions(store, [CORRECTED_ID])).toEqual([{ article: CORRECTED_ID, versions: [] }]);
      await expect(ingest(store, [], { keptVersions: -1 })).rejects.toThrow('tidings: expected ingest.keptVersions to be a non-negative integer, got number -1');
    });
  });

  it('adds no version for a stale copy read again, nor for a text that is already stored', async () => {
    await withStore('stale.db', async (store) => {
      const first = file('first.jsonl', FIRST_REPORT);
      const corrected = file('corrected.jsonl', CORRECTED_REPORT);
      await ingest(store, [first]);
      await ingest(store, [corrected]);
      expect(await ingest(store, [first])).toMatchObject({ alreadyStored: 1, replaced: [] });
      expect(await ingest(store, [corrected])).toMatchObject({ alreadyStored: 1, replaced: [] });
      expect((await store.articleVersions([CORRECTED_ID])).get(CORRECTED_ID)).toHaveLength(1);
    });
  });

  it('deletes the earlier versions with a takedown: no word of them stays in the database file', async () => {
    await withStore('takedown.db', async (store, db) => {
      await ingest(store, [file('first.jsonl', FIRST_REPORT)]);
      await ingest(store, [file('corrected.jsonl', CORRECTED_REPORT)]);
      const holding = () => [db, `${db}-wal`].filter((place) => existsSync(place) && readFileSync(place).includes('Twelve people died'));
      expect(holding().length).toBeGreaterThan(0);
      expect(await removeArticles(store, [CORRECTED_ID])).toMatchObject({ removed: [CORRECTED_ID], logKeepsText: false });
      expect(await store.articleVersions([CORRECTED_ID])).toEqual(new Map());
      expect(await articleRevisions(store, [CORRECTED_ID])).toEqual([{ article: CORRECTED_ID, versions: [] }]);
      expect(holding()).toEqual([]);
      expect(checkConsistent(db)).toBe(1);
    });
  });
});

describe('a takedown of an id an update left without its new text', () => {
  it('deletes the earlier texts and replaced-text hashes the id kept (overwritten in the file), leaves a tombstone, and says so', async () => {
    await withStore('cut-short.db', async (store, db) => {
      const long = JSON.parse(FIRST_REPORT) as { text: string };
      const longReport = JSON.stringify({ ...long, text: [long.text, ...Array.from({ length: 60 }, (_, n) => `Survivor ${n} told the Brackwater Ledger of the cold water off Quillon Point.`)].join('\n\n') });
      await ingest(store, [file('first-cut.jsonl', longReport)]);
      // The first transaction of an update: the old text goes, kept as an earlier version; the process is killed before the new text is stored.
      await removeStored(store, [CORRECTED_ID], defaultRemoveOptions, { tombstones: false, keptVersions: 3 });
      expect((await store.articles([CORRECTED_ID])).length).toBe(0);
      expect((await store.articleVersions([CORRECTED_ID])).get(CORRECTED_ID)).toHaveLength(1);
      const report = await removeArticles(store, [CORRECTED_ID]);
      expect(report).toMatchObject({ removed: [], notFound: [], leftoverTexts: [CORRECTED_ID] });
      expect(await store.articleVersions([CORRECTED_ID])).toEqual(new Map());
      expect((await store.stored([{ id: CORRECTED_ID, hash: '' }])).removed.ids.has(CORRECTED_ID)).toBe(true);
      const holding = (words: string) => ['', '-wal'].filter((end) => existsSync(`${db}${end}`) && readFileSync(`${db}${end}`).includes(words));
      expect(holding('Twelve people died')).toEqual([]);
      expect(holding('Survivor 59 told')).toEqual([]);
      expect((await ingest(store, [file('first-again.jsonl', longReport)])).added).toBe(0);
      expect((await removeArticles(store, [CORRECTED_ID])).notFound).toEqual([CORRECTED_ID]);
    });
  });

  it('keeps in its tombstone the text the cut-short update took out (the last one read), so that text sent again under another id is refused', async () => {
    await withStore('cut-short-chain.db', async (store) => {
      const texts = [updatedReport(40, 8), updatedReport(41, 9), updatedReport(43, 10)];
      for (const [n, text] of texts.entries()) await ingest(store, [file(`chain-${n}.jsonl`, text)]);
      await removeStored(store, [CORRECTED_ID], defaultRemoveOptions, { tombstones: false, keptVersions: 3 });
      expect(await removeArticles(store, [CORRECTED_ID])).toMatchObject({ removed: [], leftoverTexts: [CORRECTED_ID] });
      const elsewhere = (text: string) => JSON.stringify({ ...(JSON.parse(text) as object), id: 'ferry-copy' });
      const again = await ingest(store, [file('last-elsewhere.jsonl', elsewhere(texts[2]))]);
      expect(again).toMatchObject({ added: 0, removed: [{ id: 'ferry-copy' }] });
    });
  });

  it('leaves the id alone when another writer stored it again between the plan and the takedown', async () => {
    await withStore('cut-short-race.db', async (store, db) => {
      await ingest(store, [file('race-first.jsonl', FIRST_REPORT)]);
      await removeStored(store, [CORRECTED_ID], defaultRemoveOptions, { tombstones: false, keptVersions: 3 });
      const plan = await store.removalPlan([CORRECTED_ID]);
      expect(plan.leftovers.map((leftover) => leftover.id)).toEqual([CORRECTED_ID]);
      await ingest(store, [file('race-corrected.jsonl', CORRECTED_REPORT)]);
      const versions = (await store.articleVersions([CORRECTED_ID])).get(CORRECTED_ID);
      expect(versions).toHaveLength(1);
      await store.removeArticles({ ids: [], leftovers: plan.leftovers, tombstones: true, keptVersions: 0, verdicts: new Map(), headlines: new Map(), clusterer: undefined });
      expect((await store.articles([CORRECTED_ID])).map((article) => article.id)).toEqual([CORRECTED_ID]);
      expect((await store.stored([{ id: CORRECTED_ID, hash: '' }])).removed.ids.has(CORRECTED_ID)).toBe(false);
      expect((await store.articleVersions([CORRECTED_ID])).get(CORRECTED_ID)).toEqual(versions);
      expect(checkConsistent(db)).toBe(0);
    });
  });
});
