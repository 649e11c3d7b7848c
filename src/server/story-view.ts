/**
 * The server's cache of story views (`storyView`), kept per story version,
 * so paging through a story's lists computes it once. Related stories are
 * read afresh each time: another story can link to this one without
 * changing it. The copies' word edits, and what the updates of its articles
 * changed, are made for the page shown.
 */
import type { CopyView } from '../copies/index.js';
import { storyCopyViews, storyRevisions, storyView, type ArticleRevisions, type StoryView } from '../ingest/index.js';
import type { CopyLink, Store, StoryArticle } from '../store/index.js';

export type { StoryView };

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
      const current = await this.store.storyHead(id);
      if (current?.story.version === cached.story.version) {
        const fresh = { ...cached, related: current.related };
        this.cache.delete(id);
        this.cache.set(id, fresh);
        return fresh;
      }
    }
    const view = await storyView(this.store, id);
    this.cache.delete(id);
    if (view) {
      this.cache.set(id, view);
      if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
    }
    return view;
  }

  /** What the updates of the revised ones among these articles of the story changed (`storyRevisions`). */
  revisions(view: StoryView, articles: readonly StoryArticle[]): Promise<ArticleRevisions[]> {
    return storyRevisions(this.store, view, articles);
  }

  /** These copies of the story with their word edits (`storyCopyViews`). */
  copyViews(view: StoryView, links: readonly CopyLink[]): Promise<CopyView[]> {
    return storyCopyViews(this.store, view, links);
  }
}
