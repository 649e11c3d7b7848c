/**
 * Ingest: read → skip what is stored → put each window of `orderWindow` new
 * articles in publication order → clean and segment → copy detection against
 * the store, and story grouping (a reprint joins its source's active story
 * without a search when near enough: `StoryClusterer.add`) → store, one
 * transaction per `batchSize` articles that also holds the clusterer's
 * state, so a crash loses at most the open batch and never half an article,
 * and a rerun continues. New
 * texts of stored ids wait, `UPDATE_BATCH` at a time, until what they
 * replace is stored; then the stored articles are removed and the new
 * texts added (`updates.ts`): a crash between the two leaves the new text
 * to the rerun, as a new article.
 */
import { performance } from 'node:perf_hooks';
import { itemPlace, originPlace, type Article, type SegmentedArticle } from '../article.js';
import { cleaner } from '../clean/index.js';
import { expected, InputError } from '../errors.js';
import { segmenter } from '../segment/index.js';
import { DATE_RULES, STORED_ITEM_RULE, streamInputs, type InputResult } from '../read/index.js';
import { contentHash, type Store, type StoredKeys } from '../store/index.js';
import { articleProfile, storyOptions } from '../stories/index.js';
import { rankedHeadline } from '../summarize/index.js';
import { CopyStage } from './copies.js';
import { checkLeftHeadlines, HeadlineReadings, keepHeadlinesCurrent } from './current-headline.js';
import { checkIngestOptions, type IngestOptions, type IngestReport } from './options.js';
import { PendingBatch } from './pending.js';
import { tracedBeforeGrouping } from './reprint-story.js';
import { keptWords } from './kept-words.js';
import { inPublicationOrder } from './publication-order.js';
import { removeStored, type HeldClusterer } from './remove.js';
import { startingClusterer } from './session.js';
import { homeOf, keepsStoredText, keptStoredProblem, olderText, sameReport, stayHome, UPDATE_BATCH, type Home, type Update } from './updates.js';

/** An article cleaned and segmented, and why it is too short to store (undefined when it is not). */
interface Prepared {
  cleaned: Article;
  segmented: SegmentedArticle;
  short: string | undefined;
}

/** Ids and hashes are looked up in the store this many at a time. */
const LOOKUP_CHUNK = 500;

export async function ingest(store: Store, inputs: readonly string[], options?: Partial<IngestOptions>): Promise<IngestReport> {
  if (store === null || typeof store !== 'object' || typeof store.writeBatch !== 'function') expected('a Store (openStore)', store);
  const settings = checkIngestOptions(options);
  /** The story options checked once, for the profile of every arrival. */
  const storySettings = storyOptions(settings.stories);
  /**
   * The clusterer as the store saved it (none yet: a new one; the session's: not loaded again), the
   * generation it was saved at, and the frequencies' keys the store holds (each save adds those first
   * counted since). Read when an arrival first needs grouping: an ingest that stores nothing reads none.
   */
  let held: HeldClusterer | undefined;
  const grouping = async (): Promise<HeldClusterer> => {
    if (held === undefined) {
      const { clusterer, generation } = await startingClusterer(store, settings.stories, settings.session);
      held = { clusterer, generation, savedKeys: clusterer.countedKeys() };
    }
    return held;
  };
  const pending = new PendingBatch();
  const copies = new CopyStage(store, pending, settings);
  const report: IngestReport = {
    added: 0,
    alreadyStored: 0,
    changed: [],
    replaced: [],
    removed: [],
    unchanged: [],
    problems: [],
    datesLeftOut: [],
    stories: 0,
    newStories: 0,
    retraced: [],
    copies: { reprint: 0, rewrite: 0, retraced: 0 },
    seconds: { prepare: 0, stories: 0, copies: 0, store: 0, replace: 0 },
  };
  const { seconds } = report;
  const touched = new Set<string>();
  /** `report.retraced`, in the order first traced. */
  const retraced = new Set<string>();
  let changedStories = new Set<string>();
  /** The stories joined since the last batch by an arrival leading with a count or with the missing found, whose headline may have been superseded (`keepHeadlinesCurrent`), and what their headlines read of each article. */
  let countLed = new Set<string>();
  const headlineReadings = new HeadlineReadings(settings.prepare.segment);
  /** New articles waiting for their window to be put in publication order; an update's new text comes prepared (it was compared with the stored one). */
  let window: Array<{ article: Article; hash: string; prepared?: Prepared }> = [];
  /** Ids and hashes of the articles the store does not hold yet: the open window's, and those left with no text. */
  let addedIds = new Set<string>();
  let addedHashes = new Set<string>();
  const dropped: Array<{ id: string; hash: string }> = [];
  /** New texts of stored ids (`updates: 'replace'`), the newest of each (`olderText`). */
  const updates = new Map<string, Update>();
  /** Their texts' hashes: a store holds each text once, so another article with one of them is already stored. */
  const updateHashes = new Set<string>();
  /** The ids being added in place of stored texts, with the story the stored text was in (`Home`). */
  const replacing = new Map<string, Home | undefined>();
  /** Once the store answers for everything written, only what it cannot know needs remembering (memory stays bounded). */
  const forgetStored = () => {
    addedIds = new Set(dropped.map((item) => item.id));
    addedHashes = new Set(dropped.map((item) => item.hash));
    for (const { article, hash } of window) {
      addedIds.add(article.id);
      addedHashes.add(hash);
    }
  };
  let done = 0;
  let read = 0;
  let readAll = false;

  const skipStored = () => {
    done += 1;
    report.alreadyStored += 1;
  };
  /** A text of this id waiting to replace the stored one is superseded by a later read: already stored, as any repeat. */
  const supersede = (id: string) => {
    const waiting = updates.get(id);
    if (waiting === undefined) return;
    updates.delete(id);
    updateHashes.delete(waiting.hash);
    skipStored();
  };
  /** How much of `report.replaced` and `report.datesLeftOut` the progress calls have told, and the ids first retraced since the last: each is told once, in the call after it was written. */
  const told = { replaced: 0, datesLeftOut: 0 };
  let untoldRetraced: string[] = [];
  const progress = () => {
    if (settings.onProgress === undefined) return;
    const replaced = report.replaced.slice(told.replaced).map((update) => update.id);
    const datesLeftOut = report.datesLeftOut.slice(told.datesLeftOut);
    const newlyRetraced = untoldRetraced;
    told.replaced = report.replaced.length;
    told.datesLeftOut = report.datesLeftOut.length;
    untoldRetraced = [];
    settings.onProgress({ done, total: readAll ? read : undefined, added: report.added, alreadyStored: report.alreadyStored, problems: report.problems.length, replaced, retraced: newlyRetraced, datesLeftOut });
  };
  const flush = async () => {
    if (pending.size === 0) return;
    const live = await grouping();
    const started = performance.now();
    const changes = live.clusterer.changes(changedStories, live.savedKeys);
    const counted = live.clusterer.countedKeys();
    const saving = performance.now();
    seconds.stories += (saving - started) / 1000;
    await store.writeBatch({ ...pending.take(), clusterer: { changes, generation: live.generation }, headlineChecks: [...countLed] });
    const written = performance.now();
    seconds.store += (written - saving) / 1000;
    await keepHeadlinesCurrent(store, countLed, headlineReadings);
    countLed = new Set();
    seconds.stories += (performance.now() - written) / 1000;
    live.generation += 1;
    live.savedKeys = counted;
    changedStories = new Set();
    progress();
    await new Promise((resolve) => setImmediate(resolve));
  };

  const cleanArticle = cleaner(settings.prepare.clean);
  const segmentArticle = segmenter(settings.prepare.segment);
  const prepare = (article: Article): Prepared => {
    const started = performance.now();
    const cleaned = cleanArticle(article);
    const segmented = segmentArticle(cleaned);
    seconds.prepare += (performance.now() - started) / 1000;
    const words = keptWords(segmented, settings.minWords);
    const short = words >= settings.minWords ? undefined : words === 0 ? 'no article text left after cleaning' : `too short to store as an article: ${words === 1 ? '1 word' : `${words} words`} left after cleaning, fewer than ${settings.minWords}`;
    return { cleaned, segmented, short };
  };

  const addArticle = async (article: Article, hash: string, prepared: Prepared = prepare(article)) => {
    const { cleaned, segmented, short } = prepared;
    if (short !== undefined) {
      report.problems.push(new InputError(article.origin.input, itemPlace(article.origin, article), short));
      dropped.push({ id: article.id, hash });
      return;
    }
    const { clusterer } = held ?? (await grouping());
    const started = performance.now();
    const home = replacing.get(article.id);
    const profile = articleProfile(segmented, storySettings);
    const profiled = performance.now();
    const found = await copies.find(segmented);
    const before = home === undefined ? await tracedBeforeGrouping(copies, clusterer, segmented, found) : {};
    let { traced } = before;
    const { compared, reprinted } = before;
    const reprinting = reprinted === undefined || compared === undefined ? undefined : { story: compared, related: pending.related(reprinted) ?? (await store.articleRelated(reprinted)) };
    const searched = performance.now();
    const assignment = home?.stays ? stayHome(clusterer, profile, home) : clusterer.add(profile, { storyId: home?.emptied ? home.story : undefined, reprinting });
    const grouped = performance.now();
    seconds.stories += (profiled - started + grouped - searched) / 1000;
    if (traced === undefined || assignment.story !== compared) traced = await copies.detect(segmented, found, { id: assignment.story, created: assignment.created }, traced);
    const { verdict, later } = traced;
    const { copyKeys } = found;
    const headline = rankedHeadline(segmented);
    if (headlineReadings.remember(segmented, headline)) countLed.add(assignment.story);
    pending.add({ article: cleaned, headline: headline?.text, headlineRank: headline?.rank ?? 0, hash, copyKeys, verdict, story: { id: assignment.story, similarity: assignment.similarity, created: assignment.created, related: assignment.related, emptied: home?.emptied ? home.story : undefined } });
    copies.remember(segmented, verdict);
    if (later.length > 0) {
      for (const [id, traced] of await copies.retraceLater(segmented, later)) {
        pending.retrace(id, traced);
        // An update's copies traced back to its new text are no news of an older report: `replaced` tells of it.
        if (!replacing.has(article.id) && !retraced.has(id)) {
          retraced.add(id);
          untoldRetraced.push(id);
        }
      }
    }
    seconds.copies += (performance.now() - grouped + searched - profiled) / 1000;
    if (verdict.kind !== 'independent') report.copies[verdict.kind] += 1;
    if (replacing.has(article.id)) report.replaced.push({ id: article.id, input: article.origin.input, place: originPlace(article.origin) });
    else report.added += 1;
    if (assignment.created && !home?.emptied) report.newStories += 1;
    for (const message of article.messages) {
      if (DATE_RULES.has(message.rule)) report.datesLeftOut.push({ id: article.id, input: article.origin.input, place: originPlace(article.origin), reason: message.reason });
    }
    touched.add(assignment.story);
    if (!home?.stays) changedStories.add(assignment.story);
    for (const retired of assignment.retired) changedStories.add(retired.id);
  };

  /** The window in publication order, a batch (one transaction) at a time. */
  const addWindow = async () => {
    const arrivals = inPublicationOrder(window);
    window = [];
    for (let start = 0; start < arrivals.length; start += settings.batchSize) {
      const batch = arrivals.slice(start, start + settings.batchSize);
      for (const { article, hash, prepared } of batch) await addArticle(article, hash, prepared);
      done += batch.length;
      await flush();
    }
  };

  /**
   * The waiting updates, once every text they replace is stored: each
   * compared with the stored text; those that change it replace it (the
   * stored ones removed from the store and from the clusterer's state, the
   * new texts added); an id whose earlier text was not stored is added as new.
   */
  const replaceUpdates = async () => {
    if (updates.size === 0) return;
    await addWindow();
    const waiting = [...updates.values()];
    updates.clear();
    updateHashes.clear();
    const started = performance.now();
    const stored = new Map((await store.articles(waiting.map((update) => update.article.id))).map((article) => [article.id, article]));
    const replacedBefore = await store.replacedTexts(waiting.map(({ article, hash }) => ({ id: article.id, hash })));
    seconds.store += (performance.now() - started) / 1000;
    const replaced: Array<Update & { prepared: Prepared }> = [];
    for (const update of waiting) {
      const before = stored.get(update.article.id);
      if (before === undefined) {
        window.push(update);
        continue;
      }
      if (keepsStoredText(update.article, before, replacedBefore.has(update.article.id))) {
        skipStored();
        continue;
      }
      const prepared = prepare(update.article);
      if (sameReport(before, prepared.cleaned)) skipStored();
      else if (prepared.short !== undefined) {
        done += 1;
        report.problems.push(keptStoredProblem(update.article, prepared.short));
      } else replaced.push({ ...update, prepared });
    }
    if (replaced.length > 0) {
      const live = await grouping();
      const removing = performance.now();
      const { report: removal, found, generation: next } = await removeStored(store, replaced.map((update) => update.article.id), settings, { tombstones: false, held: live, keptVersions: settings.keptVersions, readings: headlineReadings });
      const emptied = new Set(removal.emptiedStories);
      for (const story of emptied) touched.delete(story);
      live.generation = next ?? live.generation;
      live.savedKeys = live.clusterer.countedKeys();
      copies.forget(removal.removed);
      seconds.replace += (performance.now() - removing) / 1000;
      for (const { id, story, similarity } of found) replacing.set(id, homeOf(live.clusterer, story, similarity, emptied));
      window.push(...replaced);
    }
    await addWindow();
    replacing.clear();
  };

  const handle = async (result: InputResult) => {
    for (const problem of result.problems) report.problems.push(problem);
    if (result.unchanged) report.unchanged.push(result.input);
    report.alreadyStored += result.storedItems ?? 0;
    for (let start = 0; start < result.articles.length; start += LOOKUP_CHUNK) {
      const chunk = result.articles.slice(start, start + LOOKUP_CHUNK).map((article) => ({ article, id: article.id, hash: contentHash(article) }));
      const started = performance.now();
      const stored = await store.stored(chunk);
      const retitled = await retitledIds(chunk, stored);
      seconds.store += (performance.now() - started) / 1000;
      forgetStored();
      for (const { article, id, hash } of chunk) {
        const knownId = stored.ids.has(id) || addedIds.has(id);
        const knownText = stored.hashes.has(hash) || addedHashes.has(hash) || updateHashes.has(hash);
        const update = knownId && (!knownText || retitled.has(id)) && !unreadStoredItem(article);
        if (update && settings.updates === 'replace') {
          const waiting = updates.get(id);
          if (waiting !== undefined && olderText(article, waiting.article)) {
            skipStored();
            continue;
          }
          supersede(id);
          updates.set(id, { article, hash });
          updateHashes.add(hash);
          if (updates.size >= UPDATE_BATCH) await replaceUpdates();
          continue;
        }
        if (knownId || knownText) {
          if (knownId && updates.get(id)?.hash !== hash) supersede(id);
          skipStored();
          if (update) report.changed.push({ id, input: article.origin.input, place: originPlace(article.origin) });
          continue;
        }
        const removed = stored.removed.ids.get(id) ?? stored.removed.hashes.get(hash);
        if (removed !== undefined) {
          done += 1;
          report.removed.push({ id, removed });
          continue;
        }
        addedIds.add(id);
        addedHashes.add(hash);
        window.push({ article, hash });
        if (window.length >= settings.orderWindow) await addWindow();
      }
    }
  };

  /** Stored articles read again with their stored text under another headline: a headline corrected, an update. */
  const retitledIds = async (chunk: ReadonlyArray<{ article: Article; id: string; hash: string }>, stored: StoredKeys): Promise<Set<string>> => {
    const asked = chunk.filter(({ article, id, hash }) => article.title !== undefined && stored.ids.has(id) && stored.hashes.has(hash));
    if (asked.length === 0) return new Set();
    const titles = await store.storedTitles(asked.map(({ id }) => id));
    return new Set(asked.filter(({ article, id, hash }) => titles.get(id)?.hash === hash && titles.get(id)?.title !== article.title).map(({ id }) => id));
  };
  const checkingLeft = performance.now();
  await checkLeftHeadlines(store, headlineReadings);
  seconds.stories += (performance.now() - checkingLeft) / 1000;
  const storedIds = async (ids: readonly string[]) => (await store.stored(ids.map((id) => ({ id, hash: '' })))).ids;
  const reader = streamInputs(inputs, { storedIds, ...settings.read, skipFiles: [...store.files, ...(settings.read.skipFiles ?? [])] })[Symbol.asyncIterator]();
  let next = reader.next();
  for (;;) {
    const result = await next;
    if (result.done) break;
    read += result.value.articles.length;
    next = reader.next();
    next.then((upcoming) => (readAll = upcoming.done === true), () => undefined);
    await handle(result.value);
  }
  readAll = true;
  await addWindow();
  await replaceUpdates();
  if (held !== undefined) settings.session?.keep(store, settings.stories, { clusterer: held.clusterer, generation: held.generation });
  progress();
  report.stories = touched.size;
  report.retraced = [...retraced];
  report.copies.retraced = retraced.size;
  return report;
}

/** A feed item left as the feed gave it because its id is stored (its page, read when it was stored, is not read again): its text says nothing of a change. */
function unreadStoredItem(article: Article): boolean {
  return article.messages.some((message) => message.rule === STORED_ITEM_RULE);
}
