/**
 * The SQLite schema as ordered migrations. `PRAGMA user_version` holds the
 * number of migrations applied; opening a file runs the missing ones in one
 * transaction (sqlite-open.ts). Never edit a released migration: add the
 * next one.
 */

import type { SqliteDatabase } from './sqlite-open.js';
import { dropSession24Triggers, OUTLET_COUNTS } from './sqlite-outlet-counts.js';
import { STORY_DATES } from './sqlite-story.js';
import { indexCjkText, indexKeptText } from './sqlite-migration-steps.js';

/** SQL, or SQL and then a step only code can do (reading stored articles). */
export type Migration = string | { sql: string; then: (db: SqliteDatabase) => void };

/** Migration `i` takes a database from schema version `i` to `i + 1`. */
export const MIGRATIONS: readonly Migration[] = [
  // 1: articles with full-text search, copy detection, stories.
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE,
    outlet TEXT,
    title TEXT,
    url TEXT,
    published TEXT,
    seen TEXT NOT NULL,
    input TEXT NOT NULL,
    text TEXT NOT NULL,
    article TEXT NOT NULL
  );
  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content = 'articles', content_rowid = 'rowid', tokenize = 'porter unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  END;
  CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;

  -- Each article's copy keys (exact hash, MinHash bands) as 53-bit integers in a Float64 blob,
  -- appended in article order; the store indexes the recent ones in memory (copy-key-index.ts).
  CREATE TABLE copy_fingerprints (
    article INTEGER PRIMARY KEY,
    keys BLOB NOT NULL
  );
  CREATE TABLE copies (
    article INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('reprint', 'rewrite', 'independent')),
    verdict TEXT NOT NULL
  );
  CREATE TABLE copy_sources (
    article INTEGER NOT NULL,
    source INTEGER NOT NULL,
    share REAL NOT NULL,
    PRIMARY KEY (article, source)
  ) WITHOUT ROWID;
  CREATE INDEX copy_sources_by_source ON copy_sources (source);

  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    headline TEXT,
    headline_seen TEXT NOT NULL,
    size INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    version INTEGER NOT NULL
  );
  CREATE INDEX stories_by_last_seen ON stories (last_seen);
  CREATE TABLE story_articles (
    article INTEGER PRIMARY KEY,
    story TEXT NOT NULL,
    similarity REAL NOT NULL
  );
  CREATE INDEX story_articles_by_story ON story_articles (story, article);

  -- The story clusterer's state without its active stories, which have a row each (in the order
  -- of the state's list, kept by seq) rewritten only when they change.
  CREATE TABLE clusterer (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL,
    state TEXT NOT NULL
  );
  CREATE TABLE clusterer_stories (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    record TEXT NOT NULL
  );
  `,
  // 2: stories' cited summaries, computed when first asked for and kept until the story changes.
  `
  CREATE TABLE summaries (
    story TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    summary TEXT NOT NULL
  );
  `,
  // 3: links between related stories (an article of one came near the other), both directions.
  `
  CREATE TABLE story_links (
    story TEXT NOT NULL,
    other TEXT NOT NULL,
    similarity REAL NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (story, other)
  ) WITHOUT ROWID;
  `,
  // 4: the summarizer revision a cached summary was made by (summaries cached before are stale: 0).
  `
  ALTER TABLE summaries ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
  `,
  // 5: articles by outlet (any case), so the outlets' copy counts and the stories of an outlet read an
  // index, not every article's text.
  `
  CREATE INDEX articles_by_outlet ON articles (outlet COLLATE NOCASE);
  `,
  // 6: stories' reports (quotes, names, facts, timeline), cached like their summaries.
  `
  CREATE TABLE reports (
    story TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    report TEXT NOT NULL
  );
  `,
  // 7: how well a story's headline names it (2 a title, 1 a whole opening sentence, 0 one cut short with
  // an ellipsis), so a later article's title replaces an earlier article's cut opening. Stored headlines
  // are ranked from what they are.
  `
  ALTER TABLE stories ADD COLUMN headline_rank INTEGER NOT NULL DEFAULT 0;
  UPDATE stories SET headline_rank = CASE
    WHEN EXISTS (SELECT 1 FROM story_articles JOIN articles ON articles.rowid = story_articles.article
      WHERE story_articles.story = stories.id AND articles.title = stories.headline) THEN 2
    WHEN stories.headline LIKE '%…' THEN 0
    ELSE 1 END
  WHERE headline IS NOT NULL;
  `,
  // 8: the clusterer's state in parts a save writes separately (clusterer format 2, clusterer-codec.ts): the keys
  // of its document frequencies, each kind an append-only list in the order first counted; the snapshots of the
  // retired stories it keeps, in the order retired; its state without them, the frequencies as counts in the
  // keys' order; each active story's weights as Float64 bytes (a story saved before keeps its format 1 record,
  // with no weights, until it changes).
  `
  CREATE TABLE clusterer_keys (
    kind TEXT NOT NULL CHECK (kind IN ('terms', 'entities')),
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (kind, position)
  ) WITHOUT ROWID;
  INSERT INTO clusterer_keys (kind, position, key)
    SELECT 'terms', entry.key, json_extract(entry.value, '$[0]') FROM clusterer, json_each(clusterer.state, '$.value.stats.terms') AS entry;
  INSERT INTO clusterer_keys (kind, position, key)
    SELECT 'entities', entry.key, json_extract(entry.value, '$[0]') FROM clusterer, json_each(clusterer.state, '$.value.stats.entities') AS entry;
  CREATE TABLE clusterer_retired (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    snapshot TEXT NOT NULL
  );
  INSERT INTO clusterer_retired (seq, id, snapshot)
    SELECT entry.key + 1, json_extract(entry.value, '$.id'), json_object('version', 2, 'value', json(entry.value))
    FROM clusterer, json_each(clusterer.state, '$.value.retired') AS entry;
  UPDATE clusterer SET state = json_remove(json_set(state, '$.version', 2,
    '$.value.stats.terms', json((SELECT json_group_array(json_extract(entry.value, '$[1]')) FROM json_each(clusterer.state, '$.value.stats.terms') AS entry)),
    '$.value.stats.entities', json((SELECT json_group_array(json_extract(entry.value, '$[1]')) FROM json_each(clusterer.state, '$.value.stats.entities') AS entry))),
    '$.value.retired');
  ALTER TABLE clusterer_stories ADD COLUMN weights BLOB;
  `,
  // 9: removed articles (takedowns, mistakes): a tombstone each, by id and by content hash, with when it was
  // removed, so a feed read again does not bring one back (`removeArticles`; `tidings remove --undo` allows it).
  // The full-text index deletes for good (FTS5 'secure-delete'): a removed article's words leave its pages.
  // Each article's part in the links between related stories, so removing it takes that part out (links made
  // before have none: removing an article leaves them as they are).
  `
  CREATE TABLE article_links (
    article INTEGER NOT NULL,
    story TEXT NOT NULL,
    other TEXT NOT NULL,
    similarity REAL NOT NULL,
    PRIMARY KEY (article, other)
  ) WITHOUT ROWID;
  CREATE INDEX article_links_by_pair ON article_links (story, other);
  CREATE INDEX article_links_by_other ON article_links (other);
  CREATE TABLE removed_articles (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    removed TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX removed_articles_by_hash ON removed_articles (hash);
  INSERT INTO articles_fts (articles_fts, rank) VALUES ('secure-delete', 1);
  `,
  // 10: what story reports take from each article alone, made when a view first needs it and kept with the
  // report revision it was made by, so a story that grows has only its new articles analysed: the article's
  // analysis (entities, quotations, fact claims: `articleAnalysis`) as deflated JSON (`encodeDeflated`), and
  // the sentences each copy took from each of its sources (`copyViews`) as Int32 quadruples (sentence start
  // and end in the copy, then in the source). Both go with their articles.
  `
  CREATE TABLE article_analyses (
    article INTEGER PRIMARY KEY,
    revision INTEGER NOT NULL,
    analysis BLOB NOT NULL
  );
  CREATE TABLE copied_sentences (
    article INTEGER NOT NULL,
    source INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    sentences BLOB NOT NULL,
    PRIMARY KEY (article, source)
  ) WITHOUT ROWID;
  CREATE INDEX copied_sentences_by_source ON copied_sentences (source);
  CREATE TRIGGER article_analyses_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_analyses WHERE article = old.rowid;
    DELETE FROM copied_sentences WHERE article = old.rowid OR source = old.rowid;
  END;
  `,
  // 11: full-text search reads what cleaning kept, not the boilerplate it removed ("Read more: <another
  // story's headline>", captions, credits): the index holds each article's kept paragraphs (`keptText`),
  // written by the store beside the article, and no text of its own (contentless; search makes its
  // snippets from the kept text). Deleting an article's row deletes its entry for good, as before.
  {
    sql: `
    DROP TRIGGER articles_fts_insert;
    DROP TRIGGER articles_fts_delete;
    DROP TRIGGER articles_fts_update;
    DROP TABLE articles_fts;
    CREATE VIRTUAL TABLE articles_fts USING fts5(
      title, text, content = '', contentless_delete = 1, tokenize = 'porter unicode61 remove_diacritics 2'
    );
    INSERT INTO articles_fts (articles_fts, rank) VALUES ('secure-delete', 1);
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
      DELETE FROM articles_fts WHERE rowid = old.rowid;
    END;
    `,
    then: indexKeptText,
  },
  // 12: the writer lock (`writer-lock.ts`): at most one row, the process that writes (ingest, remove, a write
  // request of the server) with what identifies it (pid, host, and where the pid can be checked: boot id, pid
  // namespace and the process's start time on Linux, '' elsewhere), what it runs, when it started and when it
  // last said it was alive; its token releases it. Readers never look at it.
  `
  CREATE TABLE writer_lock (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    token TEXT NOT NULL,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    process TEXT NOT NULL,
    command TEXT NOT NULL,
    started TEXT NOT NULL,
    refreshed TEXT NOT NULL
  );
  `,
  // 13: Chinese, Japanese and Korean found by any run of their characters: the index holds each run of them as its
  // pairs of characters and its last character (`search-text.ts`); articles holding them are indexed again.
  { sql: '', then: indexCjkText },
  // 14: each story's outlets, with how many of its articles each gave, so a batch counts a story's outlets from
  // these rows instead of reading the article row of every member (a story of thousands of articles was read
  // whole each time it grew); filled from the stored members.
  `
  CREATE TABLE story_outlets (
    story TEXT NOT NULL,
    outlet TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (story, outlet)
  ) WITHOUT ROWID;
  INSERT INTO story_outlets (story, outlet, articles)
    SELECT sa.story, a.outlet, count(*) FROM story_articles sa JOIN articles a ON a.rowid = sa.article
    WHERE a.outlet IS NOT NULL GROUP BY sa.story, a.outlet;
  `,
  // 15: the texts an update replaced, by article id and content hash, so a stale copy read later (a feed
  // fetched again from a cache, an old export) does not bring an older text back when no date tells the
  // two apart. A takedown forgets them with the article.
  `
  CREATE TABLE replaced_texts (
    id TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (id, hash)
  ) WITHOUT ROWID;
  `,
  // 16: the story list read in the order of the instants its stories were last told (`instantSql`, sql-instant.ts), not of
  // their text: stored dates keep the form they were read in (a date alone, another offset), which does not sort as
  // their instants do. The rows stay as they are.
  `
  DROP INDEX stories_by_last_seen;
  CREATE INDEX stories_by_last_told ON stories (julianday(last_seen));
  `,
  // 17: the earlier versions of an article an update replaced, by id in the order replaced (at most
  // `keptVersions` an id: the oldest go), each as it was stored (title, text as read, dates, the article
  // as `encodeArticle` writes it) with when it was replaced, so a reader sees what a correction changed.
  // A takedown deletes them with the article; an article replaced before keeps no earlier version.
  // A story an update emptied keeps its last version here, so the story its new text starts under the same
  // id continues its versions (a summary or view cached at one of its old versions is not taken for it).
  `
  CREATE TABLE emptied_stories (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE article_versions (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    replaced TEXT NOT NULL,
    title TEXT,
    published TEXT,
    modified TEXT,
    text TEXT NOT NULL,
    article TEXT NOT NULL
  );
  CREATE INDEX article_versions_by_id ON article_versions (id, seq);
  `,
  // 18: dates are kept as written, each in its own offset, and were compared as text: "2026-11-10T21:00:00+00:00"
  // counted as later than "2026-11-10T20:00:00-08:00", eight hours after it. Stories are listed by the instant of
  // their last date (16), and each story's first and last dates, chosen as text before, are chosen again from its articles
  // as `grow` chooses them (`articleSeen`, `lastTold`). A story's articles are read in the order of their
  // instants too, so a story of more than the 200 a view reads may read others: the summaries and reports
  // made from the old order are dropped (each is made again when its story is next shown).
  `
  DELETE FROM summaries;
  DELETE FROM reports;
  UPDATE stories SET
    first_seen = coalesce((SELECT a.seen FROM story_articles sa JOIN articles a ON a.rowid = sa.article
      WHERE sa.story = stories.id ORDER BY julianday(a.seen), a.rowid LIMIT 1), first_seen),
    last_seen = coalesce((SELECT coalesce(a.published, a.seen) FROM story_articles sa JOIN articles a ON a.rowid = sa.article
      WHERE sa.story = stories.id ORDER BY julianday(coalesce(a.published, a.seen)) DESC, a.rowid LIMIT 1), last_seen);
  `,
  // 19: a story's outlets counted as the outlets list and the outlet filter count them, one per name in any case
  // of A-Z ("Pellam Post", "PELLAM POST"): each story's rows of one name merged, and its count made again.
  `
  CREATE TABLE story_outlets_any_case (
    story TEXT NOT NULL,
    outlet TEXT NOT NULL COLLATE NOCASE,
    articles INTEGER NOT NULL,
    PRIMARY KEY (story, outlet)
  ) WITHOUT ROWID;
  INSERT INTO story_outlets_any_case (story, outlet, articles)
    SELECT story, min(outlet), sum(articles) FROM story_outlets GROUP BY story, outlet COLLATE NOCASE;
  DROP TABLE story_outlets;
  ALTER TABLE story_outlets_any_case RENAME TO story_outlets;
  UPDATE stories SET outlets = (SELECT count(*) FROM story_outlets WHERE story_outlets.story = stories.id);
  `,
  // 20: an earlier version's title and dates are read from its encoded article, which its text is read
  // with anyway: the copies in their own columns (17) were never read, and go.
  `
  ALTER TABLE article_versions DROP COLUMN title;
  ALTER TABLE article_versions DROP COLUMN published;
  ALTER TABLE article_versions DROP COLUMN modified;
  `,
  // 21: who copies whom by outlet, kept as counts that the store's writes update (sqlite-outlet-counts.ts).
  OUTLET_COUNTS,
  // 22: the first and last date a story's dated articles give, kept on its row (sqlite-story.ts).
  STORY_DATES,
  // 23: the triggers a development build of session 24 kept the outlet counts with dropped, and the counts made
  // again, in a database that has them (sqlite-outlet-counts.ts).
  { sql: '', then: dropSession24Triggers },
];
