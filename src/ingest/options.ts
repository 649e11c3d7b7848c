import { expected, type InputError } from '../errors.js';
import { checkPositiveInteger, withDefaults } from '../options.js';
import type { PrepareOptions } from '../pipeline.js';
import type { ReadInputsOptions } from '../read/index.js';
import type { StoryOptions } from '../stories/index.js';
import type { CopyOptions } from '../copies/index.js';
import { IngestSession } from './session.js';
import { UPDATE_POLICIES, type UpdatePolicy } from './updates.js';

export interface IngestProgress {
  /** Articles handled so far: stored, already stored, or skipped. */
  done: number;
  /** Articles in all the inputs, once every input has been read. */
  total: number | undefined;
  added: number;
  alreadyStored: number;
  problems: number;
  /** The ids whose stored texts were replaced since the last progress call (`IngestReport.replaced`), their new texts written: each id is told once, so a caller gathers them. */
  replaced: readonly string[];
  /** The stored copies first retraced since the last progress call (`IngestReport.retraced`), their new verdicts written. */
  retraced: readonly string[];
  /** The dates left out of the articles written since the last progress call (`IngestReport.datesLeftOut`). */
  datesLeftOut: IngestReport['datesLeftOut'];
}

export interface IngestOptions {
  /**
   * Articles written per transaction: a crash loses at most the open batch.
   * Each batch also saves what changed in the story clusterer's state, so a
   * larger batch spreads that cost over more articles.
   */
  batchSize: number;
  /**
   * New articles read ahead and put in publication order before they are
   * added, a batch at a time, so the earliest report of an event starts its
   * story and is the source its copies trace to. Stories retire by the
   * dates arriving, so an archive read out of date order groups nearly as
   * well in small windows (DUC 2004's 475 new articles in folder order with
   * batches of 100: 145 stories in one window, 154 in windows of 100; 307
   * before 2026-12-06, when a story retired as soon as an article dated a
   * month later had arrived). Costs memory: the raw articles, a few KB each.
   */
  orderWindow: number;
  read: Partial<ReadInputsOptions>;
  prepare: PrepareOptions;
  stories: Partial<StoryOptions>;
  copies: Partial<CopyOptions>;
  /** At most this many stored articles sharing fingerprint keys are compared with each arrival. */
  copyCandidates: number;
  /** The story's this many most recent articles are compared too, whatever their fingerprint. */
  storyCandidates: number;
  /**
   * Earlier articles kept in memory for comparisons, as their copy profiles
   * without their tokens, so recent candidates are not read back and
   * re-segmented. 8,000 (some 210 MB of heap: ingesting 50,000 replayed
   * articles kept 134 MB more with 8,000 than with 3,000, peak RSS 1,084
   * against 962 MB): an original its copies
   * come back to after thousands of other arrivals (a story's members over
   * days, wire copy reprinted late) is still at hand; re-reading it costs
   * about what ingesting an article does. The benchmark's replay asks for
   * some 3,400 articles a round of 2,290 arrivals (each base article's
   * original and its rewrites): with 3,000 kept, 30% of its candidates
   * were read back from 50,000 articles on.
   */
  recentArticles: number;
  /**
   * Articles with fewer words than this left after cleaning are not stored
   * but reported as problems (a stray word, a menu line, a headline with no
   * report): each would start a story of its own. Each character of a
   * script written without spaces (Chinese, Japanese, Thai) counts as a word.
   */
  minWords: number;
  /**
   * An article read under a stored id with another text (a report updated
   * under its address): `replace` stores the newest text in place of the
   * stored one (its story and copies worked out again; newest by the time
   * last modified, else published, else the last read: an older text than
   * the stored one counts as already stored); `keep` keeps the stored text
   * and names the article in `IngestReport.changed`.
   */
  updates: UpdatePolicy;
  /**
   * A text an update replaced is kept as an earlier version of its article,
   * at most this many an article (the oldest dropped; 0 keeps none), so a
   * reader sees what a correction changed (`storyRevisions`). 10: a report
   * developed through the day under one address keeps its day's versions,
   * each about its own text's size in the database.
   */
  keptVersions: number;
  /** Called after every batch is written (and once at the end): what a run refused by a later write had stored is known. */
  onProgress: ((progress: IngestProgress) => void) | undefined;
  /**
   * Kept by a long-running caller (a server, a loop) across its ingests of
   * one database: the story clusterer the last one saved is taken up again
   * instead of loaded, while no other write came in between.
   */
  session: IngestSession | undefined;
}

export const defaultIngestOptions: Readonly<IngestOptions> = Object.freeze({
  batchSize: 1000,
  orderWindow: 10_000,
  read: {},
  prepare: {},
  stories: {},
  copies: {},
  copyCandidates: 8,
  storyCandidates: 4,
  recentArticles: 8000,
  minWords: 8,
  updates: 'replace',
  keptVersions: 10,
  onProgress: undefined,
  session: undefined,
});

export interface IngestReport {
  /** Articles stored by this run. */
  added: number;
  /** Articles skipped because the same id or content was stored before (or earlier in this run). */
  alreadyStored: number;
  /**
   * With `updates: 'keep'`, of `alreadyStored`, the articles whose id is
   * stored (or came earlier in this run) with another text or outlet: an
   * update of a report, or two reports given one id. The text stored first
   * is kept; `removeArticles` then `allowRemoved` lets the new one in.
   */
  changed: Array<{ id: string; input: string; place: string }>;
  /**
   * With `updates: 'replace'`, the stored articles (or stored earlier in
   * this run) whose text this run replaced by a new one read under the
   * same id (where it was read), not counted in `added`. A new text that
   * tells a reader nothing new (other boilerplate around the same report)
   * counts as already stored; one too short to store is a problem and
   * the stored text stays.
   */
  replaced: Array<{ id: string; input: string; place: string }>;
  /** Articles skipped because they were removed (`removeArticles`; the same id or content), with when (ISO 8601); `allowRemoved` lets one in again. */
  removed: Array<{ id: string; removed: string }>;
  /** The web addresses that answered `304 Not Modified` (read again with `validators`, as `tidings ingest --every` does): unchanged since they were last read. */
  unchanged: string[];
  /** Inputs, lines or items that could not be read, and articles with no text or fewer than `minWords` words left after cleaning. */
  problems: InputError[];
  /**
   * New articles stored without a date they gave, which could not be read or
   * cannot be when the article was written (in 2999, before 1900): where,
   * and the reader's reason (the article's message).
   */
  datesLeftOut: Array<{ id: string; input: string; place: string; reason: string }>;
  /** Distinct stories the new articles went into. */
  stories: number;
  /** Stories started by this run. */
  newStories: number;
  /**
   * The articles stored before that were found to copy a new one published
   * before them (an archive ingested after its reprints), their verdicts
   * written again, each once. Copies of an update traced again to its new
   * text are not among them: `replaced` names the update.
   */
  retraced: string[];
  /**
   * The new articles copy detection found to be reprints or rewrites of
   * earlier ones; `retraced`, how many articles `retraced` lists.
   */
  copies: { reprint: number; rewrite: number; retraced: number };
  /** Wall-clock seconds in each stage; what is left of the run's time went to reading the inputs. */
  seconds: IngestSeconds;
}

export interface IngestSeconds {
  /** Cleaning and segmenting. */
  prepare: number;
  /** Story profiles and grouping, and the clusterer state saved with each batch. */
  stories: number;
  /** Fingerprints, candidate look-ups and sentence alignment. */
  copies: number;
  /** Looking up stored ids and hashes, and writing the batches. */
  store: number;
  /** Taking out the stored texts that updates replace (`updates: 'replace'`): their stories made again, their copies traced again, the clusterer's state without them. Adding the new texts counts in the other stages. */
  replace: number;
}

export function checkIngestOptions(options: Partial<IngestOptions> | undefined): IngestOptions {
  const settings = withDefaults('ingest', defaultIngestOptions as IngestOptions, options);
  for (const name of ['batchSize', 'orderWindow', 'copyCandidates', 'recentArticles', 'minWords'] as const) checkPositiveInteger('ingest', name, settings[name]);
  if (settings.orderWindow < settings.batchSize) expected(`ingest.orderWindow of at least batchSize (${settings.batchSize})`, settings.orderWindow);
  if (settings.recentArticles < settings.batchSize) expected(`ingest.recentArticles of at least batchSize (${settings.batchSize}): the open batch is compared from memory`, settings.recentArticles);
  for (const name of ['storyCandidates', 'keptVersions'] as const) {
    if (!Number.isInteger(settings[name]) || settings[name] < 0) expected(`ingest.${name} to be a non-negative integer`, settings[name]);
  }
  if (!UPDATE_POLICIES.includes(settings.updates)) expected(`ingest.updates to be one of ${UPDATE_POLICIES.join(', ')}`, settings.updates);
  if (settings.onProgress !== undefined && typeof settings.onProgress !== 'function') expected('ingest.onProgress to be a function', settings.onProgress);
  if (settings.session !== undefined && !(settings.session instanceof IngestSession)) expected('ingest.session to be an IngestSession', settings.session);
  for (const name of ['read', 'prepare', 'stories', 'copies'] as const) {
    const value = settings[name];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) expected(`ingest.${name} options as an object`, value);
  }
  return settings;
}
