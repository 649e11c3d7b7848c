/**
 * One story as stored: its row, its articles with their copy verdicts, and
 * who copied whom. `original` is derived here: an article some stored article
 * copied from, and that itself copied from nobody.
 */
import { instantSql } from './sql-instant.js';
import type { SqliteDatabase } from './sqlite-open.js';
import type { Statement } from './sqlite-statements.js';
import type { ArticleVerdict, CopyLink, HeadlineSources, RelatedStoryRow, StoryArticle, StoryDetail, StoryHead, StoryRow } from './types.js';

/** A story shows at most this many related stories. */
export const MAX_RELATED_STORIES = 8;

export interface StoryRowSql {
  id: string;
  headline: string | null;
  size: number;
  outlets: number;
  first_seen: string;
  last_seen: string;
  version: number;
  first_published: string | null;
  last_published: string | null;
}

/**
 * A story row's columns (`s`), with the first and last date its dated articles give (a live blog's first from its
 * earliest post, `articleSeen`, its last from its published date), each the earliest or latest instant as written: kept
 * on the row (migration 22) as `size` and `last_seen` are, since reading them from the articles read every article of
 * each story listed.
 */
export const STORY_COLUMNS = 's.*';

/**
 * Schema migration 22: the dates read once from the articles, as the story list read them before (each the
 * first or last instant, the first or last row of equal ones). Never edit it once released: add a migration.
 */
export const STORY_DATES = `
ALTER TABLE stories ADD COLUMN first_published TEXT;
ALTER TABLE stories ADD COLUMN last_published TEXT;
UPDATE stories SET
  first_published = (SELECT a.seen FROM story_articles sa JOIN articles a ON a.rowid = sa.article
    WHERE sa.story = stories.id AND a.published IS NOT NULL ORDER BY julianday(a.seen), a.rowid LIMIT 1),
  last_published = (SELECT a.published FROM story_articles sa JOIN articles a ON a.rowid = sa.article
    WHERE sa.story = stories.id AND a.published IS NOT NULL ORDER BY julianday(a.published) DESC, a.rowid DESC LIMIT 1);
`;

/** Stories in the order they are listed: the most recently told first (`stories_by_last_told` holds it). */
export const LATEST_STORIES_FIRST = `${instantSql('s.last_seen')} DESC, s.rowid DESC`;

/** A story's articles in the order they told it. */
export const ARTICLES_IN_ORDER = `${instantSql('a.seen')}, a.rowid`;

/** A row of `ARTICLES`: a `StoryArticle` whose verdict is still its copy kind and whether later articles copied it, its flags 0 or 1. */
interface StoryArticleSql extends Omit<StoryArticle, 'verdict' | 'revised'> {
  kind: ArticleVerdict | null;
  copied: number;
  revised: number;
}

const ARTICLES = `SELECT a.id, a.outlet, a.title, a.url, a.published, a.seen, a.input, sa.similarity, c.kind,
    EXISTS (SELECT 1 FROM copy_sources cs WHERE cs.source = a.rowid) AS copied,
    EXISTS (SELECT 1 FROM replaced_texts r WHERE r.id = a.id) AS revised
  FROM story_articles sa JOIN articles a ON a.rowid = sa.article LEFT JOIN copies c ON c.article = a.rowid
  WHERE sa.story = ? ORDER BY ${ARTICLES_IN_ORDER}`;

const COPIES = `SELECT a.id AS article, s.id AS source, c.kind, cs.share
  FROM story_articles sa
  JOIN copy_sources cs ON cs.article = sa.article
  JOIN copies c ON c.article = cs.article
  JOIN articles a ON a.rowid = cs.article
  JOIN articles s ON s.rowid = cs.source
  WHERE sa.story = ? ORDER BY ${ARTICLES_IN_ORDER}, cs.share DESC`;

const STORY = `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = ?`;

const RELATED = `SELECT ${STORY_COLUMNS}, l.similarity, l.articles AS links FROM story_links l JOIN stories s ON s.id = l.other
  WHERE l.story = ? ORDER BY l.similarity DESC, ${LATEST_STORIES_FIRST} LIMIT ${MAX_RELATED_STORIES}`;

/** This module's statements of each connection, each prepared on its first use: preparing `storyDetail`'s four cost as much as running them. */
const preparedByConnection = new WeakMap<SqliteDatabase, Map<string, Statement>>();

function prepared(db: SqliteDatabase, sql: string): Statement {
  let statements = preparedByConnection.get(db);
  if (statements === undefined) preparedByConnection.set(db, (statements = new Map()));
  let statement = statements.get(sql);
  if (statement === undefined) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
}

/** The story's row and related stories: what changes without its articles changing, read without them. */
export function storyHead(db: SqliteDatabase, id: string): StoryHead | undefined {
  const story = prepared(db, STORY).get(id) as StoryRowSql | undefined;
  if (story === undefined) return undefined;
  const related = (prepared(db, RELATED).all(id) as Array<StoryRowSql & { similarity: number; links: number }>).map(
    (row): RelatedStoryRow => ({ ...storyRow(row), similarity: row.similarity, links: row.links }),
  );
  return { story: storyRow(story), related };
}

const HEADLINE = 'SELECT headline, headline_seen FROM stories WHERE id = ?';

const MEMBERS = `SELECT a.id, a.title, a.published, a.seen FROM story_articles sa JOIN articles a ON a.rowid = sa.article
  WHERE sa.story = ? ORDER BY ${ARTICLES_IN_ORDER}`;

/** The story's headline and the articles it may come from, without what a view shows of them (`storyDetail`). */
export function headlineSources(db: SqliteDatabase, id: string): HeadlineSources | undefined {
  const row = prepared(db, HEADLINE).get(id) as { headline: string | null; headline_seen: string } | undefined;
  if (row === undefined) return undefined;
  const articles = prepared(db, MEMBERS).all(id) as HeadlineSources['articles'];
  return { headline: row.headline, headlineSeen: row.headline_seen, articles, copies: prepared(db, COPIES).all(id) as CopyLink[] };
}

export function storyDetail(db: SqliteDatabase, id: string): StoryDetail | undefined {
  const head = storyHead(db, id);
  if (head === undefined) return undefined;
  const articles = (prepared(db, ARTICLES).all(id) as StoryArticleSql[]).map(({ kind, copied, revised, ...row }) => ({
    ...row,
    verdict: verdictOf(kind, copied === 1),
    revised: revised === 1,
  }));
  const copies = prepared(db, COPIES).all(id) as CopyLink[];
  return { story: head.story, articles, copies, related: head.related };
}

function verdictOf(kind: ArticleVerdict | null, copied: boolean): ArticleVerdict {
  if (kind !== null && kind !== 'independent') return kind;
  return copied ? 'original' : 'independent';
}

export function storyRow(row: StoryRowSql): StoryRow {
  return {
    id: row.id,
    headline: row.headline,
    size: row.size,
    outlets: row.outlets,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    firstPublished: row.first_published,
    lastPublished: row.last_published,
    version: row.version,
  };
}
