/**
 * Answers to the questions the ingest asks of the store for every arrival
 * (which article has this row, what does this article reprint, which are
 * this story's newest articles), kept from this connection's writes and
 * earlier answers so that most need no query. Each table is bounded (the
 * oldest entries go first); all are emptied when another connection writes.
 */
import { BoundedMap } from './bounded-map.js';

/** A story's newest article ids, newest first; `complete` when the story has no others. */
export interface StoryNewest {
  ids: string[];
  complete: boolean;
}

/** Newest ids kept per story. */
const KEPT_PER_STORY = 32;

/** One stored article as the cache learns it. */
export interface WrittenArticle {
  rowid: number;
  id: string;
  story: string;
  /** It started its story: no article of it was stored before. */
  startsStory: boolean;
  /** The articles it reprints, as `reprintSources` orders them; empty when it is no reprint. */
  reprints: readonly string[];
}

export class WriteCache {
  private readonly ids: BoundedMap<number, string>;
  private readonly reprints: BoundedMap<string, readonly string[]>;
  private readonly stories: BoundedMap<string, StoryNewest>;

  /** `capacity` entries per table. */
  constructor(capacity: number) {
    this.ids = new BoundedMap(capacity);
    this.reprints = new BoundedMap(capacity);
    this.stories = new BoundedMap(capacity);
  }

  idOfRow(rowid: number, look: () => string | undefined): string | undefined {
    const known = this.ids.get(rowid);
    if (known !== undefined) return known;
    const id = look();
    if (id !== undefined) this.ids.set(rowid, id);
    return id;
  }

  reprintSources(id: string, look: () => string[]): readonly string[] {
    const known = this.reprints.get(id);
    if (known !== undefined) return known;
    const sources = look();
    this.reprints.set(id, sources);
    return sources;
  }

  /** The story's `limit` newest article ids; `look(n)` queries the n newest. */
  storyNewest(story: string, limit: number, look: (count: number) => string[]): string[] {
    const known = this.stories.get(story);
    if (known !== undefined && (known.complete || known.ids.length >= limit)) return known.ids.slice(0, limit);
    const count = Math.max(limit, KEPT_PER_STORY);
    const ids = look(count);
    this.stories.set(story, { ids, complete: ids.length < count });
    return ids.slice(0, limit);
  }

  /** Learns committed articles, in the order they were written: a story one of them started is known whole from it on. */
  written(articles: readonly WrittenArticle[]): void {
    for (const article of articles) {
      this.ids.set(article.rowid, article.id);
      this.reprints.set(article.id, article.reprints);
      const story = this.stories.get(article.story);
      if (story === undefined) {
        if (article.startsStory) this.stories.set(article.story, { ids: [article.id], complete: true });
        continue;
      }
      story.ids.unshift(article.id);
      if (story.ids.length > KEPT_PER_STORY) {
        story.ids.pop();
        story.complete = false;
      }
    }
  }

  /** Learns a committed verdict of an article stored before: the articles it now reprints (empty: none). */
  traced(id: string, reprints: readonly string[]): void {
    this.reprints.set(id, reprints);
  }

  clear(): void {
    this.ids.clear();
    this.reprints.clear();
    this.stories.clear();
  }
}
