/**
 * Everything the API and the story page show of one story, computed by the
 * library (`showStory`: the cited summary, cached in the store per story
 * version; `storyReport`: quotes, entities, facts, timeline; `copyViews`:
 * the copies with their word edits) and kept in memory
 * per story version, so paging through a story's lists computes it once.
 */
import type { SegmentedArticle } from '../article.js';
import { storyReport, type StoryReport } from '../facts/index.js';
import { showStory } from '../ingest/index.js';
import { segment } from '../segment/index.js';
import type { Store, StoryArticle, StoryRow } from '../store/index.js';
import type { Summary } from '../summarize/index.js';
import { copyViews, type CopyView } from './copy-view.js';

export interface StoryView {
  story: StoryRow;
  /** Oldest first. */
  articles: StoryArticle[];
  /** The story's articles with sentences and tokens, oldest first. */
  segmented: SegmentedArticle[];
  summary: Summary;
  copies: CopyView[];
  /** Quotes, entities, facts lined up across the articles, timeline. */
  report: StoryReport;
}

export class StoryViews {
  private readonly cache = new Map<string, StoryView>();

  constructor(
    private readonly store: Store,
    private readonly capacity: number,
  ) {}

  /** The story's view, or undefined when the store has no such story. */
  async get(id: string): Promise<StoryView | undefined> {
    const cached = this.cache.get(id);
    if (cached) {
      const current = await this.store.story(id);
      if (current?.story.version === cached.story.version) {
        this.cache.delete(id);
        this.cache.set(id, cached);
        return cached;
      }
    }
    const view = await this.compute(id);
    this.cache.delete(id);
    if (view) {
      this.cache.set(id, view);
      if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
    }
    return view;
  }

  private async compute(id: string): Promise<StoryView | undefined> {
    const shown = await showStory(this.store, id);
    if (!shown) return undefined;
    const inStory = new Set(shown.segmented.map((article) => article.id));
    const outside = [...new Set(shown.copies.map((copy) => copy.source).filter((source) => !inStory.has(source)))];
    const sources = (await this.store.articles(outside)).map((article) => segment(article));
    return {
      story: shown.story,
      articles: shown.articles,
      segmented: shown.segmented,
      summary: shown.summary,
      copies: copyViews(shown.copies, [...shown.segmented, ...sources]),
      report: storyReport(shown.segmented),
    };
  }
}
