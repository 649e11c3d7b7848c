/**
 * Every statement the SQLite store runs, by name. Bound parameters only;
 * lists are bound as one JSON array read back with `json_each`.
 */
import type { SqliteDatabase } from './sqlite-open.js';
import { instantSql } from './sql-instant.js';
import { OUTLET_COUNT_STATEMENTS } from './sqlite-outlet-counts.js';
import { ARTICLES_IN_ORDER, LATEST_STORIES_FIRST, STORY_COLUMNS } from './sqlite-story.js';

/** A batch's headline for a story replaces the stored one: better ranked, or as good and from an earlier article. */
const BETTER_HEADLINE = `excluded.headline IS NOT NULL AND (stories.headline IS NULL OR excluded.headline_rank > stories.headline_rank
  OR (excluded.headline_rank = stories.headline_rank AND ${instantSql('excluded.headline_seen')} < ${instantSql('stories.headline_seen')}))`;

export const STATEMENTS = {
  ...OUTLET_COUNT_STATEMENTS,
  storedIds: 'SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))',
  storedHashes: 'SELECT hash, id FROM articles WHERE hash IN (SELECT value FROM json_each(?))',
  storedTitles: 'SELECT id, hash, title FROM articles WHERE id IN (SELECT value FROM json_each(?))',
  storedDates: 'SELECT id, outlet, published FROM articles WHERE id IN (SELECT value FROM json_each(?))',
  idOfRow: 'SELECT id FROM articles WHERE rowid = ?',
  removedIds: 'SELECT id, removed FROM removed_articles WHERE id IN (SELECT value FROM json_each(?))',
  removedHashes: 'SELECT hash, removed FROM removed_articles WHERE hash IN (SELECT value FROM json_each(?))',
  removalFound: `SELECT a.id, sa.story, sa.similarity FROM articles a LEFT JOIN story_articles sa ON sa.article = a.rowid
    WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.rowid`,
  removalCopies: `SELECT a.id, sa.story, (SELECT json_group_array(s.id) FROM copy_sources x JOIN articles s ON s.rowid = x.source WHERE x.article = a.rowid) AS sources
    FROM articles a LEFT JOIN story_articles sa ON sa.article = a.rowid
    WHERE a.rowid IN (SELECT cs.article FROM copy_sources cs JOIN articles r ON r.rowid = cs.source WHERE r.id IN (SELECT value FROM json_each(@ids)))
      AND a.id NOT IN (SELECT value FROM json_each(@ids))
    ORDER BY a.rowid`,
  removalLeftovers: `SELECT k.value AS id,
      (SELECT json_group_array(r.hash) FROM replaced_texts r WHERE r.id = k.value) AS hashes,
      v.text, v.article
    FROM json_each(?) k LEFT JOIN article_versions v ON v.seq = (SELECT max(seq) FROM article_versions WHERE id = k.value)
    WHERE k.value NOT IN (SELECT id FROM articles)
      AND (k.value IN (SELECT id FROM replaced_texts) OR k.value IN (SELECT id FROM article_versions))`,
  articleToRemove: 'SELECT a.rowid, a.hash, a.outlet, sa.story FROM articles a LEFT JOIN story_articles sa ON sa.article = a.rowid WHERE a.id = ?',
  addTombstone: `INSERT INTO removed_articles (id, hash, removed) VALUES (?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, removed = excluded.removed`,
  forgetRemoved: 'DELETE FROM removed_articles WHERE id IN (SELECT value FROM json_each(?)) RETURNING id',
  addReplacedText: 'INSERT OR IGNORE INTO replaced_texts (id, hash) VALUES (?, ?)',
  forgetReplacedTexts: 'DELETE FROM replaced_texts WHERE id = ?',
  replacedTexts: `SELECT r.id FROM json_each(?) k JOIN replaced_texts r
    ON r.id = json_extract(k.value, '$.id') AND r.hash = json_extract(k.value, '$.hash')`,
  keepVersion: `INSERT INTO article_versions (id, replaced, text, article)
    SELECT id, ?, text, article FROM articles WHERE rowid = ?`,
  dropOldVersions: `DELETE FROM article_versions WHERE id = @id
    AND seq NOT IN (SELECT seq FROM article_versions WHERE id = @id ORDER BY seq DESC LIMIT @kept)`,
  forgetVersions: 'DELETE FROM article_versions WHERE id = ?',
  keepEmptiedVersion: 'INSERT OR REPLACE INTO emptied_stories (id, version) SELECT id, version FROM stories WHERE id = ?',
  continueStory: `UPDATE stories SET version = version + (SELECT e.version FROM emptied_stories e WHERE e.id = stories.id)
    WHERE id = ? AND id IN (SELECT id FROM emptied_stories)`,
  forgetEmptied: 'DELETE FROM emptied_stories WHERE id = ?',
  articleVersions: `SELECT id, replaced, text, article FROM article_versions
    WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id, seq`,
  deleteCopySources: 'DELETE FROM copy_sources WHERE article = ?',
  deleteCopiesFrom: 'DELETE FROM copy_sources WHERE source = ?',
  deleteCopy: 'DELETE FROM copies WHERE article = ?',
  deleteFingerprint: 'DELETE FROM copy_fingerprints WHERE article = ?',
  deleteMember: 'DELETE FROM story_articles WHERE article = ?',
  deleteArticle: 'DELETE FROM articles WHERE rowid = ?',
  storyOfArticle: 'SELECT sa.story FROM articles a JOIN story_articles sa ON sa.article = a.rowid WHERE a.id = ?',
  updateCopy: 'UPDATE copies SET kind = ?, verdict = ? WHERE article = ?',
  storyMembers: `SELECT a.id, a.title, a.seen, a.published FROM story_articles sa JOIN articles a ON a.rowid = sa.article
    WHERE sa.story = ? ORDER BY a.rowid`,
  remakeStory: `UPDATE stories SET headline = ?, headline_rank = ?, headline_seen = ?, size = ?, first_seen = ?, last_seen = ?,
      first_published = ?, last_published = ?, version = version + 1
    WHERE id = ?`,
  bumpStory: 'UPDATE stories SET version = version + 1 WHERE id = ?',
  setStoryHeadline: 'UPDATE stories SET headline = @headline, headline_rank = @headlineRank, headline_seen = @headlineSeen WHERE id = @story',
  addHeadlineCheck: 'INSERT OR IGNORE INTO headline_checks (story) VALUES (?)',
  headlineChecks: 'SELECT story FROM headline_checks ORDER BY story',
  headlinesChecked: 'DELETE FROM headline_checks WHERE story IN (SELECT value FROM json_each(?))',
  deleteStory: 'DELETE FROM stories WHERE id = ?',
  deleteStoryLinks: 'DELETE FROM story_links WHERE story = @story OR other = @story',
  deleteLinksTo: 'DELETE FROM article_links WHERE other = ?',
  linkArticle: 'INSERT OR IGNORE INTO article_links (article, story, other, similarity) VALUES (?, ?, ?, ?)',
  articleLinks: 'SELECT story, other FROM article_links WHERE article = ?',
  deleteArticleLinks: 'DELETE FROM article_links WHERE article = ?',
  unlinkStories: `UPDATE story_links SET articles = articles - 1,
      similarity = coalesce((SELECT max(l.similarity) FROM article_links l WHERE (l.story = @story AND l.other = @other) OR (l.story = @other AND l.other = @story)), similarity)
    WHERE (story = @story AND other = @other) OR (story = @other AND other = @story)`,
  dropUnlinked: 'DELETE FROM story_links WHERE articles <= 0 AND ((story = @story AND other = @other) OR (story = @other AND other = @story))',
  deleteSummary: 'DELETE FROM summaries WHERE story = ?',
  deleteReport: 'DELETE FROM reports WHERE story = ?',
  emptyClustererKeys: 'DELETE FROM clusterer_keys',
  emptyClustererStories: 'DELETE FROM clusterer_stories',
  emptyClustererRetired: 'DELETE FROM clusterer_retired',
  dataVersion: 'PRAGMA data_version',
  totalChanges: 'SELECT total_changes()',
  fingerprintsAfter: 'SELECT article, keys FROM copy_fingerprints WHERE article > ? ORDER BY article',
  windowStart: 'SELECT article FROM copy_fingerprints ORDER BY article DESC LIMIT 1 OFFSET ?',
  reprintSources: `SELECT s.id FROM articles a
    JOIN copies c ON c.article = a.rowid AND c.kind = 'reprint'
    JOIN copy_sources cs ON cs.article = a.rowid JOIN articles s ON s.rowid = cs.source
    WHERE a.id = ? ORDER BY cs.share DESC, cs.source`,
  copySources: `SELECT s.id FROM articles a
    JOIN copy_sources cs ON cs.article = a.rowid JOIN articles s ON s.rowid = cs.source
    WHERE a.id = ? ORDER BY cs.share DESC, cs.source`,
  reprintsOf: `SELECT a.id FROM articles s JOIN copy_sources cs ON cs.source = s.rowid
    JOIN copies c ON c.article = cs.article AND c.kind = 'reprint' JOIN articles a ON a.rowid = cs.article
    WHERE s.id = ? ORDER BY cs.article DESC LIMIT ?`,
  articles: 'SELECT text, article FROM articles WHERE id IN (SELECT value FROM json_each(?))',
  articleRelated: `SELECT l.other AS story, l.similarity FROM articles a JOIN article_links l ON l.article = a.rowid
    WHERE a.id = ? ORDER BY l.similarity DESC, l.other`,
  storyArticleIds: `SELECT a.id FROM story_articles sa JOIN articles a ON a.rowid = sa.article
    WHERE sa.story = ? ORDER BY sa.article DESC LIMIT ?`,
  storyArticles: `SELECT a.text, a.article FROM story_articles sa JOIN articles a ON a.rowid = sa.article
    WHERE sa.story = ? ORDER BY ${ARTICLES_IN_ORDER}`,
  outletStories: `SELECT DISTINCT sa.story FROM articles a JOIN story_articles sa ON sa.article = a.rowid
    WHERE a.outlet = ? COLLATE NOCASE`,
  exportArticles: `SELECT a.text, a.article, sa.story FROM articles a LEFT JOIN story_articles sa ON sa.article = a.rowid
    ORDER BY a.rowid`,
  exportStory: `SELECT a.text, a.article, sa.story FROM story_articles sa JOIN articles a ON a.rowid = sa.article
    WHERE sa.story = ? ORDER BY a.rowid`,
  clusterer: 'SELECT generation, state FROM clusterer WHERE id = 1',
  clustererGeneration: 'SELECT generation FROM clusterer WHERE id = 1',
  clustererStories: 'SELECT record, weights FROM clusterer_stories ORDER BY seq',
  saveClustererStory: `INSERT INTO clusterer_stories (id, record, weights) VALUES (?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET record = excluded.record, weights = excluded.weights`,
  clustererKeys: 'SELECT key FROM clusterer_keys WHERE kind = ? ORDER BY position',
  countClustererKeys: 'SELECT coalesce(max(position) + 1, 0) FROM clusterer_keys WHERE kind = ?',
  addClustererKeys: 'INSERT INTO clusterer_keys (kind, position, key) SELECT ?, ? + key, value FROM json_each(?)',
  clustererRetired: 'SELECT snapshot FROM clusterer_retired ORDER BY seq',
  addClustererRetired: 'INSERT INTO clusterer_retired (id, snapshot) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET snapshot = excluded.snapshot',
  deleteClustererRetired: 'DELETE FROM clusterer_retired WHERE id = ?',
  keepClustererRetired: `DELETE FROM clusterer_retired
    WHERE seq <= (SELECT seq FROM clusterer_retired ORDER BY seq DESC LIMIT 1 OFFSET ?)`,
  countClustererRetired: 'SELECT count(*) FROM clusterer_retired',
  deleteClustererStory: 'DELETE FROM clusterer_stories WHERE id = ?',
  countClustererStories: 'SELECT count(*) FROM clusterer_stories',
  saveClusterer: `INSERT INTO clusterer (id, generation, state) VALUES (1, ?, ?)
    ON CONFLICT (id) DO UPDATE SET generation = excluded.generation, state = excluded.state`,
  insertArticle: `INSERT INTO articles (id, hash, outlet, title, url, published, seen, input, text, article)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  indexArticle: 'INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)',
  insertFingerprint: 'INSERT INTO copy_fingerprints (article, keys) VALUES (?, ?)',
  insertCopy: 'INSERT INTO copies (article, kind, verdict) VALUES (?, ?, ?)',
  rowidOf: 'SELECT rowid FROM articles WHERE id = ?',
  insertCopySource: 'INSERT OR IGNORE INTO copy_sources (article, source, share) VALUES (?, ?, ?)',
  insertMember: 'INSERT INTO story_articles (article, story, similarity) VALUES (?, ?, ?)',
  growStory: `INSERT INTO stories (id, headline, headline_rank, size, outlets, headline_seen, first_seen, last_seen, first_published, last_published, version)
    VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, 1)
    ON CONFLICT (id) DO UPDATE SET
      headline = CASE WHEN ${BETTER_HEADLINE} THEN excluded.headline ELSE stories.headline END,
      headline_rank = CASE WHEN ${BETTER_HEADLINE} THEN excluded.headline_rank ELSE stories.headline_rank END,
      headline_seen = CASE WHEN ${BETTER_HEADLINE} THEN excluded.headline_seen ELSE stories.headline_seen END,
      size = stories.size + excluded.size,
      first_seen = CASE WHEN ${instantSql('excluded.first_seen')} < ${instantSql('stories.first_seen')} THEN excluded.first_seen ELSE stories.first_seen END,
      last_seen = CASE WHEN ${instantSql('excluded.last_seen')} > ${instantSql('stories.last_seen')} THEN excluded.last_seen ELSE stories.last_seen END,
      first_published = CASE WHEN stories.first_published IS NULL OR ${instantSql('excluded.first_published')} < ${instantSql('stories.first_published')}
        THEN coalesce(excluded.first_published, stories.first_published) ELSE stories.first_published END,
      last_published = CASE WHEN stories.last_published IS NULL OR ${instantSql('excluded.last_published')} >= ${instantSql('stories.last_published')}
        THEN coalesce(excluded.last_published, stories.last_published) ELSE stories.last_published END,
      version = stories.version + 1`,
  linkStories: `INSERT INTO story_links (story, other, similarity, articles) VALUES (?, ?, ?, 1)
    ON CONFLICT (story, other) DO UPDATE SET similarity = max(story_links.similarity, excluded.similarity), articles = story_links.articles + 1`,
  addStoryOutlet: `INSERT INTO story_outlets (story, outlet, articles) VALUES (?, ?, 1)
    ON CONFLICT (story, outlet) DO UPDATE SET articles = story_outlets.articles + 1`,
  takeStoryOutlet: 'UPDATE story_outlets SET articles = articles - 1 WHERE story = @story AND outlet = @outlet',
  dropStoryOutlet: 'DELETE FROM story_outlets WHERE story = @story AND outlet = @outlet AND articles <= 0',
  countOutlets: 'UPDATE stories SET outlets = (SELECT count(*) FROM story_outlets WHERE story = @story) WHERE id = @story',
  listStories: `SELECT ${STORY_COLUMNS} FROM stories s ORDER BY ${LATEST_STORIES_FIRST} LIMIT ? OFFSET ?`,
  // The page is chosen on the stories' rows alone, then only its rows get the dates read from their articles: sorting
  // with them computed every candidate's, so a filter letting every story through read every article of the store.
  listStoriesOf: `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.rowid IN (
      SELECT s.rowid FROM stories s WHERE s.id IN (SELECT value FROM json_each(?)) ORDER BY ${LATEST_STORIES_FIRST} LIMIT ? OFFSET ?)
    ORDER BY ${LATEST_STORIES_FIRST}`,
  summary: 'SELECT summary FROM summaries WHERE story = ? AND version = ? AND revision = ?',
  saveSummary: `INSERT INTO summaries (story, version, revision, summary) VALUES (?, ?, ?, ?)
    ON CONFLICT (story) DO UPDATE SET version = excluded.version, revision = excluded.revision, summary = excluded.summary`,
  report: 'SELECT report FROM reports WHERE story = ? AND version = ? AND revision = ?',
  saveReport: `INSERT INTO reports (story, version, revision, report) VALUES (?, ?, ?, ?)
    ON CONFLICT (story) DO UPDATE SET version = excluded.version, revision = excluded.revision, report = excluded.report`,
  analyses: `SELECT a.id, x.analysis FROM articles a JOIN article_analyses x ON x.article = a.rowid
    WHERE a.id IN (SELECT value FROM json_each(?)) AND x.revision = ?`,
  saveAnalysis: `INSERT INTO article_analyses (article, revision, analysis) SELECT rowid, ?, ? FROM articles WHERE id = ?
    ON CONFLICT (article) DO UPDATE SET revision = excluded.revision, analysis = excluded.analysis`,
  copiedSentences: `SELECT a.id AS article, s.id AS source, x.sentences FROM articles a JOIN copied_sentences x ON x.article = a.rowid
    JOIN articles s ON s.rowid = x.source WHERE a.id IN (SELECT value FROM json_each(?)) AND x.revision = ?`,
  saveCopiedSentences: `INSERT INTO copied_sentences (article, source, revision, sentences)
    SELECT a.rowid, s.rowid, ?, ? FROM articles a, articles s WHERE a.id = ? AND s.id = ?
    ON CONFLICT (article, source) DO UPDATE SET revision = excluded.revision, sentences = excluded.sentences`,
  counts: 'SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM stories) AS stories',
  searchHits: `SELECT a.id, a.title, a.outlet, a.published, sa.story, a.text, a.article
    FROM (SELECT rowid, rank FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?) hit
    JOIN articles a ON a.rowid = hit.rowid LEFT JOIN story_articles sa ON sa.article = a.rowid
    ORDER BY hit.rank, hit.rowid`,
  // The last stored matching articles, read from the end of the index and never ranked: ranking scored every match first.
  searchStories: `SELECT sa.story FROM articles_fts JOIN story_articles sa ON sa.article = articles_fts.rowid
    WHERE articles_fts MATCH ? ORDER BY articles_fts.rowid DESC LIMIT ?`,
} as const;

export type StatementName = keyof typeof STATEMENTS;
export type Statement = ReturnType<SqliteDatabase['prepare']>;
/** The store's prepared statement of each name (prepared on first use). */
export type Statements = (name: StatementName) => Statement;

/** Statements that return only their first column. */
export const PLUCKED: ReadonlySet<StatementName> = new Set(['dataVersion', 'totalChanges', 'clustererGeneration', 'clustererKeys', 'countClustererKeys', 'clustererRetired', 'countClustererRetired', 'countClustererStories', 'storedIds', 'replacedTexts', 'idOfRow', 'reprintSources', 'copySources', 'reprintsOf', 'windowStart', 'storyArticleIds', 'rowidOf', 'storyOfArticle', 'forgetRemoved', 'summary', 'report', 'outletStories', 'searchStories', 'headlineChecks', 'scopeCopies', 'scopeSources', 'lastArticleRow']);

/** The statements of a connection, each prepared on its first use (an old schema lacks the tables of later features). */
export function preparedStatements(db: SqliteDatabase): Statements {
  const prepared = new Map<StatementName, Statement>();
  return (name) => {
    let statement = prepared.get(name);
    if (!statement) {
      statement = db.prepare(STATEMENTS[name]);
      if (PLUCKED.has(name)) statement.pluck();
      prepared.set(name, statement);
    }
    return statement;
  };
}
