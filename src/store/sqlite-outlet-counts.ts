/**
 * Schema migration 16: who copies whom by outlet (`tidings outlets`,
 * /outlets) kept as counts that triggers update as articles, verdicts and
 * copy links are written, so reading them costs the outlets, not the
 * articles: the aggregates over every article took 0.7 s at 100,000 articles
 * and grew with them.
 *
 * An outlet is its name in any case (A-Z, as NOCASE compares), `named` 0 for
 * the articles that give none; `outlet` is the name as the first article of
 * it wrote it (when migrating, the first stored). `copied`: its articles that an article of another outlet
 * copied. `outlet_sources`: per copying outlet and source outlet, the
 * copying articles. The triggers read an article's outlet from its row, so
 * its verdict and copy links must go before it does (sqlite-remove.ts).
 * Never edit it once released: add a migration.
 */
export const OUTLET_COUNTS = `
CREATE TABLE outlet_counts (
  named INTEGER NOT NULL,
  folded TEXT NOT NULL COLLATE NOCASE,
  outlet TEXT,
  articles INTEGER NOT NULL,
  copied INTEGER NOT NULL,
  reprints INTEGER NOT NULL,
  rewrites INTEGER NOT NULL,
  PRIMARY KEY (named, folded)
) WITHOUT ROWID;
CREATE TABLE outlet_sources (
  named INTEGER NOT NULL,
  folded TEXT NOT NULL COLLATE NOCASE,
  source_named INTEGER NOT NULL,
  source_folded TEXT NOT NULL COLLATE NOCASE,
  outlet TEXT,
  source TEXT,
  articles INTEGER NOT NULL,
  PRIMARY KEY (named, folded, source_named, source_folded)
) WITHOUT ROWID;
INSERT INTO outlet_counts (named, folded, outlet, articles, copied, reprints, rewrites)
  SELECT named, folded, outlet, articles, copied, reprints, rewrites FROM (
    SELECT a.outlet IS NOT NULL AS named, coalesce(a.outlet, '') AS folded, a.outlet, min(a.rowid), count(*) AS articles,
      count(*) FILTER (WHERE EXISTS (SELECT 1 FROM copy_sources cs JOIN articles copy ON copy.rowid = cs.article
        WHERE cs.source = a.rowid AND copy.outlet IS NOT a.outlet COLLATE NOCASE)) AS copied,
      count(*) FILTER (WHERE c.kind = 'reprint') AS reprints, count(*) FILTER (WHERE c.kind = 'rewrite') AS rewrites
    FROM articles a LEFT JOIN copies c ON c.article = a.rowid GROUP BY a.outlet COLLATE NOCASE);
INSERT INTO outlet_sources (named, folded, source_named, source_folded, outlet, source, articles)
  SELECT named, folded, source_named, source_folded, outlet, source, articles FROM (
    SELECT a.outlet IS NOT NULL AS named, coalesce(a.outlet, '') AS folded, s.outlet IS NOT NULL AS source_named,
      coalesce(s.outlet, '') AS source_folded, a.outlet, s.outlet AS source, min(a.rowid), count(DISTINCT a.rowid) AS articles
    FROM copy_sources cs JOIN articles a ON a.rowid = cs.article JOIN articles s ON s.rowid = cs.source
    GROUP BY a.outlet COLLATE NOCASE, s.outlet COLLATE NOCASE);
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
