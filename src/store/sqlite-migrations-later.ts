/**
 * Schema migrations from 11 (sqlite-migrations.ts): search over what cleaning
 * kept and CJK runs, the writer lock, each story's outlets, updated articles'
 * earlier versions, dates compared as instants, the outlet counts. Never edit
 * a released migration: add the next one at the end.
 */
import type { Migration } from './sqlite-migrations.js';
import { dropSession24Triggers, OUTLET_COUNTS } from './sqlite-outlet-counts.js';
import { STORY_DATES } from './sqlite-story.js';
import { indexCjkText, indexKeptText } from './sqlite-migration-steps.js';

export const LATER_MIGRATIONS: readonly Migration[] = [
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
  // 24: the stories an ingest batch or a removal leaves to have their headline checked (`keepHeadlinesCurrent`),
  // written in its transaction and deleted once checked: a process killed between the two leaves them to the next run.
  'CREATE TABLE headline_checks (story TEXT PRIMARY KEY) WITHOUT ROWID;',
];
