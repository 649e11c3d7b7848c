/**
 * The open batch: articles accepted but not yet written. Later arrivals of the
 * same batch see them as copy candidates and story members, as they will once
 * the batch is committed.
 */
import type { ArticleRecord } from '../store/index.js';

export class PendingBatch {
  private records: ArticleRecord[] = [];
  /** Copy key → the one pending article holding it, or the several in arrival order (most keys are one article's). */
  private readonly byKey = new Map<string, string | string[]>();
  private readonly byStory = new Map<string, string[]>();
  private readonly byId = new Map<string, ArticleRecord>();

  get size(): number {
    return this.records.length;
  }

  add(record: ArticleRecord): void {
    const { id } = record.article;
    this.records.push(record);
    this.byId.set(id, record);
    for (const key of record.copyKeys) {
      const held = this.byKey.get(key);
      if (held === undefined) this.byKey.set(key, id);
      else if (typeof held === 'string') this.byKey.set(key, [held, id]);
      else held.push(id);
    }
    push(this.byStory, record.story.id, id);
  }

  /** Pending articles sharing any of the keys, most shared keys first. */
  copyCandidates(keys: readonly string[]): string[] {
    const shared = new Map<string, number>();
    for (const key of keys) {
      const held = this.byKey.get(key);
      if (held === undefined) continue;
      if (typeof held === 'string') shared.set(held, (shared.get(held) ?? 0) + 1);
      else for (const id of held) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    return [...shared].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  }

  /** For those of these articles that are pending reprints: the articles they reprint, largest share first. */
  reprintSources(ids: readonly string[]): Map<string, string[]> {
    const sources = new Map<string, string[]>();
    for (const id of ids) {
      const verdict = this.byId.get(id)?.verdict;
      if (verdict?.kind === 'reprint') sources.set(id, verdict.sources.map((source) => source.article));
    }
    return sources;
  }

  /** Pending members of a story, newest first. */
  storyMembers(story: string): string[] {
    return [...(this.byStory.get(story) ?? [])].reverse();
  }

  /** The records, in arrival order, and an empty batch. */
  take(): ArticleRecord[] {
    const taken = this.records;
    this.records = [];
    this.byKey.clear();
    this.byStory.clear();
    this.byId.clear();
    return taken;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
