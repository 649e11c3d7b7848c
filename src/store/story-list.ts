/**
 * Stories, most recently updated first, optionally only those with an
 * article since a date, from an outlet, or matching a text query. Filters
 * are applied to the store's story list as it is read, in growing chunks,
 * and reading stops at the first story older than `since`. A story is as
 * recent as the last date its articles give (as it is shown: an undated
 * article ingested later does not bring it past `since`), or, with no dated
 * article, its last ingest time. The CLI's
 * `tidings stories` and the server's story list both read it.
 */
import type { Store, StoryRow } from './types.js';

export interface StoryFilters {
  since?: string;
  outlet?: string;
  q?: string;
}

/** At most this many search hits decide which stories match a text query. */
export const MAX_QUERY_HITS = 2000;

type Keep = (row: StoryRow) => Promise<boolean>;

async function filterOf(store: Store, filters: StoryFilters): Promise<Keep | undefined> {
  const checks: Keep[] = [];
  if (filters.q !== undefined) {
    const stories = await store.searchStories(filters.q, MAX_QUERY_HITS);
    checks.push(async (row) => stories.has(row.id));
  }
  if (filters.outlet !== undefined) {
    const stories = await store.outletStories(filters.outlet);
    checks.push(async (row) => stories.has(row.id));
  }
  if (checks.length === 0) return undefined;
  return async (row) => {
    for (const check of checks) if (!(await check(row))) return false;
    return true;
  };
}

/** The first `wanted` stories that pass the filters. */
export async function filteredStories(store: Store, filters: StoryFilters, wanted: number): Promise<StoryRow[]> {
  const since = filters.since === undefined ? undefined : Date.parse(filters.since);
  const keep = await filterOf(store, filters);
  const kept: StoryRow[] = [];
  const decided = new Set<string>();
  let chunk = wanted;
  for (;;) {
    const rows = await store.listStories(chunk);
    let reachedSince = false;
    for (const row of rows) {
      if (since !== undefined && Date.parse(row.lastSeen) < since) {
        reachedSince = true;
        break;
      }
      if (decided.has(row.id)) continue;
      decided.add(row.id);
      if (since !== undefined && row.lastPublished !== null && Date.parse(row.lastPublished) < since) continue;
      if (!keep || (await keep(row))) kept.push(row);
      if (kept.length >= wanted) break;
    }
    if (kept.length >= wanted || reachedSince || rows.length < chunk) break;
    chunk *= 4;
  }
  return kept;
}
