/**
 * Removing stored articles (a takedown, an item ingested by mistake): the
 * store drops everything that names them in one transaction, their stories
 * are made again from the articles they keep, the copies of a removed
 * article are traced again against the remaining ones, the clusterer's
 * state loses them, and a tombstone keeps ingest from adding them again
 * (`allowRemoved` lifts it).
 */
import type { Article } from '../article.js';
import type { CopyKind } from '../copies/index.js';
import { expected } from '../errors.js';
import { withDefaults } from '../options.js';
import { segment } from '../segment/index.js';
import type { RemovalPlan, Store } from '../store/index.js';
import { articleProfile, countedOnly, wholeStateChanges, type ArticleProfile, type CountedKeys, type StoryClusterer } from '../stories/index.js';
import { rankedHeadline } from '../summarize/index.js';
import { checkLeftHeadlines, HeadlineReadings, keepHeadlinesCurrent } from './current-headline.js';
import { defaultIngestOptions, type IngestOptions } from './options.js';
import { retraceCopies } from './retrace.js';
import { loadClusterer, type SavedClusterer } from './session.js';

/** The ingest options removal must share with the ingest that stored the articles, to see them as it did. */
export type RemoveOptions = Pick<IngestOptions, 'prepare' | 'stories' | 'copies'>;

export const defaultRemoveOptions: Readonly<RemoveOptions> = Object.freeze({
  prepare: defaultIngestOptions.prepare,
  stories: defaultIngestOptions.stories,
  copies: defaultIngestOptions.copies,
});

export interface RemovalReport {
  /** The articles removed, in the order they were stored. */
  removed: string[];
  /** The ids asked for that no stored article has, nor any earlier text. */
  notFound: string[];
  /**
   * Ids no stored article has whose earlier texts an update cut short left
   * (killed after taking the old text out, before storing the new one): their
   * earlier versions and replaced-text hashes deleted, a tombstone left.
   */
  leftoverTexts: string[];
  /** Stories made again: those that lost articles and keep others, and those holding a copy traced again. */
  changedStories: string[];
  /** Stories left with no article: deleted, with their links to related stories. */
  emptiedStories: string[];
  /** The copies of removed articles traced again against the remaining ones, in the order stored, with what they are now. */
  retraced: Array<{ article: string; kind: CopyKind; sources: string[] }>;
  /**
   * The database's write-ahead log still holds the removed text: another process was reading the
   * database (past the busy timeout), so the log could not be emptied; a later takedown with no reader empties it.
   */
  logKeepsText: boolean;
}

export async function removeArticles(store: Store, ids: readonly string[], options?: Partial<RemoveOptions>): Promise<RemovalReport> {
  checkStore(store);
  checkIds(ids);
  const settings = withDefaults('removeArticles', defaultRemoveOptions as RemoveOptions, options);
  const readings = new HeadlineReadings(settings.prepare.segment);
  await checkLeftHeadlines(store, readings);
  return (await removeStored(store, [...new Set(ids)], settings, { tombstones: true, readings })).report;
}

/** The clusterer ingest holds, as saved at `generation` with `savedKeys` counted: a removal changes it in place and saves what changed. */
export interface HeldClusterer extends SavedClusterer {
  savedKeys: CountedKeys;
}

/**
 * The removal itself, for checked ids and settings: the report, the story
 * each removed article was in, and the generation of the clusterer's state
 * saved with it (undefined: none is saved). A takedown (`tombstones`) saves
 * the whole state again, without the keys only removed articles held; ingest
 * replacing updates passes the clusterer it holds, which loses the removed
 * articles in place and saves only what changed, and how many earlier
 * versions of each to keep (`keptVersions`; a takedown deletes them).
 */
export async function removeStored(
  store: Store,
  asked: readonly string[],
  settings: RemoveOptions,
  { tombstones, held, keptVersions = 0, readings = new HeadlineReadings(settings.prepare.segment) }: { tombstones: boolean; held?: HeldClusterer; keptVersions?: number; readings?: HeadlineReadings },
): Promise<{ report: RemovalReport; found: RemovalPlan['found']; generation: number | undefined }> {
  const plan = await store.removalPlan(asked);
  const removed = new Set(plan.found.map((article) => article.id));
  const leftovers = tombstones ? plan.leftovers : [];
  const leftoverTexts = new Set(leftovers.map((leftover) => leftover.id));
  const report: RemovalReport = {
    removed: [...removed],
    notFound: asked.filter((id) => !removed.has(id) && !leftoverTexts.has(id)),
    leftoverTexts: [...leftoverTexts],
    changedStories: [],
    emptiedStories: [],
    retraced: [],
    logKeepsText: false,
  };
  if (removed.size === 0) {
    if (leftovers.length > 0) report.logKeepsText = (await store.removeArticles({ ids: [], leftovers, tombstones, keptVersions, verdicts: new Map(), headlines: new Map(), clusterer: undefined })).logKeepsText;
    return { report, found: plan.found, generation: held?.generation };
  }

  /** The remaining members of the stories that lose one: their headlines (as ingest ranks them), story profiles, and what checking their stories' headlines reads of them. */
  const headlines = new Map<string, { headline?: string; headlineRank: number }>();
  const profiles = new Map<string, ArticleProfile>();
  for (const story of new Set(plan.found.flatMap((article) => article.story ?? []))) {
    const members = (await store.storyArticles(story)).filter((article) => !removed.has(article.id));
    (members.length === 0 ? report.emptiedStories : report.changedStories).push(story);
    for (const member of members) {
      const segmented = segment(member, settings.prepare.segment);
      const headline = rankedHeadline(segmented);
      readings.remember(segmented, headline);
      headlines.set(member.id, { headline: headline?.text, headlineRank: headline?.rank ?? 0 });
      profiles.set(member.id, articleProfile(segmented, settings.stories));
    }
  }
  const live = held ?? (await savedClusterer(store, settings));
  const changed = live && (await takeOut(store, live.clusterer, removed, profiles, settings));
  const verdicts = await retraceCopies(store, plan.copies, removed, settings);
  for (const copy of plan.copies) {
    const verdict = verdicts.get(copy.id)!;
    report.retraced.push({ article: copy.id, kind: verdict.kind, sources: verdict.sources.map((source) => source.article) });
    if (copy.story !== null && !report.changedStories.includes(copy.story)) report.changedStories.push(copy.story);
  }
  const clusterer = live && {
    changes: tombstones ? wholeStateChanges(countedOnly(live.clusterer.toJSON())) : live.clusterer.changes(changed!, live.savedKeys),
    generation: live.generation,
    whole: tombstones,
  };
  const { logKeepsText } = await store.removeArticles({ ids: report.removed, leftovers, tombstones, keptVersions, verdicts, headlines, clusterer, headlineChecks: report.changedStories });
  report.logKeepsText = logKeepsText;
  await keepHeadlinesCurrent(store, report.changedStories, readings);
  return { report, found: plan.found, generation: live && live.generation + 1 };
}

/** Lifts the tombstones of removed articles, so ingest adds them again when it reads them. */
export async function allowRemoved(store: Store, ids: readonly string[]): Promise<{ allowed: string[]; notRemoved: string[] }> {
  checkStore(store);
  checkIds(ids);
  const allowed = new Set(await store.forgetRemoved([...new Set(ids)]));
  return { allowed: [...allowed], notRemoved: [...new Set(ids)].filter((id) => !allowed.has(id)) };
}

/** The clusterer as the store saved it; undefined when none is saved. */
async function savedClusterer(store: Store, settings: RemoveOptions): Promise<HeldClusterer | undefined> {
  const saved = await loadClusterer(store, settings.stories);
  return saved && { ...saved, savedKeys: saved.clusterer.countedKeys() };
}

/** Takes the removed articles out of the clusterer (`profiles` are the remaining members' known so far); returns the stories changed. */
async function takeOut(store: Store, clusterer: StoryClusterer, removed: ReadonlySet<string>, profiles: Map<string, ArticleProfile>, settings: RemoveOptions): Promise<Set<string>> {
  const profile = (article: Article) => articleProfile(segment(article, settings.prepare.segment), settings.stories);
  for (const article of await store.articles(clusterer.membersKept(removed).filter((id) => !profiles.has(id)))) profiles.set(article.id, profile(article));
  const gone = (await store.articles([...removed])).map(profile);
  return clusterer.remove({ removed: gone, members: profiles });
}

function checkStore(store: Store): void {
  if (store === null || typeof store !== 'object' || typeof store.removeArticles !== 'function') expected('a Store (openStore)', store);
}

function checkIds(ids: readonly string[]): void {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id === '')) expected('article ids as an array of non-empty strings', ids);
}
