/**
 * The embedded store: one SQLite file (better-sqlite3, WAL), running the
 * statements of `sqlite-statements.ts`.
 */
import type { Article } from '../article.js';
import { WriteConflictError } from '../errors.js';
import type { ArticleAnalysis } from '../facts/analysis.js';
import type { StoryReport } from '../facts/report.js';
import type { CopiedSentences } from '../quotes/copied.js';
import type { Summary } from '../summarize/types.js';
import type { RelatedStory } from '../stories/index.js';
import { CopyKeyIndex } from './copy-key-index.js';
import { WriteCache } from './write-cache.js';
import { decodeArticle } from './codec.js';
import { decodeClusterer, decodeRetired, decodeStory, type StoredStory } from './clusterer-codec.js';
import { saveClusterer } from './sqlite-clusterer.js';
import { writeBatchRows, type Fingerprint } from './sqlite-write.js';
import { databaseFiles, openDatabase, type OpenDatabaseOptions, type SqliteDatabase } from './sqlite-open.js';
import { preparedStatements, type Statements } from './sqlite-statements.js';
import { cachedAnalyses, cachedCopiedSentences, cachedValue, saveAnalyses, saveCachedValue, saveCopiedSentences } from './sqlite-caches.js';
import { OutletRows } from './sqlite-outlets.js';
import { headlineSources, storyDetail, storyHead, storyRow, type StoryRowSql } from './sqlite-story.js';
import { searchHits, searchStories } from './sqlite-search.js';
import { removalPlan, writeRemoval } from './sqlite-remove.js';
import { articleVersions } from './sqlite-versions.js';
import { replacedTexts, storedDates, storedKeys, storedTitles } from './sqlite-stored.js';
import { WriterLockRow } from './writer-lock.js';
import type { ArticleRemoval, ArticleVersion, ClustererRecord, ExportedArticle, HeadlineSources, IngestBatch, KeySharingArticle, LockWriterOptions, OutletRow, RemovalPlan, SearchHit, Store, StoreCounts, StoredKeys, StoryDetail, StoryHead, StoryHeadline, StoryListOptions, StoryRow, WriterLock } from './types.js';

/**
 * The write cache holds this many copy windows of entries: the copy
 * candidates come from the whole window, and each answer learned by a query
 * takes the place of the oldest written one, so a cache of one window lost
 * the window's oldest articles, the most asked for in a stream of replays
 * (the 100,000 replay asked nothing until the cache filled at 62,000
 * articles, then up to 1.8 reprint queries an arrival).
 */
const WRITE_CACHE_WINDOWS = 2;

export interface SqliteStoreOptions extends OpenDatabaseOptions {
  /** Copy candidates are found among the most recent this many articles. */
  copyWindow: number;
}

export function openSqliteStore(file: string, options: SqliteStoreOptions): Store {
  return new SqliteStore(openDatabase(file, options), file, options.copyWindow);
}

class SqliteStore implements Store {
  /** Each named statement of `sqlite-statements.ts`, prepared on first use; the helpers the store calls take it too. */
  private readonly sql: Statements;
  /** Loaded on the first search for copy candidates, then kept up to date from the table. */
  private index: CopyKeyIndex | undefined;
  /** Fingerprints were stored since the index last read them, by this connection or another. */
  private indexStale = false;
  /** `PRAGMA data_version` when last checked: it changes when another connection commits. */
  private dataVersion = 0;
  private readonly cache: WriteCache;
  private readonly outletRows: OutletRows;
  readonly files: readonly string[];
  private readonly writer: WriterLockRow;

  constructor(
    private readonly db: SqliteDatabase,
    readonly location: string,
    private readonly copyWindow: number,
  ) {
    this.sql = preparedStatements(db);
    this.cache = new WriteCache(WRITE_CACHE_WINDOWS * copyWindow);
    this.outletRows = new OutletRows(db, this.sql);
    this.files = databaseFiles(location);
    this.writer = new WriterLockRow(db, location);
  }

  async lockWriter(command: string, options?: Partial<LockWriterOptions>): Promise<WriterLock> {
    return this.writer.take(command, options);
  }

  /** Forgets what the write cache knows when another connection has committed since the last check. */
  private checkOthers(): void {
    const version = this.sql('dataVersion').get() as number;
    if (version === this.dataVersion) return;
    this.dataVersion = version;
    this.indexStale = true;
    this.cache.clear();
  }

  /**
   * `checkOthers` before an ingest's lookups, unless this store holds the
   * writer lock: then no other Tidings process writes articles (one that
   * took over a lock judged abandoned makes this store's next write fail, as
   * any batch saved meanwhile does: `checkGeneration`), so the check, a read
   * transaction of its own (some 8 µs, half of it file locking in the
   * kernel), is left to `loadClusterer` (or `clustererGeneration`, which an
   * ingest taking up its session's clusterer reads instead) and `writeBatch`.
   */
  private checkOthersUnlessWriting(): void {
    if (!this.writer.holding) this.checkOthers();
  }

  async stored(keys: readonly { id: string; hash: string }[]): Promise<StoredKeys> {
    return storedKeys(this.sql, keys);
  }

  async storedTitles(ids: readonly string[]): Promise<Map<string, { hash: string; title: string | undefined }>> {
    return storedTitles(this.sql, ids);
  }

  async storedDates(ids: readonly string[]): Promise<Map<string, Pick<Article, 'outlet' | 'published'>>> {
    return storedDates(this.sql, ids);
  }

  async replacedTexts(keys: readonly { id: string; hash: string }[]): Promise<Set<string>> {
    return replacedTexts(this.sql, keys);
  }

  async setStoryHeadline(story: string, headline: StoryHeadline): Promise<void> {
    this.sql('setStoryHeadline').run({ story, ...headline });
  }

  async headlineChecks(): Promise<string[]> {
    return this.sql('headlineChecks').all() as string[];
  }

  async headlinesChecked(stories: readonly string[]): Promise<void> {
    if (stories.length > 0) this.sql('headlinesChecked').run(JSON.stringify(stories));
  }

  async headlineSources(story: string): Promise<HeadlineSources | undefined> {
    return headlineSources(this.db, story);
  }

  async removalPlan(ids: readonly string[]): Promise<RemovalPlan> {
    return removalPlan(this.sql, ids, this.location);
  }

  /**
   * One transaction: the clusterer's state (whole, in place of the saved one, or its changes), then the rows (`writeRemoval`).
   * A takedown's deleted content is overwritten (`secure_delete`), and the write-ahead log, which still
   * holds the pages as they were, is checkpointed and emptied when no reader holds it (waiting up to the
   * busy timeout; `logKeepsText` when one still did). An update's replaced text (no tombstones) is
   * overwritten where that costs no more writes (`secure_delete = FAST`: in pages that stay in use).
   */
  async removeArticles(removal: ArticleRemoval): Promise<{ logKeepsText: boolean }> {
    const secure = this.db.pragma('secure_delete', { simple: true });
    this.db.pragma(`secure_delete = ${removal.tombstones ? 'ON' : 'FAST'}`);
    this.db.exec('BEGIN IMMEDIATE');
    try {
      this.writer.checkWriter();
      if (removal.clusterer !== undefined) {
        this.checkGeneration(removal.clusterer.generation);
        if (removal.clusterer.whole) for (const name of ['emptyClustererKeys', 'emptyClustererStories', 'emptyClustererRetired'] as const) this.sql(name).run();
        saveClusterer(this.sql, removal.clusterer);
      }
      const rows = writeRemoval(this.sql, removal, new Date().toISOString());
      this.db.exec('COMMIT');
      this.index?.remove(rows);
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.index = undefined;
      this.indexStale = false;
      throw error;
    } finally {
      this.db.pragma(`secure_delete = ${secure === 1 ? 'ON' : secure === 2 ? 'FAST' : 'OFF'}`);
      this.cache.clear();
    }
    if (!removal.tombstones) return { logKeepsText: false };
    const [checkpoint] = this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    return { logKeepsText: checkpoint?.busy === 1 };
  }

  async articleVersions(ids: readonly string[]): Promise<Map<string, ArticleVersion[]>> {
    return articleVersions(this.sql, ids, this.location);
  }

  async forgetRemoved(ids: readonly string[]): Promise<string[]> {
    return this.sql('forgetRemoved').all(JSON.stringify(ids)) as string[];
  }

  /** Throws a `WriteConflictError` unless the saved clusterer is at `generation`: else another ingest wrote meanwhile. */
  private checkGeneration(generation: number): void {
    if ((this.savedGeneration() ?? 0) !== generation) throw new WriteConflictError(this.location, '', 'another ingest wrote to this database meanwhile; run one ingest at a time');
  }

  private savedGeneration(): number | undefined {
    return this.sql('clustererGeneration').get() as number | undefined;
  }

  async copyCandidates(keys: ArrayLike<number>, limit: number): Promise<KeySharingArticle[]> {
    if (keys.length === 0) return [];
    this.checkOthersUnlessWriting();
    return this.copyIndex()
      .candidates(keys, limit)
      .flatMap(({ value: row, shared }) => {
        const id = this.cache.idOfRow(row, () => this.sql('idOfRow').get(row) as string | undefined);
        return id === undefined ? [] : [{ id, shared }];
      });
  }

  /**
   * The in-memory index of the window's copy keys, with every fingerprint
   * stored since it was last read: by this connection (after a commit) or by
   * another (`PRAGMA data_version` changes).
   */
  private copyIndex(): CopyKeyIndex {
    if (this.index === undefined) {
      this.index = new CopyKeyIndex(this.copyWindow);
      const start = this.sql('windowStart').get(this.copyWindow - 1) as number | undefined;
      this.readFingerprints(start === undefined ? 0 : start - 1);
    } else if (this.indexStale) {
      this.readFingerprints(this.index.newest);
    }
    this.indexStale = false;
    return this.index;
  }

  private readFingerprints(after: number): void {
    for (const row of this.sql('fingerprintsAfter').iterate(after) as IterableIterator<{ article: number; keys: Uint8Array }>) {
      this.index!.add(row.article, new Float64Array(new Uint8Array(row.keys).buffer));
    }
  }

  async reprintSources(ids: readonly string[]): Promise<Map<string, string[]>> {
    const sources = new Map<string, string[]>();
    if (ids.length === 0) return sources;
    this.checkOthersUnlessWriting();
    for (const id of ids) {
      const found = this.cache.reprintSources(id, () => this.sql('reprintSources').all(id) as string[]);
      if (found.length > 0) sources.set(id, [...found]);
    }
    return sources;
  }

  async copySources(ids: readonly string[]): Promise<Map<string, string[]>> {
    return new Map(ids.map((id) => [id, this.sql('copySources').all(id) as string[]] as const).filter(([, found]) => found.length > 0));
  }

  async storiesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const stories = ids.map((id) => [id, this.sql('storyOfArticle').get(id) as string | undefined] as const);
    return new Map(stories.filter((pair): pair is readonly [string, string] => pair[1] !== undefined));
  }

  async reprintsOf(id: string, limit: number): Promise<string[]> {
    return this.sql('reprintsOf').all(id, limit) as string[];
  }

  async articles(ids: readonly string[]): Promise<Article[]> {
    if (ids.length === 0) return [];
    return this.decodeRows(this.sql('articles').all(JSON.stringify(ids)));
  }

  async storyArticleIds(story: string, limit: number): Promise<string[]> {
    this.checkOthersUnlessWriting();
    return this.cache.storyNewest(story, limit, (count) => this.sql('storyArticleIds').all(story, count) as string[]);
  }

  async articleRelated(id: string): Promise<RelatedStory[]> {
    this.checkOthersUnlessWriting();
    return this.sql('articleRelated').all(id) as RelatedStory[];
  }

  async storyArticles(id: string): Promise<Article[]> {
    return this.decodeRows(this.sql('storyArticles').all(id));
  }

  async *exportArticles(story?: string): AsyncIterable<ExportedArticle> {
    const rows = story === undefined ? this.sql('exportArticles').iterate() : this.sql('exportStory').iterate(story);
    for (const row of rows as IterableIterator<{ text: string; article: string; story: string | null }>) {
      yield { article: decodeArticle(row.text, row.article, this.location), story: row.story };
    }
  }

  async clustererGeneration(): Promise<number | undefined> {
    this.checkOthers();
    return this.savedGeneration();
  }

  async loadClusterer(): Promise<ClustererRecord | undefined> {
    this.checkOthers();
    const row = this.sql('clusterer').get() as { generation: number; state: string } | undefined;
    if (!row) return undefined;
    const stories = (this.sql('clustererStories').all() as StoredStory[]).map((stored) => decodeStory(stored, this.location));
    const keys = { terms: this.sql('clustererKeys').all('terms') as string[], entities: this.sql('clustererKeys').all('entities') as string[] };
    const retired = (this.sql('clustererRetired').all() as string[]).map((snapshot) => decodeRetired(snapshot, this.location));
    return { generation: row.generation, state: decodeClusterer(row.state, keys, stories, retired, this.location) };
  }

  /** One transaction: the articles, their keys, verdicts and memberships, the stories they grow, the clusterer (`writeBatchRows`). */
  async writeBatch(batch: IngestBatch): Promise<void> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      this.checkOthers();
      this.writer.checkWriter();
      this.checkGeneration(batch.clusterer.generation);
      const { written, fingerprints, retraced } = writeBatchRows(this.sql, batch, new Date().toISOString());
      this.db.exec('COMMIT');
      this.indexWritten(fingerprints);
      this.cache.written(written);
      for (const [id, verdict] of retraced) this.cache.traced(id, verdict.kind === 'reprint' ? verdict.sources.map((source) => source.article) : []);
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /**
   * Adds a committed batch's fingerprints to the copy-key index as
   * `readFingerprints` would read them back, when the index held every
   * earlier one (no other connection committed since it was read, which
   * `writeBatch` checked inside its transaction); else marks it stale.
   */
  private indexWritten(fingerprints: readonly Fingerprint[]): void {
    const index = this.index;
    if (index === undefined || this.indexStale || (fingerprints.length > 0 && fingerprints[0].article <= index.newest)) {
      this.indexStale = true;
      return;
    }
    for (const { article, keys } of fingerprints) index.add(article, keys);
  }

  async listStories(limit: number, { offset = 0, only }: StoryListOptions = {}): Promise<StoryRow[]> {
    const rows = only === undefined ? this.sql('listStories').all(limit, offset) : this.sql('listStoriesOf').all(JSON.stringify([...only]), limit, offset);
    return (rows as StoryRowSql[]).map(storyRow);
  }

  async outletStories(outlet: string): Promise<Set<string>> {
    return new Set(this.sql('outletStories').all(outlet) as string[]);
  }

  async outlets(limit: number): Promise<OutletRow[]> {
    return this.outletRows.rows(limit);
  }

  async story(id: string): Promise<StoryDetail | undefined> {
    return storyDetail(this.db, id);
  }

  async storyHead(id: string): Promise<StoryHead | undefined> {
    return storyHead(this.db, id);
  }

  async cachedSummary(story: string, version: number, revision: number): Promise<Summary | undefined> {
    return cachedValue<Summary>(this.sql, 'summary', { story, version, revision }, this.location);
  }

  async saveSummary(story: string, version: number, revision: number, summary: Summary): Promise<void> {
    saveCachedValue(this.sql, 'summary', { story, version, revision }, summary);
  }

  async cachedReport(story: string, version: number, revision: number): Promise<StoryReport | undefined> {
    return cachedValue<StoryReport>(this.sql, 'report', { story, version, revision }, this.location);
  }

  async saveReport(story: string, version: number, revision: number, report: StoryReport): Promise<void> {
    saveCachedValue(this.sql, 'report', { story, version, revision }, report);
  }

  async cachedAnalyses(ids: readonly string[], revision: number): Promise<Map<string, ArticleAnalysis>> {
    return cachedAnalyses(this.sql, ids, revision, this.location);
  }

  async saveAnalyses(revision: number, analyses: ReadonlyMap<string, ArticleAnalysis>): Promise<void> {
    this.db.transaction(() => saveAnalyses(this.sql, revision, analyses))();
  }

  async cachedCopiedSentences(articles: readonly string[], revision: number): Promise<CopiedSentences[]> {
    return cachedCopiedSentences(this.sql, articles, revision, this.location);
  }

  async saveCopiedSentences(revision: number, copies: readonly CopiedSentences[]): Promise<void> {
    this.db.transaction(() => saveCopiedSentences(this.sql, revision, copies))();
  }

  async search(query: string, limit: number, offset = 0): Promise<SearchHit[]> {
    return searchHits(this.sql, this.location, query, limit, offset);
  }

  async searchStories(query: string, limit: number): Promise<Set<string>> {
    return searchStories(this.sql, query, limit);
  }

  async counts(): Promise<StoreCounts> {
    return this.sql('counts').get() as StoreCounts;
  }

  async close(): Promise<void> {
    this.writer.release();
    if (this.db.open) this.db.close();
  }

  private decodeRows(rows: unknown[]): Article[] {
    return (rows as { text: string; article: string }[]).map((row) => decodeArticle(row.text, row.article, this.location));
  }
}
