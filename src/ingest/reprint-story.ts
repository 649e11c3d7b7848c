/**
 * Copies traced before story grouping. An arrival's copies are compared
 * within the active story of the first article its fingerprint finds that
 * has one; a reprint verdict naming a source in another active story is made
 * again within that story. A reprint of a member of the story it was
 * compared in joins that story without a story search (`StoryClusterer.add`'s
 * `reprinting`), so its story does not depend on which candidate `find`
 * lists first (the open batch's before the stored ones: that moves with the
 * batch boundaries).
 */
import type { SegmentedArticle } from '../article.js';
import type { VerdictWithoutEdits } from '../copies/index.js';
import type { StoryClusterer } from '../stories/index.js';
import type { CopyStage, FoundCopies, Traced } from './copies.js';

/** What tracing before grouping found: the verdict, the story it was made in, and the source when it is a reprint of a member of that story. */
export interface TracedBeforeGrouping {
  traced?: Traced;
  compared?: string;
  reprinted?: string;
}

export async function tracedBeforeGrouping(copies: CopyStage, clusterer: StoryClusterer, article: SegmentedArticle, found: FoundCopies): Promise<TracedBeforeGrouping> {
  const guess = firstActiveStory(clusterer, found.ids);
  if (guess === undefined) return {};
  let compared = guess;
  let traced = await copies.detect(article, found, { id: guess, created: false });
  let sourceStory = reprintSourceStory(clusterer, traced.verdict);
  if (sourceStory !== undefined && sourceStory !== guess) {
    compared = sourceStory;
    traced = await copies.detect(article, found, { id: sourceStory, created: false }, traced);
    sourceStory = reprintSourceStory(clusterer, traced.verdict);
  }
  return { traced, compared, reprinted: sourceStory === compared ? traced.verdict.sources[0].article : undefined };
}

/** The active story of the first of these articles that is in one. */
function firstActiveStory(clusterer: StoryClusterer, ids: readonly string[]): string | undefined {
  for (const id of ids) {
    const story = clusterer.activeStoryOf(id);
    if (story !== undefined) return story;
  }
  return undefined;
}

/** The active story of the article a reprint verdict names as its source, if any. */
function reprintSourceStory(clusterer: StoryClusterer, verdict: VerdictWithoutEdits): string | undefined {
  return verdict.kind === 'reprint' ? clusterer.activeStoryOf(verdict.sources[0].article) : undefined;
}
