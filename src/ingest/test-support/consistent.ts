import Database from 'better-sqlite3';
import { expect } from 'vitest';

/** Every table agrees with the articles table and with the tombstones; the removed count. */
export function checkConsistent(file: string): number {
  const db = new Database(file);
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
    const articles = count('SELECT count(*) FROM articles');
    expect(count('SELECT count(*) FROM articles_fts_docsize')).toBe(articles);
    expect(count('SELECT count(*) FROM articles WHERE id IN (SELECT id FROM removed_articles)')).toBe(0);
    expect(count('SELECT count(*) FROM article_versions WHERE id IN (SELECT id FROM removed_articles)')).toBe(0);
    for (const table of ['story_articles', 'copies', 'copy_fingerprints']) expect(count(`SELECT count(*) FROM ${table}`), table).toBe(articles);
    expect(count('SELECT count(*) FROM copy_sources WHERE article NOT IN (SELECT rowid FROM articles) OR source NOT IN (SELECT rowid FROM articles)')).toBe(0);
    expect(count('SELECT count(*) FROM article_links WHERE article NOT IN (SELECT rowid FROM articles)')).toBe(0);
    expect(count('SELECT coalesce(sum(size), 0) FROM stories')).toBe(articles);
    expect(count('SELECT count(*) FROM stories s WHERE size <> (SELECT count(*) FROM story_articles sa WHERE sa.story = s.id)')).toBe(0);
    expect(count('SELECT count(*) FROM story_links WHERE story NOT IN (SELECT id FROM stories) OR other NOT IN (SELECT id FROM stories)')).toBe(0);
    const state = JSON.parse(db.prepare('SELECT state FROM clusterer').pluck().get() as string).value;
    expect(state.stats.documents).toBe(articles);
    const members = (db.prepare('SELECT record FROM clusterer_stories').pluck().all() as string[]).flatMap((json) => JSON.parse(json).value.articles as string[]);
    const stored = new Set(db.prepare('SELECT id FROM articles').pluck().all() as string[]);
    expect(members.filter((id) => !stored.has(id))).toEqual([]);
    return count('SELECT count(*) FROM removed_articles');
  } finally {
    db.close();
  }
}
