/**
 * The seven triggers a development build of session 24 (scale24, reverted
 * in 4758487) kept the outlet counts with, as its schema migration 20 made
 * them (src/store/sqlite-outlet-counts.ts at 4758487^): a database written
 * then is at schema 21 with them. For the test of migration 23.
 */
export const SESSION_24_TRIGGERS = `
CREATE TRIGGER outlet_counts_article_insert AFTER INSERT ON articles BEGIN
  INSERT INTO outlet_counts (named, folded, outlet, articles, copied, reprints, rewrites)
    VALUES (new.outlet IS NOT NULL, coalesce(new.outlet, ''), new.outlet, 1, 0, 0, 0)
    ON CONFLICT (named, folded) DO UPDATE SET articles = articles + 1;
END;
CREATE TRIGGER outlet_counts_article_delete AFTER DELETE ON articles BEGIN
  UPDATE outlet_counts SET articles = articles - 1 WHERE named = (old.outlet IS NOT NULL) AND folded = coalesce(old.outlet, '');
  DELETE FROM outlet_counts WHERE named = (old.outlet IS NOT NULL) AND folded = coalesce(old.outlet, '') AND articles <= 0;
END;
CREATE TRIGGER outlet_counts_copy_insert AFTER INSERT ON copies WHEN new.kind IN ('reprint', 'rewrite') BEGIN
  UPDATE outlet_counts SET reprints = reprints + (new.kind = 'reprint'), rewrites = rewrites + (new.kind = 'rewrite')
    WHERE (named, folded) = (SELECT outlet IS NOT NULL, coalesce(outlet, '') FROM articles WHERE rowid = new.article);
END;
CREATE TRIGGER outlet_counts_copy_update AFTER UPDATE OF kind ON copies WHEN new.kind IS NOT old.kind BEGIN
  UPDATE outlet_counts SET reprints = reprints + (new.kind = 'reprint') - (old.kind = 'reprint'), rewrites = rewrites + (new.kind = 'rewrite') - (old.kind = 'rewrite')
    WHERE (named, folded) = (SELECT outlet IS NOT NULL, coalesce(outlet, '') FROM articles WHERE rowid = new.article);
END;
CREATE TRIGGER outlet_counts_copy_delete AFTER DELETE ON copies WHEN old.kind IN ('reprint', 'rewrite') BEGIN
  UPDATE outlet_counts SET reprints = reprints - (old.kind = 'reprint'), rewrites = rewrites - (old.kind = 'rewrite')
    WHERE (named, folded) = (SELECT outlet IS NOT NULL, coalesce(outlet, '') FROM articles WHERE rowid = old.article);
END;
CREATE TRIGGER outlet_counts_link_insert AFTER INSERT ON copy_sources BEGIN
  UPDATE outlet_counts SET copied = copied + 1
    WHERE (named, folded) = (SELECT outlet IS NOT NULL, coalesce(outlet, '') FROM articles WHERE rowid = new.source)
      AND (SELECT outlet FROM articles WHERE rowid = new.article) IS NOT (SELECT outlet FROM articles WHERE rowid = new.source) COLLATE NOCASE
      AND NOT EXISTS (SELECT 1 FROM copy_sources cs JOIN articles copy ON copy.rowid = cs.article
        WHERE cs.source = new.source AND cs.article <> new.article AND copy.outlet IS NOT (SELECT outlet FROM articles WHERE rowid = new.source) COLLATE NOCASE);
  INSERT INTO outlet_sources (named, folded, source_named, source_folded, outlet, source, articles)
    SELECT a.outlet IS NOT NULL, coalesce(a.outlet, ''), s.outlet IS NOT NULL, coalesce(s.outlet, ''), a.outlet, s.outlet, 1
    FROM articles a, articles s WHERE a.rowid = new.article AND s.rowid = new.source
      AND NOT EXISTS (SELECT 1 FROM copy_sources cs JOIN articles other ON other.rowid = cs.source
        WHERE cs.article = new.article AND cs.source <> new.source AND other.outlet IS s.outlet COLLATE NOCASE)
    ON CONFLICT (named, folded, source_named, source_folded) DO UPDATE SET articles = articles + 1;
END;
CREATE TRIGGER outlet_counts_link_delete AFTER DELETE ON copy_sources BEGIN
  UPDATE outlet_counts SET copied = copied - 1
    WHERE (named, folded) = (SELECT outlet IS NOT NULL, coalesce(outlet, '') FROM articles WHERE rowid = old.source)
      AND (SELECT outlet FROM articles WHERE rowid = old.article) IS NOT (SELECT outlet FROM articles WHERE rowid = old.source) COLLATE NOCASE
      AND NOT EXISTS (SELECT 1 FROM copy_sources cs JOIN articles copy ON copy.rowid = cs.article
        WHERE cs.source = old.source AND copy.outlet IS NOT (SELECT outlet FROM articles WHERE rowid = old.source) COLLATE NOCASE);
  UPDATE outlet_sources SET articles = articles - 1
    WHERE (named, folded, source_named, source_folded) = (SELECT a.outlet IS NOT NULL, coalesce(a.outlet, ''), s.outlet IS NOT NULL, coalesce(s.outlet, '')
        FROM articles a, articles s WHERE a.rowid = old.article AND s.rowid = old.source)
      AND NOT EXISTS (SELECT 1 FROM copy_sources cs JOIN articles other ON other.rowid = cs.source
        WHERE cs.article = old.article AND other.outlet IS (SELECT outlet FROM articles WHERE rowid = old.source) COLLATE NOCASE);
  DELETE FROM outlet_sources
    WHERE (named, folded, source_named, source_folded) = (SELECT a.outlet IS NOT NULL, coalesce(a.outlet, ''), s.outlet IS NOT NULL, coalesce(s.outlet, '')
        FROM articles a, articles s WHERE a.rowid = old.article AND s.rowid = old.source)
      AND articles <= 0;
END;
`;
