/**
 * Online single-pass story grouping. Each arriving article is weighed with
 * the document frequencies learned so far (itself included), compared with
 * the centroids of a bounded set of candidate stories found through an
 * inverted index over the stories' heaviest keys, and joins the best one when
 * the similarity reaches `threshold` (less `nearTimeRelief` for a story it is
 * dated within `nearTimeDays` of, or `yearRelief` for one whose undated
 * members give the year an undated article gives); otherwise it starts a story. A dated
 * article only reaches stories dated within `retireAfterDays` of it, before
 * or after. Stories that fall silent are retired from the index, so cost and
 * memory stay flat however long the stream runs; silence is counted from the
 * stream's time, the median date of the latest arrivals, so an archive
 * backfilled after newer news groups as it would have when it was new.
 */
import { expected } from '../errors.js';
import { storyOptions, type StoryOptions } from './options.js';
import type { ArticleProfile } from './profile.js';
import { countDownAll, rebuiltStory, snapshotWithout, type StoryRemoval } from './removal.js';
import { readState, writeState, type LiveState, type StoryClustererState } from './state.js';
import { countedKeys, writeChanges, type CountedKeys, type StoryClustererChanges } from './changes.js';
import { emptyFrequencies, type DocumentFrequencies } from './frequencies.js';
import { addSharedWeights, INDEX_KEYS, mostShared, removePostings, storyNumber, updatePostings, type Postings } from './postings.js';
import { articleVectors, joinStory, newStory, rankedIds, scratchVectors, snapshot, storyCosines, type ActiveStory, type ArticleVectors, type StorySnapshot } from './story.js';
import { blend, timeDecay, type FieldCosines } from './weights.js';

export interface StoryAssignment {
  /** The story the article joined or started. */
  story: string;
  /** True when the article started a new story. */
  created: boolean;
  /** Similarity to the best candidate story (0 when there was none), whether or not it was joined; the best counts `nearTimeRelief`, the similarity does not. */
  similarity: number;
  /**
   * Other stories the article came near: at least `relatedThreshold` similar
   * but not the one it joined (or started), most similar first, at most
   * `MAX_RELATED`. The links between an event and its follow-ups, which the
   * stricter `threshold` keeps apart as stories.
   */
  related: RelatedStory[];
  /** Stories retired while adding this article (their final snapshots), for a store to save. */
  retired: StorySnapshot[];
}

export interface RelatedStory {
  story: string;
  similarity: number;
}

/** The story of the article an arrival reprints, and the related stories that article named when it arrived. */
export interface Reprinting {
  story: string;
  related: readonly RelatedStory[];
}

/** At most this many related stories are named per article. */
const MAX_RELATED = 3;

/** Retirement is checked every this many arrivals (and for each candidate). */
const RETIRE_EVERY = 64;
const DAY = 86_400_000;

export class StoryClusterer {
  readonly options: Readonly<StoryOptions>;
  private readonly stats: DocumentFrequencies;
  private readonly active = new Map<string, ActiveStory>();
  /** Retired stories' snapshots, oldest first, at most `keepRetired`. */
  private readonly retired = new Map<string, StorySnapshot>();
  /** Term id → the stories indexed under it; entity id → the same. */
  private readonly termIndex: Postings = [];
  private readonly entityIndex: Postings = [];
  private readonly indexed = new Map<string, { terms: number[]; entities: number[]; years: number[] }>();
  /** Year → how many active stories give it (`ActiveStory.years`), and how many give any. */
  private readonly yearStories = new Map<number, number>();
  private storiesWithYears = 0;
  /** Article id → story id, for the active stories' members. */
  private readonly members = new Map<string, string>();
  private arrivals = 0;
  private created = 0;
  /** The vectors an arrival is weighed into: only `add` reads them, and a story copies what it keeps of them. */
  private readonly scratch = scratchVectors();
  /** The stream's time: the median date of the dated articles that arrived in the `RETIRE_EVERY` arrivals before the last retirement. */
  private clock: number | undefined;
  /** Dated arrivals since the last retirement, their times in arrival order: the next `clock`. */
  private recent: number[] = [];

  constructor(options?: Partial<StoryOptions>, state?: StoryClustererState) {
    this.options = Object.freeze(storyOptions(options));
    if (state === undefined) {
      this.stats = { documents: 0, terms: emptyFrequencies(), entities: emptyFrequencies() };
      return;
    }
    const read = readState(state);
    this.stats = read.stats;
    this.arrivals = read.arrivals;
    this.created = read.created;
    this.clock = read.clock;
    this.recent = read.recent;
    for (const story of read.active) {
      this.active.set(story.id, story);
      this.reindex(story);
      for (const article of story.articles) this.members.set(article, story.id);
    }
    for (const story of read.retired) this.retired.set(story.id, story);
  }

  /**
   * Adds one article: it joins the most similar candidate story at or above
   * `threshold`, or starts a story, named `storyId` when given and no story
   * holds it (the story an earlier text of the article made alone, emptied
   * when a new text replaced it: its address stays the story's).
   *
   * `reprinting`: the story of the article this one reprints and the related
   * stories that article named (a caller that traced its copies first). A
   * reprint tells what its source told, so it joins that story without a
   * candidate search when the story is active, in reach and scores at least
   * `threshold` with it (counted, weighed and added to the centroid as any
   * member), naming those of its source's related stories still active (a
   * search never names a retired one); else it is grouped as any arrival.
   */
  add(profile: ArticleProfile, { storyId, reprinting }: { storyId?: string; reprinting?: Reprinting } = {}): StoryAssignment {
    checkProfile(profile);
    if (this.members.has(profile.id)) expected('an article not added before', profile.id);
    const arrival = ++this.arrivals;
    if (profile.time !== undefined) this.recent.push(profile.time);
    const vectors = articleVectors(profile, this.stats, true, this.scratch);
    const retired = arrival % RETIRE_EVERY === 0 ? this.retireSilent() : [];
    const source = reprinting === undefined ? undefined : this.active.get(reprinting.story);
    if (source !== undefined && this.inReach(source, profile.time)) {
      const similarity = this.similarity(storyCosines(vectors, [source])[0], profile, source);
      if (similarity + this.relief(profile, source) >= this.options.threshold) {
        const related = reprinting!.related.filter((other) => other.story !== source.id && this.active.has(other.story)).map((other) => ({ ...other }));
        return { ...this.join(source, profile, vectors, arrival), similarity, related, retired };
      }
    }
    let best: ActiveStory | undefined;
    let bestScore = 0;
    let bestSimilarity = 0;
    const near: RelatedStory[] = [];
    const reached = this.candidates(vectors, profile.time);
    const cosines = storyCosines(vectors, reached);
    for (const [i, story] of reached.entries()) {
      const similarity = this.similarity(cosines[i], profile, story);
      if (similarity >= this.options.relatedThreshold) near.push({ story: story.id, similarity });
      const score = similarity + this.relief(profile, story);
      if (score > bestScore) {
        best = story;
        bestScore = score;
        bestSimilarity = similarity;
      }
    }
    const { centroidTerms, threshold } = this.options;
    if (best !== undefined && bestScore >= threshold) return { ...this.join(best, profile, vectors, arrival), similarity: bestSimilarity, related: mostSimilar(near, best.id), retired };
    const id = storyId !== undefined && !this.active.has(storyId) && !this.retired.has(storyId) ? storyId : `s${++this.created}`;
    const story = newStory(id, profile, vectors, arrival, centroidTerms);
    this.active.set(story.id, story);
    this.reindex(story);
    this.members.set(profile.id, story.id);
    return { story: story.id, created: true, similarity: bestSimilarity, related: mostSimilar(near, story.id), retired };
  }

  /** The active story holding this article, if any. */
  activeStoryOf(article: string): string | undefined {
    return this.members.get(article);
  }

  private join(story: ActiveStory, profile: ArticleProfile, vectors: ArticleVectors, arrival: number): { story: string; created: false } {
    joinStory(story, profile, vectors, arrival, this.options.centroidTerms);
    this.reindex(story);
    this.members.set(profile.id, story.id);
    return { story: story.id, created: false };
  }

  /**
   * Counts an article in the frequencies and the stream's time without
   * grouping it: a new text of an article that stays in a story no longer
   * active (its earlier text was in it; `add` compares with active stories only).
   */
  count(profile: ArticleProfile): void {
    checkProfile(profile);
    if (this.members.has(profile.id)) expected('an article not added before', profile.id);
    this.arrivals++;
    if (profile.time !== undefined) this.recent.push(profile.time);
    articleVectors(profile, this.stats, true);
  }

  /** The remaining members of the active stories holding any of these articles, story by story in arrival order: the profiles `remove` needs. */
  membersKept(ids: ReadonlySet<string>): string[] {
    const stories = new Set([...ids].flatMap((id) => this.members.get(id) ?? []));
    return [...stories].flatMap((story) => this.active.get(story)!.articles.filter((id) => !ids.has(id)));
  }

  /**
   * Takes articles out, in place (see removal.ts): their counts, their places in
   * the active stories (made again from the members they keep, or dropped)
   * and in the retired stories' snapshots. Returns the stories changed, for
   * the next `changes`; the keys counted down to no document keep their
   * places, so a store that saved them saves only what changed.
   */
  remove(removal: StoryRemoval): Set<string> {
    if (removal === null || typeof removal !== 'object' || !Array.isArray(removal.removed) || !(removal.members instanceof Map)) expected('a removal with removed profiles and a members Map', removal);
    removal.removed.forEach(checkProfile);
    const gone = new Set(removal.removed.map((profile) => profile.id));
    for (const id of this.membersKept(gone)) {
      if (!removal.members.has(id)) expected(`the profile of ${JSON.stringify(id)}, a remaining member of story ${this.members.get(id)}`, undefined);
    }
    const zeroed = countDownAll(this.stats, removal.removed);
    const changed = new Set<string>();
    for (const id of new Set([...gone].flatMap((article) => this.members.get(article) ?? []))) {
      const story = this.active.get(id)!;
      changed.add(id);
      this.unindex(story);
      for (const article of story.articles) this.members.delete(article);
      const rebuilt = rebuiltStory(story, story.articles.filter((article) => !gone.has(article)), removal.members, this.stats, this.options.centroidTerms);
      if (rebuilt === undefined) {
        this.active.delete(id);
        continue;
      }
      this.active.set(id, rebuilt);
      this.reindex(rebuilt);
      for (const article of rebuilt.articles) this.members.set(article, id);
    }
    for (const [id, story] of this.retired) {
      if (!story.articles.some((article) => gone.has(article))) continue;
      changed.add(id);
      const left = snapshotWithout(story, gone, zeroed);
      if (left === undefined) this.retired.delete(id);
      else this.retired.set(id, left);
    }
    return changed;
  }

  /** A story by id: active, or among the `keepRetired` most recently retired. */
  story(id: string): StorySnapshot | undefined {
    const story = this.active.get(id);
    if (story !== undefined) return snapshot(story, false, this.stats);
    const retired = this.retired.get(id);
    return retired === undefined ? undefined : { ...retired, articles: [...retired.articles], topTerms: [...retired.topTerms], topEntities: [...retired.topEntities] };
  }

  /** Every story still known, retired ones first, each in the order it was started. */
  stories(): StorySnapshot[] {
    return [...[...this.retired.keys()].map((id) => this.story(id)!), ...[...this.active.values()].map((story) => snapshot(story, false, this.stats))].sort((a, b) => storyNumber(a.id) - storyNumber(b.id));
  }

  /** Plain JSON-serializable state; `new StoryClusterer(options, state)` continues exactly where this one is. */
  toJSON(): StoryClustererState {
    return writeState(this.live());
  }

  /** How many keys of each kind are counted: what a save made now leaves saved, for the next `changes`. */
  countedKeys(): CountedKeys {
    return countedKeys(this.stats);
  }

  /** What changed since the save at `saved`: the stories named in `changed` (joined, started or retired since), the keys first counted since, and the rest. */
  changes(changed: ReadonlySet<string>, saved: CountedKeys): StoryClustererChanges {
    return writeChanges(this.live(), changed, saved);
  }

  private live(): LiveState {
    return { stats: this.stats, arrivals: this.arrivals, created: this.created, clock: this.clock, recent: this.recent, active: [...this.active.values()], retired: [...this.retired.values()] };
  }

  /** The blended cosines, times the time decay, less `yearPenalty` when the article's year is none of the story's. */
  private similarity(cosines: FieldCosines, { time, year }: ArticleProfile, story: ActiveStory): number {
    const otherYear = year !== undefined && story.years.length > 0 && !story.years.includes(year);
    return blend(cosines, this.options) * timeDecay(time, story.first, story.last, this.options.halfLifeDays) * (otherYear ? 1 - this.options.yearPenalty : 1);
  }

  /**
   * `nearTimeRelief` when the article is dated within `nearTimeDays` of the
   * story's dated span; when its year is one of the story's, `yearRelief`
   * times the share of the active stories giving years that do not give this
   * one (a year every story gives tells none apart); else 0.
   */
  private relief({ time, year }: ArticleProfile, story: ActiveStory): number {
    const { nearTimeDays, nearTimeRelief, yearRelief } = this.options;
    if (year !== undefined) return story.years.includes(year) ? yearRelief * (1 - (this.yearStories.get(year) ?? 0) / this.storiesWithYears) : 0;
    if (time === undefined || story.first === undefined || story.last === undefined) return 0;
    return time >= story.first - nearTimeDays * DAY && time <= story.last + nearTimeDays * DAY ? nearTimeRelief : 0;
  }

  /** Up to `maxCandidates` active stories in reach of `time` sharing the article's heaviest keys, most shared weight first. */
  private candidates(vectors: ArticleVectors, time: number | undefined): ActiveStory[] {
    const shared = new Map<ActiveStory, number>();
    addSharedWeights(shared, this.termIndex, vectors.terms.weights);
    addSharedWeights(shared, this.entityIndex, vectors.entities.weights);
    return mostShared(shared, this.options.maxCandidates, (story) => this.inReach(story, time));
  }

  /** Indexes a story under its heaviest keys now, touching only the postings of keys that came or went, and counts its years. */
  private reindex(story: ActiveStory): void {
    const before = this.indexed.get(story.id);
    const keys = { terms: rankedIds(story.terms, INDEX_KEYS), entities: rankedIds(story.entities, INDEX_KEYS), years: [...story.years] };
    updatePostings(this.termIndex, before?.terms ?? [], keys.terms, story);
    updatePostings(this.entityIndex, before?.entities ?? [], keys.entities, story);
    this.countYears(before?.years ?? [], -1);
    this.countYears(keys.years, 1);
    this.indexed.set(story.id, keys);
  }

  /** Counts a story's years in (`step` 1) or out (-1) of `yearStories`. */
  private countYears(years: readonly number[], step: 1 | -1): void {
    if (years.length > 0) this.storiesWithYears += step;
    for (const year of years) this.yearStories.set(year, (this.yearStories.get(year) ?? 0) + step);
  }

  private unindex(story: ActiveStory): void {
    const keys = this.indexed.get(story.id);
    if (keys === undefined) return;
    removePostings(this.termIndex, keys.terms, story);
    removePostings(this.entityIndex, keys.entities, story);
    this.countYears(keys.years, -1);
    this.indexed.delete(story.id);
  }

  /** Whether an article dated `time` may join `story`: both dated, within `retireAfterDays` of the story's span; else when the story is not silent. */
  private inReach(story: ActiveStory, time: number | undefined): boolean {
    if (time === undefined || story.first === undefined || story.last === undefined) return !this.isSilent(story);
    const reach = this.options.retireAfterDays * DAY;
    return time >= story.first - reach && time <= story.last + reach;
  }

  /**
   * Silent: a dated story with no member for `retireAfterDays` before the
   * stream's time and none since the last retirement; an undated one (or any
   * before the stream has a time) with none in `retireAfterArticles` arrivals.
   */
  private isSilent(story: ActiveStory): boolean {
    if (story.last !== undefined && this.clock !== undefined) return this.clock - story.last > this.options.retireAfterDays * DAY && this.arrivals - story.lastArrival > RETIRE_EVERY;
    return this.arrivals - story.lastArrival > this.options.retireAfterArticles;
  }

  private retireSilent(): StorySnapshot[] {
    if (this.recent.length > 0) {
      this.clock = median(this.recent);
      this.recent = [];
    }
    const retired: StorySnapshot[] = [];
    for (const story of this.active.values()) {
      if (!this.isSilent(story)) continue;
      const final = snapshot(story, true, this.stats);
      retired.push(final);
      this.active.delete(story.id);
      this.unindex(story);
      for (const article of story.articles) this.members.delete(article);
      this.retired.set(story.id, final);
    }
    const { keepRetired } = this.options;
    for (const id of this.retired.keys()) {
      if (this.retired.size <= keepRetired) break;
      this.retired.delete(id);
    }
    return retired;
  }
}

/** The middle value (the upper one of an even count); a single wrong date cannot move it far. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/** The `MAX_RELATED` most similar of `near` other than `joined` (earlier stories first on a tie). */
function mostSimilar(near: RelatedStory[], joined: string): RelatedStory[] {
  return near
    .filter((related) => related.story !== joined)
    .sort((a, b) => b.similarity - a.similarity || storyNumber(a.story) - storyNumber(b.story))
    .slice(0, MAX_RELATED);
}

function checkProfile(profile: ArticleProfile): void {
  if (profile === null || typeof profile !== 'object') expected('an article profile', profile);
  if (typeof profile.id !== 'string' || profile.id === '') expected('a profile with a non-empty id string', profile.id);
  if (!(profile.terms instanceof Map) || !(profile.entities instanceof Map)) expected('a profile with terms and entities Maps (use articleProfile)', profile.terms);
  if (profile.lead !== undefined && !(profile.lead instanceof Map)) expected('a profile lead as a Map (use articleProfile)', profile.lead);
  if (profile.time !== undefined && !Number.isFinite(profile.time)) expected('a profile time in milliseconds since the epoch', profile.time);
  if (profile.year !== undefined && !Number.isInteger(profile.year)) expected('a profile year as an integer', profile.year);
}
