/**
 * Schema migrations 1 to 10 (sqlite-migrations.ts): the store as first built
 * (articles with full-text search, copies, stories, the clusterer's state)
 * and what it kept beside them (cached summaries and reports, links between
 * related stories, tombstones of removed articles, each article's analysis).
 * Never edit a released migration: add the next one to the last era's file.
 */
import type { Migration } from './sqlite-migrations.js';

export const FIRST_MIGRATIONS: readonly Migration[] = [
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
];
