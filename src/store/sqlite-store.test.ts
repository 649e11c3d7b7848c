import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { clean } from '../clean/index.js';
import { InputError } from '../errors.js';
import { prepare } from '../pipeline.js';
import { readInputs } from '../read/index.js';
import { EXAMPLES } from '../read/test-support/shared-data.js';
import { segment } from '../segment/index.js';
import { StoryClusterer } from '../stories/index.js';
import { decodeVerdict } from './verdict-codec.js';
import { openStore } from './index.js';
import { emptyClusterer, keyNumbers, makeArticle, makeRecord, tempFolder } from './test-support/records.js';

const temp = tempFolder('tidings-store-');
afterAll(() => temp.remove());

describe('SQLite store', () => {
  it('round-trips the examples: text, spans, messages and metadata intact, segmentation recomputed identically', async () => {
    const { articles } = await readInputs([EXAMPLES]);
    const cleaned = articles.map((article) => clean(article));
    const store = openStore(temp.file('examples.db'), { create: true });
    await store.writeBatch({ articles: cleaned.map((article) => makeRecord(article, 'a')), clusterer: emptyClusterer(0) });
    const back = await store.articles(cleaned.map((article) => article.id));
    expect(back).toHaveLength(cleaned.length);
    for (const original of cleaned) {
      const stored = back.find((article) => article.id === original.id)!;
      expect(stored).toEqual(original);
      expect(stored.paragraphs.map((span) => spanText(stored.text, span))).toEqual(original.paragraphs.map((span) => spanText(original.text, span)));
      expect(segment(stored)).toEqual(prepare(articles.find((article) => article.id === original.id)!));
    }
    expect(await store.loadClusterer()).toEqual({ state: emptyClusterer(0).state, generation: 1 });
    await store.close();
  });

  it('keeps one article per id and per content hash', async () => {
    const store = openStore(temp.file('unique.db'), { create: true });
    const first = makeRecord(makeArticle('one', 'Flood waters rose in the town.'), 's1');
    await store.writeBatch({ articles: [first], clusterer: emptyClusterer(0) });
    const known = await store.stored([{ id: 'one', hash: 'other' }, { id: 'two', hash: first.hash }, { id: 'three', hash: 'x' }]);
    expect([...known.ids]).toEqual(['one']);
    expect([...known.hashes]).toEqual([[first.hash, 'one']]);
    const sameId = makeRecord(makeArticle('one', 'Different text.'), 's1');
    await expect(store.writeBatch({ articles: [sameId], clusterer: emptyClusterer(1) })).rejects.toThrow(/UNIQUE/);
    const sameText = makeRecord(makeArticle('two', 'Flood waters rose in the town.'), 's1');
    await expect(store.writeBatch({ articles: [sameText], clusterer: emptyClusterer(1) })).rejects.toThrow(/UNIQUE/);
    expect(await store.counts()).toEqual({ articles: 1, stories: 1 });
    await store.close();
  });

  it('writes a batch entirely or not at all', async () => {
    const store = openStore(temp.file('atomic.db'), { create: true });
    const good = makeRecord(makeArticle('good', 'A dam failed upstream.'), 's1');
    const duplicate = { ...makeRecord(makeArticle('good', 'Another text.'), 's2') };
    await expect(store.writeBatch({ articles: [good, duplicate], clusterer: emptyClusterer(0) })).rejects.toThrow();
    expect(await store.counts()).toEqual({ articles: 0, stories: 0 });
    expect(await store.loadClusterer()).toBeUndefined();
    await store.close();
  });

  it('refuses a batch from a stale clusterer generation (two ingests at once)', async () => {
    const store = openStore(temp.file('generation.db'), { create: true });
    await store.writeBatch({ articles: [makeRecord(makeArticle('a', 'Text a.'), 's')], clusterer: emptyClusterer(0) });
    await expect(store.writeBatch({ articles: [makeRecord(makeArticle('b', 'Text b.'), 's')], clusterer: emptyClusterer(0) })).rejects.toThrow(
      InputError,
    );
    await store.close();
  });

  it('finds copy candidates by shared keys, most shared first', async () => {
    const store = openStore(temp.file('keys.db'), { create: true });
    await store.writeBatch({
      articles: [
        makeRecord(makeArticle('a', 'Text a.'), 's', undefined, ['x:1', 'b0:7', 'b1:8']),
        makeRecord(makeArticle('b', 'Text b.'), 's', undefined, ['x:2', 'b0:7']),
        makeRecord(makeArticle('c', 'Text c.'), 't', undefined, ['x:3']),
      ],
      clusterer: emptyClusterer(0),
    });
    expect(await store.copyCandidates(keyNumbers(['b0:7', 'b1:8']), 10)).toEqual([
      { id: 'a', shared: 2 },
      { id: 'b', shared: 1 },
    ]);
    expect(await store.copyCandidates(keyNumbers(['b0:7', 'b1:8']), 1)).toEqual([{ id: 'a', shared: 2 }]);
    expect(await store.copyCandidates(keyNumbers(['x:9']), 10)).toEqual([]);
    expect(await store.copyCandidates(keyNumbers([]), 10)).toEqual([]);
    expect(await store.storyArticleIds('s', 10)).toEqual(['b', 'a']);
    await store.close();
  });

  it('answers story members and reprint sources from what it wrote, and sees what another connection wrote', async () => {
    const file = temp.file('cache.db');
    const one = openStore(file, { create: true });
    const other = openStore(file);
    const reprint = (id: string, sources: string[]) => ({ kind: 'reprint' as const, sources: sources.map((article, i) => ({ article, share: 1 - i / 10 })) });
    await one.writeBatch({ articles: [makeRecord(makeArticle('a', 'Text a.'), 's'), makeRecord(makeArticle('b', 'Text b.'), 's', reprint('b', ['a']))], clusterer: emptyClusterer(0) });
    expect(await one.storyArticleIds('s', 1)).toEqual(['b']);
    expect(await one.reprintSources(['a', 'b'])).toEqual(new Map([['b', ['a']]]));
    await one.writeBatch({ articles: [makeRecord(makeArticle('c', 'Text c.'), 's', reprint('c', ['a', 'b']))], clusterer: emptyClusterer(1) });
    expect(await one.storyArticleIds('s', 10)).toEqual(['c', 'b', 'a']);
    expect(await one.reprintSources(['c'])).toEqual(new Map([['c', ['a', 'b']]]));
    await other.writeBatch({ articles: [makeRecord(makeArticle('d', 'Text d.'), 's', reprint('d', ['c']))], clusterer: emptyClusterer(2) });
    expect(await one.storyArticleIds('s', 2)).toEqual(['d', 'c']);
    expect(await one.reprintSources(['d'])).toEqual(new Map([['d', ['c']]]));
    await other.close();
    await one.close();
  });

  it('holding the writer lock, answers lookups from what it knew when it loaded the clusterer and what it wrote since', async () => {
    const file = temp.file('locked-cache.db');
    const one = openStore(file, { create: true });
    const other = openStore(file);
    const reprint = (sources: string[]) => ({ kind: 'reprint' as const, sources: sources.map((article) => ({ article, share: 1 })) });
    await other.writeBatch({ articles: [makeRecord(makeArticle('a', 'Text a.'), 's')], clusterer: emptyClusterer(0) });
    let lock = await one.lockWriter('test ingest');
    expect((await one.loadClusterer())?.generation).toBe(1);
    expect(await one.storyArticleIds('s', 10)).toEqual(['a']);
    await one.writeBatch({ articles: [makeRecord(makeArticle('b', 'Text b.'), 's', reprint(['a']))], clusterer: emptyClusterer(1) });
    expect(await one.storyArticleIds('s', 10)).toEqual(['b', 'a']);
    expect(await one.reprintSources(['b'])).toEqual(new Map([['b', ['a']]]));
    await lock.release();
    const otherLock = await other.lockWriter('test ingest');
    await other.writeBatch({ articles: [makeRecord(makeArticle('c', 'Text c.'), 's', reprint(['b']))], clusterer: emptyClusterer(2) });
    await otherLock.release();
    lock = await one.lockWriter('test ingest');
    expect((await one.loadClusterer())?.generation).toBe(3);
    expect(await one.storyArticleIds('s', 10)).toEqual(['c', 'b', 'a']);
    expect(await one.reprintSources(['c'])).toEqual(new Map([['c', ['b']]]));
    await lock.release();
    await other.close();
    await one.close();
  });

  it('looks for copies among the most recent copyWindow articles, including those another connection wrote', async () => {
    const file = temp.file('window.db');
    const reader = openStore(file, { create: true, copyWindow: 2 });
    const writer = openStore(file, { copyWindow: 2 });
    const record = (id: string) => makeRecord(makeArticle(id, `Text ${id}.`), 's', undefined, ['w0:shared', `w1:${id}`]);
    await writer.writeBatch({ articles: [record('a'), record('b')], clusterer: emptyClusterer(0) });
    const ids = async (store: typeof reader, keys: string[]) => (await store.copyCandidates(keyNumbers(keys), 10)).map(({ id }) => id);
    expect(await ids(reader, ['w0:shared'])).toEqual(['b', 'a']);
    await writer.writeBatch({ articles: [record('c')], clusterer: emptyClusterer(1) });
    expect(await ids(reader, ['w0:shared'])).toEqual(['c', 'b']);
    expect(await ids(reader, ['w1:a'])).toEqual([]);
    await writer.close();
    await reader.close();
    const reopened = openStore(file, { copyWindow: 2 });
    expect(await ids(reopened, ['w0:shared', 'w1:b'])).toEqual(['b', 'c']);
    await reopened.close();
  });

  it('indexes the copy keys of its own batches as a fresh connection reads them back from the table', async () => {
    const file = temp.file('own-batches.db');
    const writer = openStore(file, { create: true, copyWindow: 3 });
    const other = openStore(file, { copyWindow: 3 });
    const record = (id: string, band: number) => makeRecord(makeArticle(id, `Text ${id}.`), 's', undefined, [`x:${id}`, `w0:${band % 2}`, `w1:${band % 3}`]);
    const keys = ['w0:0', 'w0:1', 'w1:0', 'w1:1', 'w1:2', 'x:a', 'x:d', 'x:g'];
    const answers = async (store: typeof writer) => Promise.all(keys.map((key) => store.copyCandidates(keyNumbers([key, 'w0:0']), 10)));
    expect(await writer.copyCandidates(keyNumbers(['w0:0']), 10)).toEqual([]);
    const ids = 'abcdefg';
    for (let batch = 0; batch < 4; batch++) {
      const articles = [...ids.slice(2 * batch, 2 * batch + 2)].map((id) => record(id, ids.indexOf(id)));
      if (batch === 2) await other.writeBatch({ articles, clusterer: emptyClusterer(batch) });
      else await writer.writeBatch({ articles, clusterer: emptyClusterer(batch) });
      const fresh = openStore(file, { copyWindow: 3 });
      expect(await answers(writer)).toEqual(await answers(fresh));
      await fresh.close();
    }
    await other.close();
    await writer.close();
  });

  it('names a story by its best-ranked headline, the earliest of those: a later title beats an earlier cut opening, in a batch or across batches', async () => {
    const store = openStore(temp.file('headlines.db'), { create: true });
    const record = (id: string, story: string, day: string, headline: string, headlineRank: number) => ({
      ...makeRecord(makeArticle(id, `Report ${id} on the flood.`, { published: day }), story),
      headline,
      headlineRank,
    });
    await store.writeBatch({ articles: [record('a1', 'A', '2026-03-14', 'Sometime last summer…', 0), record('a2', 'A', '2026-03-15', 'Flood hits Brenmouth', 2), record('b1', 'B', '2026-03-14', 'The river rose.', 1)], clusterer: emptyClusterer(0) });
    await store.writeBatch({ articles: [record('a3', 'A', '2026-03-13', 'Rain warning for Brenmouth', 2), record('b2', 'B', '2026-03-13', 'Rain fell all night on the hills above…', 0)], clusterer: emptyClusterer(1) });
    const headlines = Object.fromEntries((await store.listStories(10)).map((story) => [story.id, story.headline]));
    expect(headlines).toEqual({ A: 'Rain warning for Brenmouth', B: 'The river rose.' });
    await store.close();
  });

  it('keeps stories: size, outlets, first and last seen, earliest headline, version; derives the original', async () => {
    const store = openStore(temp.file('stories.db'), { create: true });
    const origin = makeArticle('origin', 'The dam failed.', { outlet: 'Harbor Daily', title: 'Dam fails', published: '2026-03-14' });
    const reprint = makeArticle('reprint', 'The dam failed. Photo: Agencies', { outlet: 'Lakeshore', title: 'Dam fails (wire)', published: '2026-03-14T09:00:00Z' });
    const other = makeArticle('other', 'The river rose.', { outlet: 'Trevik Herald', title: 'River rises', published: '2026-03-22' });
    await store.writeBatch({ articles: [makeRecord(reprint, 'A', { kind: 'reprint', sources: [] }), makeRecord(other, 'B')], clusterer: emptyClusterer(0) });
    const late = makeArticle('late', 'Update on the dam.', { outlet: 'Lakeshore', published: '2026-03-15' });
    await store.writeBatch({
      articles: [makeRecord(origin, 'A'), makeRecord(late, 'A', { kind: 'rewrite', sources: [{ article: 'origin', share: 0.6 }, { article: 'gone', share: 0.1 }] })],
      clusterer: emptyClusterer(1),
    });
    const stories = await store.listStories(10);
    expect(stories.map((story) => story.id)).toEqual(['B', 'A']);
    expect(stories[1]).toEqual({ id: 'A', headline: 'Dam fails', size: 3, outlets: 2, firstSeen: '2026-03-14', lastSeen: '2026-03-15', firstPublished: '2026-03-14', lastPublished: '2026-03-15', version: 2 });
    const detail = (await store.story('A'))!;
    expect(detail.articles.map((article) => [article.id, article.verdict])).toEqual([
      ['origin', 'original'],
      ['reprint', 'reprint'],
      ['late', 'rewrite'],
    ]);
    expect(detail.copies).toEqual([{ article: 'late', source: 'origin', kind: 'rewrite', share: 0.6 }]);
    expect((await store.storyArticles('A')).map((article) => article.id)).toEqual(['origin', 'reprint', 'late']);
    expect(await store.story('nope')).toBeUndefined();
    expect(await store.storyHead('A')).toEqual({ story: detail.story, related: detail.related });
    expect(await store.storyHead('nope')).toBeUndefined();
    await store.close();
  });

  it('keeps the dates its articles give apart from the ingest time of an undated one: in the list, the story and its related stories', async () => {
    const store = openStore(temp.file('undated.db'), { create: true });
    const dated = makeRecord(makeArticle('dated', 'The dam failed.', { published: '2026-03-14T09:00:00Z' }), 'A');
    const undated = makeRecord(makeArticle('undated', 'The dam failed, a blog said.'), 'A');
    const alone = makeRecord(makeArticle('alone', 'A report with no date.'), 'B');
    await store.writeBatch({ articles: [dated, undated, { ...alone, story: { ...alone.story, related: [{ story: 'A', similarity: 0.5 }] } }], clusterer: emptyClusterer(0) });
    const rows = Object.fromEntries((await store.listStories(10)).map((row) => [row.id, row]));
    expect(rows.A).toMatchObject({ firstSeen: '2026-03-14T09:00:00Z', firstPublished: '2026-03-14T09:00:00Z', lastPublished: '2026-03-14T09:00:00Z' });
    expect(rows.A.lastSeen > '2026-03-15').toBe(true);
    expect(rows.B).toMatchObject({ firstPublished: null, lastPublished: null });
    expect((await store.storyHead('A'))!.story).toEqual(rows.A);
    expect((await store.storyHead('A'))!.related[0]).toMatchObject({ id: 'B', firstPublished: null, lastPublished: null });
    await store.close();
  });

  it('links related stories both ways, keeping the highest similarity and counting the articles that came near', async () => {
    const store = openStore(temp.file('related.db'), { create: true });
    const record = (id: string, story: string, related: { story: string; similarity: number }[]) => {
      const made = makeRecord(makeArticle(id, `Report ${id}.`, { published: `2026-03-1${id.length}` }), story);
      return { ...made, story: { ...made.story, related } };
    };
    await store.writeBatch({ articles: [record('a', 'A', []), record('bb', 'B', [{ story: 'A', similarity: 0.42 }])], clusterer: emptyClusterer(0) });
    await store.writeBatch({ articles: [record('ccc', 'B', [{ story: 'A', similarity: 0.47 }]), record('dddd', 'C', [{ story: 'B', similarity: 0.41 }])], clusterer: emptyClusterer(1) });
    const related = async (id: string) => (await store.story(id))!.related.map((row) => [row.id, row.similarity, row.links, row.size]);
    expect(await related('A')).toEqual([['B', 0.47, 2, 2]]);
    expect(await related('B')).toEqual([['A', 0.47, 2, 1], ['C', 0.41, 1, 1]]);
    expect(await related('C')).toEqual([['B', 0.41, 1, 2]]);
    expect((await store.story('C'))!.related[0]).toMatchObject({ id: 'B', headline: null, firstSeen: '2026-03-12', lastSeen: '2026-03-13' });
    expect((await store.storyHead('B'))!.related).toEqual((await store.story('B'))!.related);
    await store.close();
  });

  it('reads back the related stories an article named, most similar first: none for an article that named none or an unknown id, none left once their story is emptied', async () => {
    const store = openStore(temp.file('article-related.db'), { create: true });
    const record = (id: string, story: string, related: { story: string; similarity: number }[]) => {
      const made = makeRecord(makeArticle(id, `Report ${id}.`), story);
      return { ...made, story: { ...made.story, related } };
    };
    await store.writeBatch({ articles: [record('a', 'A', []), record('b', 'B', [])], clusterer: emptyClusterer(0) });
    await store.writeBatch({ articles: [record('c', 'C', [{ story: 'A', similarity: 0.31 }, { story: 'B', similarity: 0.44 }])], clusterer: emptyClusterer(1) });
    expect(await store.articleRelated('c')).toEqual([{ story: 'B', similarity: 0.44 }, { story: 'A', similarity: 0.31 }]);
    expect(await store.articleRelated('a')).toEqual([]);
    expect(await store.articleRelated('no such article')).toEqual([]);
    await store.removeArticles({ ids: ['b'], tombstones: false, keptVersions: 0, verdicts: new Map(), headlines: new Map(), clusterer: undefined });
    expect(await store.articleRelated('c')).toEqual([{ story: 'A', similarity: 0.31 }]);
    await store.close();
  });

  it('saves the clusterer state, rewriting only the stories named as changed and adding only the keys counted since, and restores it exactly', async () => {
    const store = openStore(temp.file('clusterer.db'), { create: true });
    const clusterer = new StoryClusterer({ retireAfterArticles: 5, keepRetired: 12 });
    const profile = (i: number) => ({ id: `p${i}`, terms: new Map([[`topic${i % 40}`, 2], ['common', 1]]), entities: new Map([[`place${i % 40}`, 1]]) });
    let generation = 0;
    let next = 0;
    let saved = clusterer.countedKeys();
    for (const size of [30, 50, 60]) {
      const changedStories = new Set<string>();
      for (const end = next + size; next < end; next++) {
        const assignment = clusterer.add(profile(next));
        changedStories.add(assignment.story);
        for (const retired of assignment.retired) changedStories.add(retired.id);
      }
      await store.writeBatch({ articles: [], clusterer: { changes: clusterer.changes(changedStories, saved), generation } });
      saved = clusterer.countedKeys();
      generation += 1;
      expect(await store.loadClusterer()).toEqual({ state: JSON.parse(JSON.stringify(clusterer.toJSON())), generation });
    }
    expect(clusterer.toJSON().retired.length).toBe(12);
    const changes = clusterer.changes(new Set(), saved);
    await expect(store.writeBatch({ articles: [], clusterer: { changes: { ...changes, active: changes.active + 1 }, generation } })).rejects.toThrow(
      /tidings: expected the clusterer's changes to name every story changed/,
    );
    await expect(store.writeBatch({ articles: [], clusterer: { changes: clusterer.changes(new Set(), { terms: 0, entities: 0 }), generation } })).rejects.toThrow(
      /tidings: expected the clusterer's changes to follow the last save \(41 terms saved, 0 before the added ones\)/,
    );
    expect(await store.loadClusterer()).toEqual({ state: JSON.parse(JSON.stringify(clusterer.toJSON())), generation });
    await store.close();
  });

  it('saves a removal made in place as changes: stories made again or emptied, retired snapshots trimmed or dropped, keys counted down to none kept in place', async () => {
    const store = openStore(temp.file('clusterer-removal.db'), { create: true });
    const clusterer = new StoryClusterer({ retireAfterArticles: 5, keepRetired: 50 });
    /** Three topics and some lone reports, retired at the 128th arrival; then three other topics, active. */
    const topic = (i: number) => (i < 64 ? (i % 5 === 4 ? `lone${i}` : `old${i % 3}`) : `new${i % 3}`);
    const profile = (i: number) => ({ id: `p${i}`, terms: new Map([[`${topic(i)}a`, 2], [`${topic(i)}b`, 1]]), entities: new Map([[`${topic(i)}e`, 1]]) });
    const profiles = Array.from({ length: 140 }, (_, i) => profile(i));
    const changed = new Set<string>();
    for (const item of profiles) {
      const assignment = clusterer.add(item);
      changed.add(assignment.story);
      for (const retired of assignment.retired) changed.add(retired.id);
    }
    await store.writeBatch({ articles: [], clusterer: { changes: clusterer.changes(changed, { terms: 0, entities: 0 }), generation: 0 } });
    const saved = clusterer.countedKeys();
    const state = clusterer.toJSON();
    const [shared, alone] = [state.retired.find((story) => story.size > 1)!, state.retired.find((story) => topic(Number(story.articles[0].slice(1))).startsWith('lone'))!];
    const [active] = state.stories;
    const removed = [shared.articles[0], alone.articles[0], active.articles[0]];
    const kept = clusterer.membersKept(new Set(removed));
    const removal = clusterer.remove({ removed: profiles.filter((item) => removed.includes(item.id)), members: new Map(profiles.filter((item) => kept.includes(item.id)).map((item) => [item.id, item])) });
    expect([...removal].sort()).toEqual([shared.id, alone.id, active.id].sort());
    await store.writeBatch({ articles: [], clusterer: { changes: clusterer.changes(removal, saved), generation: 1 } });
    const loaded = (await store.loadClusterer())!;
    expect(loaded).toEqual({ state: JSON.parse(JSON.stringify(clusterer.toJSON())), generation: 2 });
    expect(loaded.state.retired.map((story) => story.id)).toEqual(state.retired.map((story) => story.id).filter((id) => id !== alone.id));
    const lone = `${topic(Number(alone.articles[0].slice(1)))}a`;
    expect(loaded.state.stats.terms.find(([key]) => key === lone)).toEqual([lone, 0]);
    await store.close();
  });

  it('keeps each verdict with its matches (verdict format 2), readable as copy detection made it', async () => {
    const file = temp.file('verdicts.db');
    const store = openStore(file, { create: true });
    const matches = [{ sentence: 0, source: { article: 'a', sentence: 0, span: { start: 0, end: 14 } }, similarity: 1, verbatim: true }];
    const verdict = { article: 'b', kind: 'reprint' as const, sources: [{ article: 'a', share: 1, matches }] };
    await store.writeBatch({ articles: [makeRecord(makeArticle('a', 'Flood waters rose.'), 's'), makeRecord(makeArticle('b', 'Flood waters rose!'), 's', verdict)], clusterer: emptyClusterer(0) });
    await store.close();
    const db = new Database(file, { readonly: true });
    const stored = db.prepare("SELECT verdict FROM copies JOIN articles a ON a.rowid = copies.article WHERE a.id = 'b'").pluck().get() as string;
    db.close();
    expect(decodeVerdict('b', stored, file)).toEqual(verdict);
  });

  it('saves a batch\'s new clusterer keys each at its position and spelled as counted', async () => {
    const store = openStore(temp.file('clusterer-keys.db'), { create: true });
    const clusterer = new StoryClusterer();
    const saved = clusterer.countedKeys();
    const spellings = ['term', 'café', '仓库', '𠀋字', 'a"b', 'back\\slash', "o'brien", '#1.5'];
    const count = 130;
    for (let i = 0; i < count; i++) clusterer.add({ id: `p${i}`, terms: new Map([[`${spellings[i % spellings.length]}${i}`, 1]]), entities: new Map([[`place${i % 3}`, 1]]) });
    const changes = clusterer.changes(new Set(clusterer.toJSON().stories.map((story) => story.id)), saved);
    expect(changes.terms.added).toHaveLength(count);
    await store.writeBatch({ articles: [], clusterer: { changes, generation: 0 } });
    expect(await store.loadClusterer()).toEqual({ state: JSON.parse(JSON.stringify(clusterer.toJSON())), generation: 1 });
    await store.close();
  });
});
