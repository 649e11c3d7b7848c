/**
 * The storage interface the ingest pipeline, the CLI and (later) the HTTP API
 * talk to. Every operation returns a promise so a client/server database
 * (PostgreSQL) can implement it as well as the embedded SQLite store; no SQL
 * leaves `src/store/sqlite*`.
 */
import type { Article, Span } from '../article.js';
import type { WriterHolder } from '../errors.js';
import type { RelatedStory, StoryClustererChanges, StoryClustererState } from '../stories/index.js';
import type { ArticleAnalysis } from '../facts/analysis.js';
import type { StoryReport } from '../facts/report.js';
import type { CopiedSentences } from '../quotes/copied.js';
import type { Summary } from '../summarize/types.js';
import type { CopyKind, StoryHeadline, StoryRow, StoryHead, HeadlineSources, StoryDetail } from './story-types.js';

export type * from './story-types.js';

/** An article sharing copy keys with an arrival: its id, and how many of the arrival's keys it holds. */
export interface KeySharingArticle {
  id: string;
  shared: number;
}

/**
 * A copy verdict as the store keeps it: the kind and the sources with their
 * share; the whole verdict (matches, spans) is kept as JSON beside them.
 * Word edits are best left out: `wordDiff` recomputes them from the two
 * sentences, and they would double the size of the database.
 */
export interface StoredVerdict {
  kind: CopyKind;
  sources: readonly { article: string; share: number }[];
}

/** Everything stored for one new article, written together or not at all. */
export interface ArticleRecord {
  /** The cleaned article (kept paragraphs and messages; no sentences or tokens: `segment` recomputes them). */
  article: Article;
  /** What its story's headline would be if this article were the story's earliest: its title, else its opening sentence (`articleHeadline`); the title when absent. */
  headline?: string;
  /** How well `headline` names the story (`rankedHeadline`: 2 a title, 1 a whole opening sentence, 0 a cut one, -1 a whole English opening that reads as a feature's, with no day or source and no name or number, or a pronoun subject, a question, the reader addressed); the story keeps the earliest of its best. 2 when absent. */
  headlineRank?: number;
  /** `contentHash(article)`: the same content under another id is the same article. */
  hash: string;
  /** Keys of the article's copy fingerprint (exact hash, minhash bands) by which later articles find it, as `copyKeyNumber` makes them. */
  copyKeys: Float64Array;
  verdict: StoredVerdict;
  /**
   * The story it joined or started (`created`: no article of it was stored
   * before), how similar it was, and the other stories it came near
   * (`StoryAssignment.related`). `emptied`: the story that taking out this
   * article's earlier text (an update) left with no article; one started
   * again under that id continues its versions, and its kept version is
   * forgotten once this record is written, whichever story it joined.
   */
  story: { id: string; similarity: number; created?: boolean; related?: readonly { story: string; similarity: number }[]; emptied?: string };
}

/** The story clusterer's state as saved with the batch that produced it. */
export interface ClustererRecord {
  state: StoryClustererState;
  /** Bumped on every save; a save from a stale generation means another ingest wrote in between. */
  generation: number;
}

export interface ClustererSave {
  /**
   * What changed since the last save (`StoryClusterer.changes`): the store
   * rewrites only the changed stories (deleting those no longer active or
   * retired: emptied by a removal), appends the keys first counted and the
   * stories retired since (dropping the oldest beyond `keptRetired`; a
   * retired story's snapshot saved before, changed by a removal, is
   * rewritten in its place) and replaces the rest, so that `loadClusterer`
   * returns the whole state.
   */
  changes: StoryClustererChanges;
  /** The generation the clusterer was loaded at; the save bumps it. */
  generation: number;
}

export interface IngestBatch {
  articles: readonly ArticleRecord[];
  /**
   * Articles stored before this batch whose verdicts change: each copies an
   * article of the batch published before it (an archive ingested after
   * its reprints), by id.
   */
  retraced?: ReadonlyMap<string, StoredVerdict>;
  /** The clusterer after the batch's articles were added, and the generation it was loaded at. */
  clusterer: ClustererSave;
  /** Stories whose headline the batch may have made outdated, to check once it is written (`Store.headlineChecks`). */
  headlineChecks?: readonly string[];
}

export interface StoredKeys {
  ids: ReadonlySet<string>;
  /** The stored content hashes among those asked, each with the id of the article that has it. */
  hashes: ReadonlyMap<string, string>;
  /** Of the others, those removed (`removeArticles`), by id and by content hash: when each was removed (ISO 8601). */
  removed: { ids: ReadonlyMap<string, string>; hashes: ReadonlyMap<string, string> };
}

/** What the store holds about articles to be removed, for `removeArticles` to plan with. */
export interface RemovalPlan {
  /** The stored ones among the ids asked for, in the order stored, each with its story and its similarity to it on joining (null when in none). */
  found: Array<{ id: string; story: string | null; similarity: number | null }>;
  /** The other articles that copied one of them, in the order stored: each with its story and every source it names. */
  copies: Array<{ id: string; story: string | null; sources: string[] }>;
  /**
   * The ids asked for that no stored article has but that kept earlier texts (`article_versions`, replaced-text hashes):
   * an update was cut short between taking the old text out and storing the new one. `hash`: the content hash of the
   * text it took out (the id's last text, its latest kept version; its one replaced text when it kept none), for its
   * tombstone; '' when several texts were replaced and none kept, so which was last is not known.
   */
  leftovers: Array<{ id: string; hash: string }>;
}

/** Everything one removal changes, written together or not at all. */
export interface ArticleRemoval {
  /** The articles to remove (with their copy keys, verdicts, memberships, cached summaries and reports of their stories). */
  ids: readonly string[];
  /** With `tombstones`, the planned `RemovalPlan.leftovers` to take down: their earlier texts go, a tombstone with the hash planned stays (none when left out). */
  leftovers?: RemovalPlan['leftovers'];
  /** Each leaves a tombstone, so ingest does not add it again (a takedown); none when a new text of each is stored next (an update replacing it). */
  tombstones: boolean;
  /** Without tombstones (an update), each removed text is kept as its article's latest earlier version (`articleVersions`), at most this many an article, the oldest dropped (0: none). */
  keptVersions: number;
  /** The new verdicts of the copies of removed articles, traced again against the remaining ones, by article id. */
  verdicts: ReadonlyMap<string, StoredVerdict>;
  /** The headline of each remaining member of a story that loses one (as `ArticleRecord.headline` and `headlineRank`), by article id: the story's is chosen again. */
  headlines: ReadonlyMap<string, { headline?: string; headlineRank: number }>;
  /**
   * The clusterer without the removed articles, and the generation it was
   * loaded at; undefined when none is saved. `whole`: the changes are its
   * whole state (`wholeStateChanges`), saved in place of the saved one (a
   * takedown leaves none of the removed keys); else what changed since the
   * last save, as a batch's.
   */
  clusterer: (ClustererSave & { whole: boolean }) | undefined;
  /** Stories whose headline the removal may have made outdated, to check once it is written (`Store.headlineChecks`). */
  headlineChecks?: readonly string[];
}

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  story: string | null;
  /** A fragment of the text around the matches, matched terms in [brackets]. */
  snippet: string;
  /** The spans of `snippet` inside its brackets (`MarkedSnippet`): the matched words a page marks, not a bracket the text holds. */
  marked: Span[];
  /** The language its article is read in (`readingLanguage`), null when not known: the `lang` of its title and snippet, in the web reader and for a client of the JSON. */
  readingLanguage: string | null;
}

/** A text an update replaced (`ArticleRemoval.keptVersions`): the article as it was stored, and when it was replaced (ISO 8601). */
export interface ArticleVersion {
  article: Article;
  replaced: string;
}

export interface ExportedArticle {
  article: Article;
  /** The story it was grouped into (null when it has none). */
  story: string | null;
}

/** One outlet among copies (names grouped A–Z in any case): its articles, how many other outlets copied, how many copy, and from whom. */
export interface OutletRow {
  /** Null for the articles that name no outlet. */
  outlet: string | null;
  articles: number;
  /** Its articles that some later article of another outlet reprinted or rewrote. */
  copied: number;
  reprints: number;
  rewrites: number;
  /** The outlets its reprints and rewrites take from, most articles first (at most `MAX_OUTLET_SOURCES`). */
  sources: Array<{ outlet: string | null; articles: number }>;
}

export interface StoreCounts {
  articles: number;
  stories: number;
}

export interface LockWriterOptions {
  /** Milliseconds to wait for a live holder to release the lock (0: fail at once). */
  waitMs: number;
  /** Called once when the lock is held and the call starts waiting. */
  onWait?: (holder: WriterHolder) => void;
}

/** The database's writer lock, held by this store until released (or closed). */
export interface WriterLock {
  /** This process, as the lock names it. */
  readonly holder: WriterHolder;
  /** The holder of a lock left behind that was taken over (a killed process), or undefined. */
  readonly replaced: WriterHolder | undefined;
  release(): Promise<void>;
}

/** Which stories `Store.listStories` reads. */
export interface StoryListOptions {
  /** Stories to skip first (default 0). */
  offset?: number;
  /** Only these stories (a filter's matches). */
  only?: ReadonlySet<string>;
}

export interface Store {
  /** Where the store lives (a file path for SQLite). */
  readonly location: string;
  /** The files holding the store's data (for SQLite the database and its journals): ingest's folder walks leave them out. */
  readonly files: readonly string[];
  /**
   * Takes the database's writer lock for `command` (what the holder runs, as
   * others are told), before a writer reads its input. Throws a
   * `WriterLockedError` (an `InputError`) naming the holder when another live
   * process holds it after `waitMs`; a lock left by a process that is gone is
   * taken over. Readers never need it; a batch or removal is refused while
   * another process holds it.
   */
  lockWriter(command: string, options?: Partial<LockWriterOptions>): Promise<WriterLock>;
  /** Which of these article ids and content hashes are already stored. */
  stored(keys: readonly { id: string; hash: string }[]): Promise<StoredKeys>;
  /** The content hash and title of each stored article among `ids`. */
  storedTitles(ids: readonly string[]): Promise<Map<string, { hash: string; title: string | undefined }>>;
  /** The outlet and published date of each stored article among `ids`, read without its text. */
  storedDates(ids: readonly string[]): Promise<Map<string, Pick<Article, 'outlet' | 'published'>>>;
  /** The ids among `keys` whose hash is of a text an update replaced under that id (`removeArticles` without tombstones). */
  replacedTexts(keys: readonly { id: string; hash: string }[]): Promise<Set<string>>;
  /** Stored articles sharing any of these copy keys (`copyKeyNumber`), at most `limit`: the most keys shared first, then the most recent. */
  copyCandidates(keys: ArrayLike<number>, limit: number): Promise<KeySharingArticle[]>;
  /** For those of these articles that are reprints: the articles they reprint, largest share first. */
  reprintSources(ids: readonly string[]): Promise<Map<string, string[]>>;
  /** For those of these articles that are reprints or rewrites: every source their verdict names, largest share first. */
  copySources(ids: readonly string[]): Promise<Map<string, string[]>>;
  /** The most recently stored reprints of this article, at most `limit`, newest first. */
  reprintsOf(id: string, limit: number): Promise<string[]>;
  /** The stored (cleaned) articles with these ids; unknown ids are left out. */
  articles(ids: readonly string[]): Promise<Article[]>;
  /** The story each of these stored articles is in, by id; an id not stored (or in no story) is left out. */
  storiesOf(ids: readonly string[]): Promise<Map<string, string>>;
  /** Ids of a story's most recently stored articles, at most `limit`. */
  storyArticleIds(story: string, limit: number): Promise<string[]>;
  /** The related stories a stored article named when it was added (its part in the links between stories), most similar first; none for an id not stored. */
  articleRelated(id: string): Promise<RelatedStory[]>;
  loadClusterer(): Promise<ClustererRecord | undefined>;
  /** The generation of the saved clusterer state (`ClustererRecord.generation`) without reading the state; undefined when none is saved. */
  clustererGeneration(): Promise<number | undefined>;
  /** Stores the batch in one transaction. Throws a `WriteConflictError` (an `InputError`) when another ingest saved the clusterer meanwhile. */
  writeBatch(batch: IngestBatch): Promise<void>;
  /**
   * Sets a story's headline, its rank and the date of the article it comes
   * from (`StoryGrowth`), nothing else of its row: a developing story's
   * headline chosen again once a later day raised the figure its headline
   * gave (`keepHeadlinesCurrent`).
   */
  setStoryHeadline(story: string, headline: StoryHeadline): Promise<void>;
  /** The stories a batch or a removal left to have their headline checked (`IngestBatch.headlineChecks`) and not checked since (`headlinesChecked`): a process killed in between leaves them to the next. */
  headlineChecks(): Promise<string[]>;
  /** Forgets these stories' headline checks once they are done. */
  headlinesChecked(stories: readonly string[]): Promise<void>;
  /** What choosing a story's headline again reads (`keepHeadlinesCurrent`); undefined for a story not stored. */
  headlineSources(story: string): Promise<HeadlineSources | undefined>;
  /** Which of these articles are stored, their stories, and the articles that copied them. */
  removalPlan(ids: readonly string[]): Promise<RemovalPlan>;
  /**
   * Removes articles in one transaction: their rows, full-text entries, copy
   * keys, copy links both ways, memberships; their stories made again
   * (version bumped, headline, dates and outlets recomputed, cached summary
   * and report dropped; an emptied story deleted with its links); the copies'
   * new verdicts; the clusterer's state replaced; a tombstone each (`tombstones`, the articles' earlier
   * versions deleted), else each removed text kept as an earlier version (`keptVersions`). Throws a
   * `WriteConflictError` when an ingest saved the clusterer meanwhile. Says whether a takedown's
   * write-ahead log still holds the removed text (another connection was reading).
   */
  removeArticles(removal: ArticleRemoval): Promise<{ logKeepsText: boolean }>;
  /** The earlier versions kept of these articles (`ArticleRemoval.keptVersions`), oldest first, by id; an id with none is left out. A takedown deletes them. */
  articleVersions(ids: readonly string[]): Promise<Map<string, ArticleVersion[]>>;
  /** Drops the tombstones of these removed articles, so an ingest adds them again; returns the ids that had one. */
  forgetRemoved(ids: readonly string[]): Promise<string[]>;
  /** Stories, most recently updated first: at most `limit` after the first `offset`, only those of `only` when given. */
  listStories(limit: number, options?: StoryListOptions): Promise<StoryRow[]>;
  story(id: string): Promise<StoryDetail | undefined>;
  /** The story's row and related stories without its articles: a cheap look at its version. */
  storyHead(id: string): Promise<StoryHead | undefined>;
  /** Every stored article of a story, oldest first. */
  storyArticles(id: string): Promise<Article[]>;
  /**
   * The summary saved for the story at exactly this story version and
   * summarizer revision (`SUMMARY_REVISION`): a story that grew, or a newer
   * summarizer, makes a cached summary stale.
   */
  cachedSummary(story: string, version: number, revision: number): Promise<Summary | undefined>;
  saveSummary(story: string, version: number, revision: number, summary: Summary): Promise<void>;
  /** The story report saved at exactly this story version and report revision (`REPORT_REVISION`), like `cachedSummary`. */
  cachedReport(story: string, version: number, revision: number): Promise<StoryReport | undefined>;
  saveReport(story: string, version: number, revision: number, report: StoryReport): Promise<void>;
  /**
   * The analyses (`articleAnalysis`) saved for these articles at exactly
   * this report revision (`REPORT_REVISION`), by article id; articles with
   * none, or one made by another revision, are left out.
   */
  cachedAnalyses(ids: readonly string[], revision: number): Promise<Map<string, ArticleAnalysis>>;
  /** Keeps these analyses, by article id, made at this report revision (replacing any of another); unknown ids are left out. */
  saveAnalyses(revision: number, analyses: ReadonlyMap<string, ArticleAnalysis>): Promise<void>;
  /**
   * The sentences these copies took from their sources (`copyViews`, spans
   * only), saved at exactly this report revision, for every saved copy
   * relation of these copy articles.
   */
  cachedCopiedSentences(articles: readonly string[], revision: number): Promise<CopiedSentences[]>;
  /** Keeps the sentences of these copy relations, made at this report revision (replacing any of another); relations of unknown articles are left out. */
  saveCopiedSentences(revision: number, copies: readonly CopiedSentences[]): Promise<void>;
  /**
   * Every stored article (its text as read, cleaning's removals as messages) with its story, in the order they were
   * stored, or only those of `story`; read one at a time, so memory stays
   * flat however large the store (`tidings export`).
   */
  exportArticles(story?: string): AsyncIterable<ExportedArticle>;
  /** Ids of the stories holding an article from this outlet (the name in any case). */
  outletStories(outlet: string): Promise<Set<string>>;
  /** Outlets, most articles first, with their copying: who is copied, who copies and from whom. */
  outlets(limit: number): Promise<OutletRow[]>;
  /**
   * Full-text search over titles and texts, best first; `query` is what the user typed (words, "phrases", prefix*).
   * At most `limit` hits, after skipping the best `offset` (a later page reads only its own hits and snippets).
   */
  search(query: string, limit: number, offset?: number): Promise<SearchHit[]>;
  /** The stories of the last stored `limit` articles `search` would find for `query`, unranked (an archive ingested after current news takes these places). */
  searchStories(query: string, limit: number): Promise<Set<string>>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
