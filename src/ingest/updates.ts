/**
 * Updates: an article read under a stored id with another text, or with its
 * stored text under another headline, is a report corrected or developed
 * under its address (or, by mistake, another report given the same id).
 * With `updates: 'replace'` (the default) the newest text takes the stored
 * one's place (by the time it was last modified, else published; the last
 * read when they tell nothing, so a text older than the stored one does not
 * replace it, nor one this id had before and an update replaced, unless its
 * date says it is newer): the stored article is removed without a tombstone
 * (`removeStored`: its story made again, its copies traced again) and the
 * new text is added as any arrival is, so it joins the story it now belongs
 * to and is compared for copies again. What a reader would not see as a
 * change is no update: a page fetched again with other boilerplate around
 * the same report. A new text too short to store keeps the stored one (a
 * page emptied or broken is not taken for the report).
 */
import { keptText, originPlace, type Article } from '../article.js';
import { InputError } from '../errors.js';
import type { ArticleProfile, StoryAssignment, StoryClusterer } from '../stories/index.js';
import { instantOf } from '../time.js';

/** What ingest does with an article read under a stored id with another text. */
export type UpdatePolicy = 'replace' | 'keep';

export const UPDATE_POLICIES: readonly UpdatePolicy[] = ['replace', 'keep'];

/** Updates waiting to replace stored texts (the newest of each id) are handled this many at a time. */
export const UPDATE_BATCH = 1000;

export interface Update {
  article: Article;
  hash: string;
}

/**
 * The story a stored text was in, for its new text: grouped afresh when the
 * story is active (it is among the candidates; a text changed past the
 * threshold moves); kept there when the story is no longer active
 * (`stays`: a correction weeks on does not leave its story); a story the
 * stored text made alone (`emptied` by its removal) gives its id to the
 * story the new text starts, so its address stays.
 */
export interface Home {
  story: string;
  similarity: number;
  emptied: boolean;
  stays: boolean;
}

export function homeOf(clusterer: StoryClusterer, story: string | null, similarity: number | null, emptied: ReadonlySet<string>): Home | undefined {
  if (story === null) return undefined;
  const isEmptied = emptied.has(story);
  return { story, similarity: similarity ?? 0, emptied: isEmptied, stays: !isEmptied && clusterer.story(story)?.retired !== false };
}

/** The new text kept in its story no longer active: counted in the frequencies, its similarity on joining kept. */
export function stayHome(clusterer: StoryClusterer, profile: ArticleProfile, home: Home): StoryAssignment {
  clusterer.count(profile);
  return { story: home.story, created: false, similarity: home.similarity, related: [], retired: [] };
}

/** `text` was last modified (else published) before `other`: both say when, and `text` is older. */
export function olderText(text: Article, other: Article): boolean {
  const time = (article: Article) => instantOf(article.modified ?? article.published ?? '');
  return time(text) < time(other);
}

/**
 * The stored text stays: the new one is older by their dates, or it is a
 * text of this id that an update already replaced (`replacedBefore`: a stale
 * copy read again) and no date says it is newer than the stored one.
 */
export function keepsStoredText(text: Article, stored: Article, replacedBefore: boolean): boolean {
  return olderText(text, stored) || (replacedBefore && !olderText(stored, text));
}

/** The stored article and a new text of it, cleaned, tell a reader the same: outlet, title, date and the text cleaning kept. */
export function sameReport(stored: Article, cleaned: Article): boolean {
  return stored.outlet === cleaned.outlet && stored.title === cleaned.title && stored.published === cleaned.published && keptText(stored) === keptText(cleaned);
}

/** A new text that cannot replace the stored one, as a problem naming where it was read and why the stored text stays. */
export function keptStoredProblem(article: Article, reason: string): InputError {
  return new InputError(article.origin.input, originPlace(article.origin), `${reason}; the stored text of article ${article.id} is kept`);
}
