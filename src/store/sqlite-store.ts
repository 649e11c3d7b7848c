/**
 * The embedded store: one SQLite file (better-sqlite3, WAL), running the
 * statements of `sqlite-statements.ts`.
 */
import type { Article } from '../article.js';
import { InputError } from '../errors.js';
import type { Summary } from '../summarize/types.js';
import { decodeArticle, decodeValue, encodeArticle, encodeValue } from './codec.js';
import { openDatabase, type OpenDatabaseOptions, type SqliteDatabase } from './sqlite-open.js';

type Statement = ReturnType<SqliteDatabase['prepare']>;
import { PLUCKED, STATEMENTS, type StatementName } from './sqlite-statements.js';
import { storyDetail, storyRow, type StoryRowSql } from './sqlite-story.js';
import { ftsQuery } from './sqlite-search.js';
import type { ArticleRecord, ClustererRecord, IngestBatch, SearchHit, Store, StoreCounts, StoredKeys, StoryDetail, StoryRow } from './types.js';

/** What one batch adds to one story. */
interface StoryGrowth {
  id: string;
  size: number;
  firstSeen: string;
  lastSeen: string;
  headline: string | null;
  /** Date of the article the headline is taken from. */
  headlineSeen: string;
}

export function openSqliteStore(file: string, options: OpenDatabaseOptions): Store {
  return new SqliteStore(openDatabase(file, options), file);
}

class SqliteStore implements Store {
  private readonly prepared = new Map<StatementName, Statement>();

  constructor(
    private readonly db: SqliteDatabase,
    readonly location: string,
  ) {}

  /** The named statement, prepared on first use (an old schema lacks the tables of later features). */
  private sql(name: StatementName): Statement {
    let statement = this.prepared.get(name);
    if (!statement) {
      statement = this.db.prepare(STATEMENTS[name]);
      if (PLUCKED.has(name)) statement.pluck();
      this.prepared.set(name, statement);
    }
    return statement;
  }

  async stored(keys: readonly { id: string; hash: string }[]): Promise<StoredKeys> {
    return {
      ids: new Set(this.sql('storedIds').all(JSON.stringify(keys.map((key) => key.id))) as string[]),
      hashes: new Set(this.sql('storedHashes').all(JSON.stringify(keys.map((key) => key.hash))) as string[]),
    };
  }

  async copyCandidates(keys: readonly string[], limit: number): Promise<string[]> {
    if (keys.length === 0) return [];
    return this.sql('candidates').all(JSON.stringify(keys), limit) as string[];
  }

  async articles(ids: readonly string[]): Promise<Article[]> {
    if (ids.length === 0) return [];
    return this.decodeRows(this.sql('articles').all(JSON.stringify(ids)));
  }

  async storyArticleIds(story: string, limit: number): Promise<string[]> {
    return this.sql('storyArticleIds').all(story, limit) as string[];
  }

  async storyArticles(id: string): Promise<Article[]> {
    return this.decodeRows(this.sql('storyArticles').all(id));
  }

  async loadClusterer(): Promise<ClustererRecord | undefined> {
    const row = this.sql('clusterer').get() as { generation: number; state: string } | undefined;
    if (!row) return undefined;
    return { generation: row.generation, state: decodeValue('clusterer', row.state, this.location) };
  }

  async writeBatch(batch: IngestBatch): Promise<void> {
    this.writeBatchNow(batch);
  }

  /** One transaction: the articles, their keys, verdicts and memberships, the stories they grow, the clusterer. */
  private readonly writeBatchNow = (batch: IngestBatch): void => {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const row = this.sql('clusterer').get() as { generation: number } | undefined;
      if ((row?.generation ?? 0) !== batch.clusterer.generation) {
        throw new InputError(this.location, '', 'another ingest wrote to this database meanwhile; run one ingest at a time');
      }
      const ingested = new Date().toISOString();
      const growth = new Map<string, StoryGrowth>();
      for (const record of batch.articles) {
        const seen = record.article.published ?? ingested;
        this.insertArticle(record, seen);
        grow(growth, record, seen);
      }
      for (const story of growth.values()) {
        this.sql('growStory').run(story.id, story.headline, story.size, story.headlineSeen, story.firstSeen, story.lastSeen);
        this.sql('countOutlets').run({ story: story.id });
      }
      this.sql('saveClusterer').run(batch.clusterer.generation + 1, encodeValue('clusterer', batch.clusterer.state));
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  };

  private insertArticle(record: ArticleRecord, seen: string): void {
    const { article } = record;
    const rowid = this.sql('insertArticle').run(
      article.id,
      record.hash,
      article.outlet ?? null,
      article.title ?? null,
      article.url ?? null,
      article.published ?? null,
      seen,
      article.origin.input,
      article.text,
      encodeArticle(article),
    ).lastInsertRowid;
    for (const key of record.copyKeys) this.sql('insertCopyKey').run(key, rowid);
    this.sql('insertCopy').run(rowid, record.verdict.kind, encodeValue('verdict', record.verdict));
    for (const source of record.verdict.sources) {
      const sourceRowid = this.sql('rowidOf').get(source.article);
      if (sourceRowid !== undefined) this.sql('insertCopySource').run(rowid, sourceRowid, source.share);
    }
    this.sql('insertMember').run(rowid, record.story.id, record.story.similarity);
  }

  async listStories(limit: number): Promise<StoryRow[]> {
    return (this.sql('listStories').all(limit) as StoryRowSql[]).map(storyRow);
  }

  async story(id: string): Promise<StoryDetail | undefined> {
    return storyDetail(this.db, id);
  }

  async cachedSummary(story: string, version: number): Promise<Summary | undefined> {
    const json = this.sql('summary').get(story, version) as string | undefined;
    return json === undefined ? undefined : decodeValue<Summary>('summary', json, this.location);
  }

  async saveSummary(story: string, version: number, summary: Summary): Promise<void> {
    this.sql('saveSummary').run(story, version, encodeValue('summary', summary));
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (match === undefined) throw new InputError(JSON.stringify(query), '', 'the search holds no word to look for');
    return this.sql('search').all(match, limit) as SearchHit[];
  }

  async counts(): Promise<StoreCounts> {
    return this.sql('counts').get() as StoreCounts;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private decodeRows(rows: unknown[]): Article[] {
    return (rows as { text: string; article: string }[]).map((row) => decodeArticle(row.text, row.article, this.location));
  }
}

function grow(growth: Map<string, StoryGrowth>, record: ArticleRecord, seen: string): void {
  const title = record.article.title ?? null;
  const story = growth.get(record.story.id);
  if (!story) {
    growth.set(record.story.id, { id: record.story.id, size: 1, firstSeen: seen, lastSeen: seen, headline: title, headlineSeen: seen });
    return;
  }
  story.size += 1;
  if (title !== null && (story.headline === null || seen < story.headlineSeen)) {
    story.headline = title;
    story.headlineSeen = seen;
  }
  if (seen < story.firstSeen) story.firstSeen = seen;
  if (seen > story.lastSeen) story.lastSeen = seen;
}
