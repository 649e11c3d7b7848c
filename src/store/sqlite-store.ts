/**
 * The embedded store: one SQLite file (better-sqlite3, WAL). Bound parameters
 * only; lists are bound as one JSON array read back with `json_each`.
 */
import type { Article } from '../article.js';
import { InputError } from '../errors.js';
import type { Summary } from '../summarize/types.js';
import { decodeArticle, decodeValue, encodeArticle, encodeValue } from './codec.js';
import { openDatabase, type OpenDatabaseOptions, type SqliteDatabase } from './sqlite-open.js';
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
  private readonly statements;

  constructor(
    private readonly db: SqliteDatabase,
    readonly location: string,
  ) {
    const sql = (text: string) => db.prepare(text);
    this.statements = {
      storedIds: sql('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))').pluck(),
      storedHashes: sql('SELECT hash FROM articles WHERE hash IN (SELECT value FROM json_each(?))').pluck(),
      candidates: sql(`SELECT a.id FROM copy_keys k JOIN articles a ON a.rowid = k.article
        WHERE k.key IN (SELECT value FROM json_each(?)) GROUP BY k.article ORDER BY count(*) DESC, k.article DESC LIMIT ?`).pluck(),
      articles: sql('SELECT text, article FROM articles WHERE id IN (SELECT value FROM json_each(?))'),
      storyArticleIds: sql(`SELECT a.id FROM story_articles sa JOIN articles a ON a.rowid = sa.article
        WHERE sa.story = ? ORDER BY sa.article DESC LIMIT ?`).pluck(),
      storyArticles: sql(`SELECT a.text, a.article FROM story_articles sa JOIN articles a ON a.rowid = sa.article
        WHERE sa.story = ? ORDER BY a.seen, a.rowid`),
      clusterer: sql('SELECT generation, state FROM clusterer WHERE id = 1'),
      saveClusterer: sql(`INSERT INTO clusterer (id, generation, state) VALUES (1, ?, ?)
        ON CONFLICT (id) DO UPDATE SET generation = excluded.generation, state = excluded.state`),
      insertArticle: sql(`INSERT INTO articles (id, hash, outlet, title, url, published, seen, input, text, article)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertCopyKey: sql('INSERT OR IGNORE INTO copy_keys (key, article) VALUES (?, ?)'),
      insertCopy: sql('INSERT INTO copies (article, kind, verdict) VALUES (?, ?, ?)'),
      rowidOf: sql('SELECT rowid FROM articles WHERE id = ?').pluck(),
      insertCopySource: sql('INSERT OR IGNORE INTO copy_sources (article, source, share) VALUES (?, ?, ?)'),
      insertMember: sql('INSERT INTO story_articles (article, story, similarity) VALUES (?, ?, ?)'),
      growStory: sql(`INSERT INTO stories (id, headline, size, outlets, headline_seen, first_seen, last_seen, version) VALUES (?, ?, ?, 0, ?, ?, ?, 1)
        ON CONFLICT (id) DO UPDATE SET
          headline = CASE WHEN excluded.headline IS NOT NULL AND (stories.headline IS NULL OR excluded.headline_seen < stories.headline_seen)
            THEN excluded.headline ELSE stories.headline END,
          headline_seen = CASE WHEN excluded.headline IS NOT NULL AND (stories.headline IS NULL OR excluded.headline_seen < stories.headline_seen)
            THEN excluded.headline_seen ELSE stories.headline_seen END,
          size = stories.size + excluded.size,
          first_seen = min(stories.first_seen, excluded.first_seen),
          last_seen = max(stories.last_seen, excluded.last_seen),
          version = stories.version + 1`),
      countOutlets: sql(`UPDATE stories SET outlets = (SELECT count(DISTINCT a.outlet) FROM story_articles sa
        JOIN articles a ON a.rowid = sa.article WHERE sa.story = ?1) WHERE id = ?1`),
      listStories: sql('SELECT * FROM stories ORDER BY last_seen DESC, rowid DESC LIMIT ?'),
      summary: sql('SELECT summary FROM summaries WHERE story = ? AND version = ?').pluck(),
      saveSummary: sql(`INSERT INTO summaries (story, version, summary) VALUES (?, ?, ?)
        ON CONFLICT (story) DO UPDATE SET version = excluded.version, summary = excluded.summary`),
      search: sql(`SELECT a.id, a.title, a.outlet, a.published, sa.story, snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet
        FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid LEFT JOIN story_articles sa ON sa.article = a.rowid
        WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`),
      counts: sql('SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM stories) AS stories'),
    };
  }

  async stored(keys: readonly { id: string; hash: string }[]): Promise<StoredKeys> {
    const s = this.statements;
    return {
      ids: new Set(s.storedIds.all(JSON.stringify(keys.map((key) => key.id))) as string[]),
      hashes: new Set(s.storedHashes.all(JSON.stringify(keys.map((key) => key.hash))) as string[]),
    };
  }

  async copyCandidates(keys: readonly string[], limit: number): Promise<string[]> {
    if (keys.length === 0) return [];
    return this.statements.candidates.all(JSON.stringify(keys), limit) as string[];
  }

  async articles(ids: readonly string[]): Promise<Article[]> {
    if (ids.length === 0) return [];
    return this.decodeRows(this.statements.articles.all(JSON.stringify(ids)));
  }

  async storyArticleIds(story: string, limit: number): Promise<string[]> {
    return this.statements.storyArticleIds.all(story, limit) as string[];
  }

  async storyArticles(id: string): Promise<Article[]> {
    return this.decodeRows(this.statements.storyArticles.all(id));
  }

  async loadClusterer(): Promise<ClustererRecord | undefined> {
    const row = this.statements.clusterer.get() as { generation: number; state: string } | undefined;
    if (!row) return undefined;
    return { generation: row.generation, state: decodeValue('clusterer', row.state, this.location) };
  }

  async writeBatch(batch: IngestBatch): Promise<void> {
    this.writeBatchNow(batch);
  }

  /** One transaction: the articles, their keys, verdicts and memberships, the stories they grow, the clusterer. */
  private readonly writeBatchNow = (batch: IngestBatch): void => {
    const s = this.statements;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const row = s.clusterer.get() as { generation: number } | undefined;
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
        s.growStory.run(story.id, story.headline, story.size, story.headlineSeen, story.firstSeen, story.lastSeen);
        s.countOutlets.run(story.id);
      }
      s.saveClusterer.run(batch.clusterer.generation + 1, encodeValue('clusterer', batch.clusterer.state));
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  };

  private insertArticle(record: ArticleRecord, seen: string): void {
    const s = this.statements;
    const { article } = record;
    const rowid = s.insertArticle.run(
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
    for (const key of record.copyKeys) s.insertCopyKey.run(key, rowid);
    s.insertCopy.run(rowid, record.verdict.kind, encodeValue('verdict', record.verdict));
    for (const source of record.verdict.sources) {
      const sourceRowid = s.rowidOf.get(source.article);
      if (sourceRowid !== undefined) s.insertCopySource.run(rowid, sourceRowid, source.share);
    }
    s.insertMember.run(rowid, record.story.id, record.story.similarity);
  }

  async listStories(limit: number): Promise<StoryRow[]> {
    return (this.statements.listStories.all(limit) as StoryRowSql[]).map(storyRow);
  }

  async story(id: string): Promise<StoryDetail | undefined> {
    return storyDetail(this.db, id);
  }

  async cachedSummary(story: string, version: number): Promise<Summary | undefined> {
    const json = this.statements.summary.get(story, version) as string | undefined;
    return json === undefined ? undefined : decodeValue<Summary>('summary', json, this.location);
  }

  async saveSummary(story: string, version: number, summary: Summary): Promise<void> {
    this.statements.saveSummary.run(story, version, encodeValue('summary', summary));
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (match === undefined) throw new InputError(JSON.stringify(query), '', 'the search holds no word to look for');
    return this.statements.search.all(match, limit) as SearchHit[];
  }

  async counts(): Promise<StoreCounts> {
    return this.statements.counts.get() as StoreCounts;
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
