/**
 * What removing articles writes, inside the store's transaction: every row
 * that names them goes (the article and, by trigger, its full-text entry;
 * its copy keys, verdict and copy links both ways; its membership; the
 * hashes of texts it replaced, its earlier versions) and a tombstone stays,
 * unless a new text replaces it: then the replaced text's hash stays, with the
 * id (`replaced_texts`), and the replaced text is kept as the article's latest
 * earlier version (`article_versions`, at most `keptVersions`); the copies that named one take their new verdicts; each
 * story that lost a member is made again from those it keeps, or deleted
 * with its links when it keeps none; every story that changed is a new
 * version, its cached summary and report dropped (they quote the articles).
 * A takedown of an id with no article but the earlier texts an update cut
 * short left (`RemovalPlan.leftovers`) deletes those and leaves a tombstone.
 * The outlet counts take the difference (`sqlite-outlet-counts.ts`).
 */
import { contentHash, decodeArticle } from './codec.js';
import { countOutletsBefore, removalCountScope } from './sqlite-outlet-counts.js';
import type { Statements as Sql } from './sqlite-statements.js';
import { changedStory, dropCached, writeVerdicts } from './sqlite-verdicts.js';
import { keepVersion } from './sqlite-versions.js';
import { grow, type StoryGrowth } from './story-growth.js';
import type { ArticleRecord, ArticleRemoval, RemovalPlan } from './types.js';

export function removalPlan(sql: Sql, ids: readonly string[], location: string): RemovalPlan {
  const json = JSON.stringify(ids);
  const copies = sql('removalCopies').all({ ids: json }) as Array<{ id: string; story: string | null; sources: string }>;
  const leftovers = sql('removalLeftovers').all(json) as Array<{ id: string; hashes: string; text: string | null; article: string | null }>;
  return {
    found: sql('removalFound').all(json) as RemovalPlan['found'],
    copies: copies.map((copy) => ({ ...copy, sources: JSON.parse(copy.sources) as string[] })),
    leftovers: leftovers.map(({ id, hashes, text, article }) => ({ id, hash: lastTextHash(JSON.parse(hashes) as string[], text === null || article === null ? undefined : { text, article }, location) })),
  };
}

/** The hash of the text a cut-short update took out (`RemovalPlan.leftovers`): its latest kept version's, else its one replaced text's, else none (''). */
function lastTextHash(replaced: readonly string[], latest: { text: string; article: string } | undefined, location: string): string {
  if (latest !== undefined) return contentHash(decodeArticle(latest.text, latest.article, location));
  return replaced.length === 1 ? replaced[0] : '';
}

/** The rows of the removal, but the clusterer's state (the store saves it); the row ids of the articles removed. */
export function writeRemoval(sql: Sql, removal: ArticleRemoval, removedAt: string): Set<number> {
  const outletCounts = countOutletsBefore(sql, removalCountScope(sql, removal));
  const stories = new Set<string>();
  const rows = new Set<number>();
  if (removal.tombstones) for (const leftover of removal.leftovers ?? []) forgetLeftover(sql, leftover, removedAt);
  for (const id of removal.ids) {
    const row = sql('articleToRemove').get(id) as { rowid: number; hash: string; outlet: string | null; story: string | null } | undefined;
    if (row === undefined) continue;
    rows.add(row.rowid);
    if (row.story !== null) stories.add(row.story);
    if (row.story !== null && row.outlet !== null) {
      sql('takeStoryOutlet').run({ story: row.story, outlet: row.outlet });
      sql('dropStoryOutlet').run({ story: row.story, outlet: row.outlet });
    }
    if (removal.tombstones) {
      sql('addTombstone').run(id, row.hash, removedAt);
      sql('forgetReplacedTexts').run(id);
      sql('forgetVersions').run(id);
    } else {
      sql('addReplacedText').run(id, row.hash);
      keepVersion(sql, id, row.rowid, removedAt, removal.keptVersions);
    }
    unlink(sql, row.rowid);
    for (const name of ['deleteCopySources', 'deleteCopiesFrom', 'deleteCopy', 'deleteFingerprint', 'deleteMember', 'deleteArticle'] as const) sql(name).run(row.rowid);
  }
  const touched = writeVerdicts(sql, removal.verdicts);
  for (const story of stories) remakeStory(sql, story, removal.headlines, !removal.tombstones);
  for (const story of touched) if (!stories.has(story)) changedStory(sql, story);
  for (const story of removal.headlineChecks ?? []) sql('addHeadlineCheck').run(story);
  outletCounts.keep();
  return rows;
}

/**
 * An id no article has that kept the earlier texts of an update cut short
 * (killed between taking the old text out and storing the new one): its
 * versions and replaced-text hashes go, and a tombstone stays, with the hash
 * of the text the update took out (`RemovalPlan.leftovers`). The plan was
 * made outside the transaction: an id another writer stored since is an
 * article again, not a leftover, and is left as it is.
 */
function forgetLeftover(sql: Sql, { id, hash }: RemovalPlan['leftovers'][number], removedAt: string): void {
  if (sql('rowidOf').get(id) !== undefined) return;
  sql('addTombstone').run(id, hash, removedAt);
  sql('forgetReplacedTexts').run(id);
  sql('forgetVersions').run(id);
}

/**
 * The story's row from the members it keeps (a new version), or no story at all when it keeps none; one an
 * update empties (`replacing`) keeps its version for the story the new text starts under its id (`continueEmptied`).
 */
function remakeStory(sql: Sql, story: string, headlines: ArticleRemoval['headlines'], replacing: boolean): void {
  const members = sql('storyMembers').all(story) as Array<{ id: string; title: string | null; seen: string; published: string | null }>;
  dropCached(sql, story);
  if (members.length === 0) {
    if (replacing) sql('keepEmptiedVersion').run(story);
    sql('deleteStory').run(story);
    sql('deleteStoryLinks').run({ story });
    sql('deleteLinksTo').run(story);
    return;
  }
  const growth = new Map<string, StoryGrowth>();
  for (const member of members) grow(growth, story, headlines.get(member.id) ?? {}, member.title, member.seen, member.published);
  const row = growth.get(story)!;
  sql('remakeStory').run(row.headline, row.headlineRank, row.headlineSeen, row.size, row.firstSeen, row.lastSeen, row.firstPublished, row.lastPublished, story);
  sql('countOutlets').run({ story });
}

/** Takes the article's part out of the links between related stories: one article fewer, the most similar of those left; a link none is left in goes. */
function unlink(sql: Sql, rowid: number): void {
  const links = sql('articleLinks').all(rowid) as Array<{ story: string; other: string }>;
  sql('deleteArticleLinks').run(rowid);
  for (const link of links) {
    sql('unlinkStories').run(link);
    sql('dropUnlinked').run(link);
  }
}

/**
 * The stories the updates of a batch emptied (`ArticleRecord.story.emptied`):
 * one the batch started again under its id continues the versions it had (a
 * new version, past every old one); the version kept for it is forgotten
 * either way, so none is left when the new text joined another story.
 */
export function continueEmptied(sql: Sql, records: readonly ArticleRecord[]): void {
  for (const { story } of records) {
    if (story.emptied === undefined) continue;
    if (story.created && story.id === story.emptied) sql('continueStory').run(story.id);
    sql('forgetEmptied').run(story.emptied);
  }
}
