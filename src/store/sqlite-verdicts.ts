/**
 * Copy verdicts written again for articles already stored, inside the
 * store's transaction: a removal traces the copies of what it removes
 * against what remains, and an ingest traces an earlier-stored article
 * again when an article published before it arrives (an archive ingested
 * after its reprints). Each story holding a changed verdict is a new
 * version, its cached summary and report dropped.
 */
import type { Statements } from './sqlite-statements.js';
import type { StoredVerdict } from './types.js';
import { encodeVerdict } from './verdict-codec.js';

/** Writes each article's new verdict and its source links; returns the stories holding them. */
export function writeVerdicts(sql: Statements, verdicts: ReadonlyMap<string, StoredVerdict>): Set<string> {
  const stories = new Set<string>();
  for (const [id, verdict] of verdicts) {
    const rowid = sql('rowidOf').get(id) as number | undefined;
    if (rowid === undefined) continue;
    sql('updateCopy').run(verdict.kind, encodeVerdict(verdict), rowid);
    sql('deleteCopySources').run(rowid);
    for (const source of verdict.sources) {
      const sourceRowid = sql('rowidOf').get(source.article) as number | undefined;
      if (sourceRowid !== undefined) sql('insertCopySource').run(rowid, sourceRowid, source.share);
    }
    const story = sql('storyOfArticle').get(id) as string | undefined;
    if (story !== undefined) stories.add(story);
  }
  return stories;
}

/** A story changed: a new version, without its cached summary and report (they quote the articles). */
export function changedStory(sql: Statements, story: string): void {
  sql('bumpStory').run(story);
  dropCached(sql, story);
}

export function dropCached(sql: Statements, story: string): void {
  sql('deleteSummary').run(story);
  sql('deleteReport').run(story);
}
