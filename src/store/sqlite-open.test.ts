import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { StoryClusterer } from '../stories/index.js';
import { APPLICATION_ID, asInputError, contentHash, ftsQuery, openStore, SCHEMA_VERSION } from './index.js';
import { NEW_PAGE_SIZE, openDatabase } from './sqlite-open.js';
import { writeAtVersion } from './test-support/old-version.js';
import { emptyClusterer, makeArticle, makeRecord, tempFolder } from './test-support/records.js';

const temp = tempFolder('tidings-open-');
afterAll(() => temp.remove());

function raw(file: string): Database.Database {
  return new Database(file);
}

/** The ids each query finds, sorted, read from the index with the query the store sends. */
function indexHits(db: Database.Database, queries: readonly string[]): string[][] {
  const hits = db.prepare('SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank').pluck();
  return queries.map((query) => (hits.all(ftsQuery(query)) as string[]).sort());
}

describe('opening a database file', () => {
  it('creates a new file in WAL mode at the current schema version', async () => {
    const file = temp.file('new.db');
    await openStore(file, { create: true }).close();
    const db = raw(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('gives a new file 16 KB pages, and a file made with 4 KB pages keeps them, its log checkpointed at the same size', async () => {
    const file = temp.file('pages.db');
    const created = openDatabase(file, { create: true, schemaVersion: SCHEMA_VERSION, busyTimeoutMs: 1000 });
    expect(created.pragma('page_size', { simple: true })).toBe(NEW_PAGE_SIZE);
    expect(created.pragma('wal_autocheckpoint', { simple: true })).toBe(2048);
    created.close();

    const old = raw(temp.file('old-pages.db'));
    old.pragma('page_size = 4096');
    old.exec('CREATE TABLE made_before (x)');
    old.exec('DROP TABLE made_before');
    old.close();
    const store = openStore(temp.file('old-pages.db'), { create: true });
    const lock = await store.lockWriter('test');
    await store.writeBatch({ articles: [makeRecord(makeArticle('kept', 'Water rose over the banks of the Sorrel.'), 's1')], clusterer: emptyClusterer(0) });
    await lock.release();
    await store.close();
    const reopened = openDatabase(temp.file('old-pages.db'), { create: false, schemaVersion: SCHEMA_VERSION, busyTimeoutMs: 1000 });
    expect(reopened.pragma('page_size', { simple: true })).toBe(4096);
    expect(reopened.pragma('wal_autocheckpoint', { simple: true })).toBe(8192);
    expect(reopened.prepare('SELECT id FROM articles').pluck().all()).toEqual(['kept']);
    reopened.close();
  });

  it('migrates a version 1 file, keeping its articles', async () => {
    const file = temp.file('v1.db');
    await writeAtVersion(file, 1, { articles: [makeRecord(makeArticle('kept', 'Water rose over the banks.'), 's1')], clusterer: emptyClusterer(0) });
    expect(() => raw(file).prepare('SELECT * FROM summaries')).toThrow(/no such table/);

    const store = openStore(file);
    const check = raw(file);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    check.close();
    expect((await store.articles(['kept']))[0].text).toBe('Water rose over the banks.');
    expect(await store.search('banks', 5)).toHaveLength(1);
    expect(await store.loadClusterer()).toEqual({ state: emptyClusterer(0).state, generation: 1 });
    const summary = { sentences: [], articles: ['kept'], length: { words: 0, bytes: 0, sentences: 0 } };
    await store.saveSummary('s1', 1, 1, summary);
    expect(await store.cachedSummary('s1', 1, 1)).toEqual(summary);
    await store.close();
  });

  it('migrates a version 2 file: its stories have no related links yet, its cached summaries are stale (version 4)', async () => {
    const file = temp.file('v2.db');
    await writeAtVersion(file, 2, { articles: [makeRecord(makeArticle('kept', 'Water rose over the banks.'), 's1')], clusterer: emptyClusterer(0) });
    const old = raw(file);
    old.prepare('INSERT INTO summaries (story, version, summary) VALUES (?, ?, ?)').run('s1', 1, '{"version":1,"value":{"sentences":[],"articles":["kept"]}}');
    old.close();

    const store = openStore(file);
    expect(await store.cachedSummary('s1', 1, 1)).toBeUndefined();
    expect((await store.story('s1'))?.related).toEqual([]);
    await store.close();
  });

  it('migrates a version 5 file: it gains the report cache, empty', async () => {
    const file = temp.file('v5.db');
    const v5 = openStore(file, { create: true, schemaVersion: 5 });
    await v5.close();
    const old = raw(file);
    expect(() => old.prepare('SELECT * FROM reports')).toThrow(/no such table/);
    old.close();
    const store = openStore(file);
    expect(await store.cachedReport('s1', 1, 1)).toBeUndefined();
    await store.saveReport('s1', 1, 1, { otherLanguages: [], unread: [], quotes: [], entities: [], spellings: [], facts: [], timeline: [] });
    expect(await store.cachedReport('s1', 1, 1)).toEqual({ otherLanguages: [], unread: [], quotes: [], entities: [], spellings: [], facts: [], timeline: [] });
    await store.close();
  });

  it('migrates a version 6 file: a stored title keeps naming its story, a cut opening gives way to a later title', async () => {
    const file = temp.file('v6.db');
    const cut = makeArticle('cut', 'Sometime in the summer of last year, long before the dam failed, a keeper painted the tower.', { published: '2026-03-14' });
    const titled = makeArticle('titled', 'The dam failed.', { title: 'Dam fails', published: '2026-03-14' });
    await writeAtVersion(file, 6, {
      articles: [{ ...makeRecord(cut, 'A'), headline: 'Sometime in the summer of last year…' }, makeRecord(titled, 'B')],
      clusterer: emptyClusterer(0),
    });
    const store = openStore(file);
    const later = (id: string, story: string, rank: number) => ({ ...makeRecord(makeArticle(id, `Crews closed road ${id} below the dam.`, { title: `Road closed (${id})`, published: '2026-03-15' }), story), headline: `Later ${id}`, headlineRank: rank });
    await store.writeBatch({ articles: [later('a2', 'A', 2), later('b2', 'B', 1)], clusterer: emptyClusterer(1) });
    const headlines = Object.fromEntries((await store.listStories(10)).map((story) => [story.id, story.headline]));
    expect(headlines).toEqual({ A: 'Later a2', B: 'Dam fails' });
    await store.close();
  });

  it('migrates a version 7 file: its clusterer state (format 1) is restored exactly, and later saves add to it', async () => {
    const file = temp.file('v7.db');
    await openStore(file, { create: true, schemaVersion: 7 }).close();
    const clusterer = new StoryClusterer({ retireAfterArticles: 4 });
    const profile = (i: number) => ({ id: `p${i}`, terms: new Map([[`topic${Math.floor(i / 10)}`, 2], [`kind${i % 3}`, 1]]), entities: new Map([[`place${i % 7}`, 1]]), lead: new Map([[`head${i % 3}`, 1]]) });
    for (let i = 0; i < 70; i++) clusterer.add(profile(i));
    const { stories, ...rest } = clusterer.toJSON();
    expect(rest.retired.length).toBeGreaterThan(0);
    const old = raw(file);
    old.prepare('INSERT INTO clusterer (id, generation, state) VALUES (1, 3, ?)').run(JSON.stringify({ version: 1, value: rest }));
    for (const story of stories) old.prepare('INSERT INTO clusterer_stories (id, record) VALUES (?, ?)').run(story.id, JSON.stringify({ version: 1, value: story }));
    old.close();

    const store = openStore(file);
    expect(await store.loadClusterer()).toEqual({ state: JSON.parse(JSON.stringify(clusterer.toJSON())), generation: 3 });
    let saved = clusterer.countedKeys();
    for (const [generation, from, to] of [[3, 70, 100], [4, 100, 130]]) {
      const later = new Set<string>();
      for (let i = from; i < to; i++) {
        const assignment = clusterer.add({ ...profile(i), terms: new Map([[`topic${Math.floor(i / 10)}`, 2], [`new${i}`, 1]]) });
        later.add(assignment.story);
        for (const retired of assignment.retired) later.add(retired.id);
      }
      if (generation === 3) expect(clusterer.toJSON().stories.some((story) => !later.has(story.id))).toBe(true);
      await store.writeBatch({ articles: [], clusterer: { changes: clusterer.changes(later, saved), generation } });
      saved = clusterer.countedKeys();
      expect(await store.loadClusterer()).toEqual({ state: JSON.parse(JSON.stringify(clusterer.toJSON())), generation: generation + 1 });
    }
    expect(clusterer.toJSON().retired.length).toBeGreaterThan(rest.retired.length);
    await store.close();
  });

  it('migrates a version 10 file: search reads each stored article\'s kept paragraphs, not the boilerplate cleaning removed', async () => {
    const file = temp.file('v10.db');
    const text = 'Water rose over the banks.\n\nRead more: Harbour fire destroys warehouse\n\nCrews built a levee.';
    const kept = [{ start: 0, end: 26 }, { start: 72, end: 92 }];
    await writeAtVersion(file, 10, { articles: [makeRecord(makeArticle('flood', text, { paragraphs: kept }), 's1')], clusterer: emptyClusterer(0) });
    const old = raw(file);
    expect(old.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'warehouse'").pluck().get()).toBe(1);
    old.close();

    const store = openStore(file);
    expect(await store.search('warehouse', 5)).toEqual([]);
    expect((await store.search('levee', 5)).map((hit) => [hit.id, hit.snippet])).toEqual([['flood', 'Water rose over the banks. Crews built a [levee].']]);
    await store.writeBatch({ articles: [makeRecord(makeArticle('fire', 'A warehouse burned.'), 's2')], clusterer: emptyClusterer(1) });
    expect((await store.search('warehouse', 5)).map((hit) => hit.id)).toEqual(['fire']);
    await store.close();
  });

  it('migrates a version 12 file: articles in Chinese, Japanese or Korean are indexed again by pairs of characters, the others searched as before', async () => {
    const file = temp.file('v12.db');
    const articles = [
      makeRecord(makeArticle('dam', 'The spillway gate of the Corrin Falls Dam failed.\n\nCrews evacuated 1,200 people.', { title: 'Dam gate fails' }), 's1'),
      makeRecord(makeArticle('fire', '澜江市东港区一座仓库周二凌晨起火。\n\nThe Apple仓库 was spared, crews said.', { title: '澜江仓库火灾' }), 's2'),
      makeRecord(makeArticle('quake', '南浜町で震度五弱の地震があった。'), 's3'),
    ];
    await writeAtVersion(file, 12, { articles, clusterer: emptyClusterer(0) });
    const latin = ['dam', 'evacuate', 'crews', 'gate fails', '"spillway gate"', 'evacu*', 'spared'];
    const old = raw(file);
    const before = indexHits(old, latin);
    old.close();
    expect(before[2]).toEqual(['dam', 'fire']);

    const store = openStore(file);
    const after = await Promise.all(latin.map(async (query) => (await store.search(query, 10)).map((hit) => hit.id).sort()));
    expect(after).toEqual(before);
    expect((await store.search('东港区', 5)).map((hit) => [hit.id, hit.snippet])).toEqual([['fire', '澜江市[东港区]一座仓库周二凌晨起火。 The Apple仓库 was spared, crews said.']]);
    expect((await store.search('震度', 5)).map((hit) => hit.id)).toEqual(['quake']);
    expect((await store.search('Apple', 5)).map((hit) => hit.id)).toEqual(['fire']);
    await store.close();
    const db = raw(file);
    db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
    expect(db.prepare('SELECT count(*) FROM articles_fts_docsize').pluck().get()).toBe(3);
    db.close();
  });

  it('migrates a version 12 file: a story\'s outlets are counted from its stored members, and later batches add theirs', async () => {
    const file = temp.file('v12-outlets.db');
    const article = (id: string, outlet?: string) => makeArticle(id, `Water rose over the banks at ${id}.`, outlet === undefined ? {} : { outlet });
    await writeAtVersion(file, 12, { articles: [makeRecord(article('a1', 'Harbor Daily'), 's1'), makeRecord(article('a2', 'Lakeshore'), 's1'), makeRecord(article('a3', 'Harbor Daily'), 's1'), makeRecord(article('b1'), 's2')], clusterer: emptyClusterer(0) });
    const store = openStore(file);
    const outlets = async () => Object.fromEntries((await store.listStories(10)).map((story) => [story.id, story.outlets]));
    expect(await outlets()).toEqual({ s1: 2, s2: 0 });
    await store.writeBatch({ articles: [makeRecord(article('a4', 'lakeshore'), 's1'), makeRecord(article('a5', 'Harbor Daily'), 's1'), makeRecord(article('b2', 'Trevik Herald'), 's2')], clusterer: emptyClusterer(1) });
    // "lakeshore" is Lakeshore's second article, as the outlets list counts it (migration 17).
    expect(await outlets()).toEqual({ s1: 2, s2: 1 });
    await store.close();
  });

  it('migrates a version 14 file: it knows no replaced text yet, and an update made after keeps the hash of the text it replaced', async () => {
    const file = temp.file('v14-replaced.db');
    await writeAtVersion(file, 14, { articles: [makeRecord(makeArticle('a1', 'The ferry left Skerrow at noon.'), 's1')], clusterer: emptyClusterer(0) });
    const store = openStore(file);
    const [stored] = await store.articles(['a1']);
    const key = { id: 'a1', hash: contentHash(stored) };
    expect(await store.replacedTexts([key])).toEqual(new Set());
    await store.removeArticles({ ids: ['a1'], tombstones: false, keptVersions: 0, verdicts: new Map(), headlines: new Map(), clusterer: undefined });
    expect(await store.replacedTexts([key, { id: 'a1', hash: 'other' }, { id: 'a2', hash: key.hash }])).toEqual(new Set(['a1']));
    await store.close();
  });

  it('migrates a version 15 file: an update made after keeps the text it replaced as an earlier version', async () => {
    const file = temp.file('v15-versions.db');
    await writeAtVersion(file, 15, { articles: [makeRecord(makeArticle('a1', 'The ferry left Skerrow at noon.'), 's1')], clusterer: emptyClusterer(0) });
    const store = openStore(file);
    expect(await store.articleVersions(['a1'])).toEqual(new Map());
    const [stored] = await store.articles(['a1']);
    await store.removeArticles({ ids: ['a1'], tombstones: false, keptVersions: 10, verdicts: new Map(), headlines: new Map(), clusterer: undefined });
    const versions = (await store.articleVersions(['a1', 'a2'])).get('a1')!;
    expect(versions.map((version) => version.article)).toEqual([stored]);
    expect(Date.parse(versions[0].replaced)).not.toBeNaN();
    await store.close();
  });

  it('migrates a version 19 file: its earlier versions lose the title and date columns never read, and are read as before', async () => {
    const file = temp.file('v19-versions.db');
    await writeAtVersion(file, 19, { articles: [makeRecord(makeArticle('a1', 'The ferry left Skerrow at noon.', { title: 'Ferry leaves', published: '2026-03-14T09:00:00Z' }), 's1')], clusterer: emptyClusterer(0) });
    // The text an update replaced, as Tidings 19 kept it: with copies of its title and dates.
    const v19 = raw(file);
    v19.prepare("INSERT INTO article_versions (id, replaced, title, published, text, article) SELECT id, '2026-03-15T08:00:00Z', title, published, text, article FROM articles").run();
    v19.close();
    const columns = () => {
      const db = raw(file);
      try {
        return db.prepare("SELECT name FROM pragma_table_info('article_versions')").pluck().all();
      } finally {
        db.close();
      }
    };
    expect(columns()).toContain('title');
    const store = openStore(file);
    const [stored] = await store.articles(['a1']);
    expect((await store.articleVersions(['a1'])).get('a1')!.map((version) => version.article)).toEqual([stored]);
    await store.close();
    expect(columns()).toEqual(['seq', 'id', 'replaced', 'text', 'article']);
  });

  it('refuses a missing file unless asked to create it', () => {
    expect(() => openStore(temp.file('missing.db'))).toThrow(InputError);
    expect(() => openStore(temp.file('missing.db'))).toThrow(/no Tidings database here/);
    expect(() => openStore(temp.file('no-such-folder/x.db'), { create: true })).toThrow(InputError);
  });

  it('refuses a folder, for reading and for writing, and leaves it empty', () => {
    const folder = temp.file('news.db');
    mkdirSync(folder);
    for (const create of [false, true]) expect(() => openStore(folder, { create })).toThrow(new InputError(folder, '', 'a folder, not a database file (--db names the file: news.db)'));
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a file that is not SQLite', () => {
    const file = temp.file('notes.db');
    writeFileSync(file, 'These are my notes, not a database. '.repeat(200));
    expect(() => openStore(file)).toThrow(/not a Tidings database \(not an SQLite file\)/);
  });

  it('refuses an SQLite file of another application, and leaves it untouched', () => {
    const file = temp.file('other.db');
    const db = raw(file);
    db.exec('CREATE TABLE contacts (name TEXT)');
    db.close();
    expect(() => openStore(file, { create: true })).toThrow(/not a Tidings database \(an SQLite file of another application\)/);
    const check = raw(file);
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    check.close();
  });

  it('refuses a file written by a newer Tidings', async () => {
    const file = temp.file('newer.db');
    await openStore(file, { create: true }).close();
    const db = raw(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openStore(file)).toThrow(new RegExp(`newer Tidings \\(schema version ${SCHEMA_VERSION + 1}; this one reads up to ${SCHEMA_VERSION}\\)`));
  });

  it('refuses a file of the development build whose first schema had copy_keys, and leaves it untouched', async () => {
    const file = temp.file('old-layout.db');
    await openStore(file, { create: true }).close();
    const db = raw(file);
    db.exec('DROP TABLE copy_fingerprints; CREATE TABLE copy_keys (key TEXT NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (key, article)) WITHOUT ROWID;');
    db.close();
    expect(() => openStore(file)).toThrow(InputError);
    expect(() => openStore(file)).toThrow(/development build of Tidings whose first schema had other tables \(copy_keys\); ingest into a new database file/);
    const after = raw(file);
    expect(after.prepare("SELECT name FROM sqlite_schema WHERE name = 'copy_keys'").pluck().get()).toBe('copy_keys');
    after.close();
  });

  it('rejects misuse', () => {
    expect(() => openStore('')).toThrow(TypeError);
    expect(() => openStore(temp.file('x.db'), { create: true, colour: 'red' } as never)).toThrow(/tidings: expected a openStore option/);
  });
});

describe('SQLite failures met while reading or writing', () => {
  /** The error SQLite gives when a write needs more room than the disk has (a page limit stands for a full disk). */
  function diskFullError(file: string): unknown {
    const db = raw(file);
    db.exec('CREATE TABLE t (x TEXT)');
    db.pragma('max_page_count = 4');
    try {
      for (;;) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(2000));
    } catch (error) {
      return error;
    } finally {
      db.close();
    }
  }

  it('a full disk is a one-line problem naming the file, not a stack trace', () => {
    const error = asInputError(diskFullError(temp.file('full.db')), 'news.db');
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('news.db: the disk is full: the write in progress was undone, what was stored before is kept; free some space and run it again');
  });

  it('an extended result code counts as its primary code: a read-only folder says so', () => {
    const folder = new Database.SqliteError('attempt to write a readonly database', 'SQLITE_READONLY_DIRECTORY');
    expect((asInputError(folder, 'archive/news.db') as InputError).message).toBe(
      'archive/news.db: cannot open it: its folder is read-only, and SQLite keeps its -wal and -shm files beside the database (copy it to a folder you can write to)',
    );
    const damaged = new Database.SqliteError('database disk image is malformed', 'SQLITE_CORRUPT_VTAB');
    expect((asInputError(damaged, 'news.db') as InputError).message).toBe('news.db: the database file is damaged');
    const unknown = new Database.SqliteError('constraint failed', 'SQLITE_CONSTRAINT_UNIQUE');
    expect(asInputError(unknown, 'news.db')).toBe(unknown);
  });
});
