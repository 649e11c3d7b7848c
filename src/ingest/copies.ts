/**
 * Copy detection against the store: an arrival's fingerprint keys (exact hash,
 * MinHash bands) find stored and pending articles that may share its text;
 * those, plus its story's most recent articles, are compared sentence by
 * sentence (`compareCandidates`), a reprint replaced by its source.
 * Candidates come from memory when recent (kept without their tokens:
 * `keptCandidate`), else from the store, segmented again. A candidate
 * published after the arrival cannot be its source, but may copy it: an
 * archive ingested after its reprints. Those are traced again with the
 * arrival among their candidates (`retraceLater`).
 */
import type { Article, SegmentedArticle } from '../article.js';
import { compareCandidates, copyKeyNumbers, keptCandidate, publishedAfterOf, type CopyCandidate, type CopyOptions, type VerdictWithoutEdits } from '../copies/index.js';
import { checkCopyOptions } from '../copies/options.js';
import { segment } from '../segment/index.js';
import type { PrepareOptions } from '../pipeline.js';
import type { Store } from '../store/index.js';
import type { IngestOptions } from './options.js';
import type { PendingBatch } from './pending.js';
import { RecentValues } from './recent.js';
import { isDateOnly, laterThanDateOnly } from './publication-order.js';

/** At most this many stored reprints of an article found to copy an older arrival follow it to that arrival. */
const FOLLOWING_REPRINTS = 64;

/** Stored articles as copy candidates: segmented again, kept without their tokens. Unknown ids are left out. */
export async function storedCandidates(store: Store, ids: readonly string[], prepare: PrepareOptions): Promise<CopyCandidate[]> {
  return (await store.articles(ids)).map((stored) => keptCandidate(segment(stored, prepare.segment)));
}

/** An arrival's copy keys and the articles sharing them, the most keys shared first, then the latest arrival. */
export interface FoundCopies {
  copyKeys: Float64Array;
  ids: readonly string[];
}

/** An arrival's verdict, the candidate ids it was made against (in the order compared), and those published after it. */
export interface Traced {
  ids: readonly string[];
  verdict: VerdictWithoutEdits;
  later: string[];
}

/** The same ids in the same order (the order breaks ties between equally dated candidates). */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export class CopyStage {
  private readonly recent: RecentValues<CopyCandidate>;
  /** `settings.copies` checked once, for the two calls an arrival makes with them. */
  private readonly copies: CopyOptions;

  constructor(
    private readonly store: Store,
    private readonly pending: PendingBatch,
    private readonly settings: IngestOptions,
  ) {
    this.recent = new RecentValues(settings.recentArticles);
    this.copies = checkCopyOptions(settings.copies);
  }

  /**
   * The arrival's copy keys (what later arrivals will find it by) and the
   * articles sharing them, at most `copyCandidates`: the candidates its
   * fingerprint finds, whatever story it joins. The open batch's and the
   * stored ones are ranked together, the most keys shared first, then the
   * latest arrival (every open-batch article arrived after every stored
   * one), so within the store's copy window where the batch boundaries fall
   * changes neither the order nor which are left out.
   */
  async find(article: SegmentedArticle): Promise<FoundCopies> {
    const copyKeys = copyKeyNumbers(article, this.copies);
    const { copyCandidates } = this.settings;
    // Stable: among equals the open batch's stay before the stored ones.
    const ranked = [...this.pending.copyCandidates(copyKeys, copyCandidates), ...(await this.store.copyCandidates(copyKeys, copyCandidates))].sort((a, b) => b.shared - a.shared);
    // A pending update of a stored article is in both lists: it takes one slot.
    const ids = [...new Set(ranked.map((candidate) => candidate.id))];
    return { copyKeys, ids: ids.slice(0, copyCandidates) };
  }

  /**
   * The arrival's verdict against the articles `find` found and the
   * recent members of `story`, the one it joined, or started (`created`:
   * nothing of it is stored yet); and the candidates published after it.
   * Given the verdict an earlier call made (`previous`), compares again
   * only when the candidate ids differ: the same ids give the same verdict.
   */
  async detect(article: SegmentedArticle, found: FoundCopies, story: { id: string; created: boolean }, previous?: Traced): Promise<Traced> {
    const ids = await this.candidateIds(article, found, story);
    return previous !== undefined && sameIds(previous.ids, ids) ? previous : this.compare(article, ids);
  }

  /** The ids `find` found, then the recent members of `story` not among them, without the arrival's own. */
  private async candidateIds(article: SegmentedArticle, found: FoundCopies, story: { id: string; created: boolean }): Promise<string[]> {
    const ids = new Set(found.ids);
    const { storyCandidates } = this.settings;
    if (storyCandidates > 0) {
      const members = this.pending.storyMembers(story.id).slice(0, storyCandidates);
      if (members.length < storyCandidates && !story.created && !this.pending.startedStory(story.id)) members.push(...(await this.store.storyArticleIds(story.id, storyCandidates - members.length)));
      for (const id of members) ids.add(id);
    }
    ids.delete(article.id);
    return [...ids];
  }

  /** The arrival's verdict against these candidates (each reprint replaced by its source), and those published after it. */
  private async compare(article: SegmentedArticle, ids: string[]): Promise<Traced> {
    const sources = await this.originals(ids);
    const candidates = await this.load(sources);
    const dateOnlyAfter = article.published !== undefined && isDateOnly(article.published) ? laterThanDateOnly(article, await this.dates(new Set([...ids, ...sources]))) : () => false;
    const afterArticle = publishedAfterOf(article);
    const isLater = candidates.map((candidate) => afterArticle(candidate) || dateOnlyAfter(candidate));
    const later = candidates.filter((_, i) => isLater[i]).map((candidate) => candidate.id);
    return { ids, verdict: compareCandidates(article, candidates.filter((_, i) => !isLater[i]), this.copies), later };
  }

  /**
   * The stored articles of `later` (published after `article`, stored
   * before it) that copy it: each compared again with `article` beside the
   * sources it names, which keep a sentence `article` holds too unless
   * `article` was published before them (a wire report dated by its day
   * alone and a reprint of it timed that day are the same age: the rewrite
   * of the wire report is not traced to the reprint when the reprint is
   * corrected); a new verdict by id where it names `article`. One
   * that becomes a reprint hands its own reprints to `article` too, as
   * `originals` would have had they arrived in order: the
   * `FOLLOWING_REPRINTS` most recently stored, so an archive read newest
   * first, each older reprint re-pointing all before it, costs a bounded
   * amount an arrival; older ones keep naming their source (a chain).
   */
  async retraceLater(article: SegmentedArticle, later: readonly string[]): Promise<Map<string, VerdictWithoutEdits>> {
    const traced = new Map<string, VerdictWithoutEdits>();
    const arrival = keptCandidate(article);
    const retrace = async (ids: readonly string[], named: ReadonlyMap<string, string[]>) => {
      for (const stored of await this.store.articles(ids.filter((id) => !traced.has(id)))) {
        const copy = segment(stored, this.settings.prepare.segment);
        const sources = await this.load((named.get(copy.id) ?? []).filter((id) => id !== article.id));
        const verdict = compareCandidates(copy, [...sources, arrival], this.copies);
        if (verdict.sources.some((source) => source.article === article.id)) traced.set(copy.id, verdict);
      }
    };
    await retrace(later, await this.store.copySources(later));
    for (const [id, verdict] of [...traced]) if (verdict.kind === 'reprint') await retrace(await this.store.reprintsOf(id, FOLLOWING_REPRINTS), new Map());
    return traced;
  }

  /**
   * The candidates with every reprint replaced by the article it reprints
   * (the earliest publisher is the origin): a wire story reprinted by many
   * outlets costs one comparison, not one per reprint, and is traced to its
   * source even after the source left the copy window. The store is
   * asked only about articles not in the open batch: it holds none of those.
   */
  private async originals(ids: readonly string[]): Promise<string[]> {
    const reprints = this.pending.reprintSources(ids);
    for (const [id, sources] of await this.store.reprintSources(ids.filter((id) => !reprints.has(id) && !this.pending.has(id)))) reprints.set(id, sources);
    return [...new Set(ids.map((id) => reprints.get(id)?.[0] ?? id))];
  }

  /**
   * Keeps a new article at hand: the next arrivals are most likely to copy
   * it. Not a reprint: `originals` puts its source in its place wherever it
   * is a candidate, so it is never compared again and would only push out
   * an article that is.
   */
  remember(article: SegmentedArticle, verdict: VerdictWithoutEdits): void {
    if (verdict.kind !== 'reprint') this.recent.set(article.id, keptCandidate(article));
  }

  /** Drops articles removed from the store (replaced by a new text): they are no candidates any more. */
  forget(ids: readonly string[]): void {
    for (const id of ids) this.recent.delete(id);
  }

  /**
   * The dates and outlets of these articles, a reprint `originals` replaced
   * included: a date-only arrival that credits it follows it
   * (`laterThanDateOnly`). From the open batch or memory, else the store
   * (without their texts).
   */
  private async dates(ids: ReadonlySet<string>): Promise<Pick<Article, 'published' | 'outlet'>[]> {
    const known: Pick<Article, 'published' | 'outlet'>[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const found = this.pending.article(id) ?? this.recent.get(id);
      if (found) known.push(found);
      else missing.push(id);
    }
    return [...known, ...(await this.store.storedDates(missing)).values()];
  }

  private async load(ids: readonly string[]): Promise<CopyCandidate[]> {
    const found = new Map<string, CopyCandidate>();
    const missing: string[] = [];
    for (const id of ids) {
      const recent = this.recent.get(id);
      if (recent) found.set(id, recent);
      else missing.push(id);
    }
    for (const candidate of await storedCandidates(this.store, missing, this.settings.prepare)) {
      this.recent.set(candidate.id, candidate);
      found.set(candidate.id, candidate);
    }
    return ids.flatMap((id) => found.get(id) ?? []);
  }
}
