/**
 * The open batch: articles accepted but not yet written. Later arrivals of the
 * same batch see them as copy candidates and story members, as they will once
 * the batch is committed.
 */
import type { ArticleRecord, IngestBatch, KeySharingArticle, StoredVerdict } from '../store/index.js';
import { KeyTable } from '../copies/key-table.js';
import type { RelatedStory } from '../stories/index.js';

export class PendingBatch {
  private records: ArticleRecord[] = [];
  /** New verdicts of articles stored before this batch (`IngestBatch.retraced`). */
  private retraced = new Map<string, StoredVerdict>();
  /** Copy key → the positions of the pending records holding it, in arrival order. */
  private readonly byKey = new KeyTable();
  private readonly byStory = new Map<string, string[]>();
  /** Stories started by an article of the batch: the store holds none of their articles. */
  private readonly started = new Set<string>();
  private readonly byId = new Map<string, ArticleRecord>();

  get size(): number {
    return this.records.length;
  }

  /** A stored article's new verdict, written with the batch; later arrivals of the batch see it as `reprintSources` does. */
  retrace(id: string, verdict: StoredVerdict): void {
    this.retraced.set(id, verdict);
  }

  add(record: ArticleRecord): void {
    const position = this.records.length;
    this.records.push(record);
    this.byId.set(record.article.id, record);
    const keys = record.copyKeys;
    for (let i = 0; i < keys.length; i++) this.byKey.add(keys[i], position);
    push(this.byStory, record.story.id, record.article.id);
    if (record.story.created) this.started.add(record.story.id);
  }

  /**
   * Pending articles sharing any of the keys (`copyKeyNumber`), at most
   * `limit`: most shared keys first, then the latest arrival, as the store
   * ranks its own (`Store.copyCandidates`).
   */
  copyCandidates(keys: ArrayLike<number>, limit: number): KeySharingArticle[] {
    return this.byKey.mostShared(keys, 0, this.records.length - 1, (a, b) => b - a, limit).map(({ value, shared }) => ({ id: this.records[value].article.id, shared }));
  }

  /** The pending article of this id, if the open batch holds one. */
  article(id: string): ArticleRecord['article'] | undefined {
    return this.byId.get(id)?.article;
  }

  /** The related stories a pending article named, if the open batch holds it. */
  related(id: string): readonly RelatedStory[] | undefined {
    return this.byId.get(id)?.story.related;
  }

  /** The article is in the open batch. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** For those of these articles that are pending reprints: the articles they reprint, largest share first. */
  reprintSources(ids: readonly string[]): Map<string, string[]> {
    const sources = new Map<string, string[]>();
    for (const id of ids) {
      const verdict = this.byId.get(id)?.verdict ?? this.retraced.get(id);
      if (verdict?.kind === 'reprint') sources.set(id, verdict.sources.map((source) => source.article));
    }
    return sources;
  }

  /** The story was started by an article of the open batch, so the store holds none of its articles. */
  startedStory(story: string): boolean {
    return this.started.has(story);
  }

  /** Pending members of a story, newest first. */
  storyMembers(story: string): string[] {
    return [...(this.byStory.get(story) ?? [])].reverse();
  }

  /** The records in arrival order and the stored articles retraced, and an empty batch. */
  take(): Pick<IngestBatch, 'articles' | 'retraced'> {
    const taken = { articles: this.records, retraced: this.retraced };
    this.records = [];
    this.retraced = new Map();
    this.byKey.clear();
    this.byStory.clear();
    this.started.clear();
    this.byId.clear();
    return taken;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
