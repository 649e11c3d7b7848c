import Database from 'better-sqlite3';

/**
 * Every place a database file still names an article: a text column holding
 * its id (alone or as a JSON string inside a record), or an `article` /
 * `source` column holding its row id. The tombstones (`removed_articles`) and
 * the full-text index's own tables are left out (the index is checked with
 * its `integrity-check`).
 */
export function mentionsOf(file: string, id: string, rowid: number): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%' AND name <> 'removed_articles'").pluck().all() as string[];
    const quoted = JSON.stringify(id);
    const found: string[] = [];
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row)) {
          const named = typeof value === 'string' && (value === id || value.includes(quoted));
          const numbered = (column === 'article' || column === 'source') && value === rowid;
          if (named || numbered) found.push(`${table}.${column}`);
        }
      }
    }
    return found;
  } finally {
    db.close();
  }
}

/** The row id an article has in the file (to look for it once removed), or undefined. */
export function rowidOf(file: string, id: string): number | undefined {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT rowid FROM articles WHERE id = ?').pluck().get(id) as number | undefined;
  } finally {
    db.close();
  }
}

/** The full-text index agrees with the articles table (throws when not), and holds one entry per article. */
export function checkFullText(file: string): { articles: number; entries: number } {
  const db = new Database(file);
  try {
    db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
    return {
      articles: db.prepare('SELECT count(*) FROM articles').pluck().get() as number,
      entries: db.prepare('SELECT count(*) FROM articles_fts_docsize').pluck().get() as number,
    };
  } finally {
    db.close();
  }
}
