/**
 * Runs the library's `ingest` (and `removeArticles`) for the server, one
 * request at a time, each holding the database's writer lock while it runs
 * (so a cron'd `tidings ingest` can write between requests; while one does,
 * a write request is refused at once with a `WriterLockedError`, a 503). A
 * write refused because another process wrote meanwhile (one that took no
 * lock) is run again, reading the state anew, up to `WRITE_ATTEMPTS` times.
 * The content of a request goes in as ingest's standard input; what became
 * of each article is read off the `Store` calls ingest makes — the keys it
 * looks up (every article read, in order) and the records it writes (story
 * and copy verdict of every new article, new verdicts of stored copies) —
 * so nothing is read twice. One `IngestSession` keeps the story grouping a
 * request saved for the next, so a request is not slowed by reading it back.
 */
import type { Format } from '../article.js';
import { WriteConflictError, type InputError } from '../errors.js';
import { allowRemoved, ingest, IngestSession, removeArticles, type IngestProgress, type IngestReport, type RemovalReport } from '../ingest/index.js';
import type { ArticleRecord, IngestBatch, Store, StoredKeys, StoredVerdict } from '../store/index.js';
import { bodyPlace, type ArticlesPath } from './request-body.js';

/** What to ingest: the content of a request, and the format to read it as (detected when undefined). */
export interface IngestPayload {
  content: string | Uint8Array;
  format: Format | undefined;
  /** The content as the user knows it, in messages: "the request", "the pasted text", an uploaded file's name. */
  name: string;
  /**
   * What problems call their place: the reader's own (`reader`: an uploaded
   * file's line, a feed's item), or, for articles the server wrote as JSONL
   * lines, the article's path in the JSON body that sent them (`articles`,
   * `bodyPlace`: "2", "articles.2"; nothing for a body that is one article,
   * or one article a request describes with its fields).
   */
  places: 'reader' | { articles: ArticlesPath };
}

export interface IngestedArticle {
  id: string;
  /**
   * `added` now, `replaced` (its id was stored with another text: this one is stored in its place),
   * `already-stored` (the same id or the same outlet and text, stored before or earlier in this request),
   * or `removed` (removed before: `DELETE /api/articles/{id}`).
   */
  status: 'added' | 'replaced' | 'already-stored' | 'removed';
  /** The article that has its text under another id (same outlet and text), for `already-stored`; else null. */
  storedAs: string | null;
  /** The story it joined, or is in (for `already-stored`, the story of the article stored: itself or `storedAs`); null for `removed`. */
  story: string | null;
  /** Its title as stored, the headline a reader knows it by (as `story`); null when it has none. */
  title: string | null;
  verdict: { kind: ArticleRecord['verdict']['kind']; sources: { article: string; share: number }[] } | null;
}

export interface IngestProblem {
  place: string;
  reason: string;
}

export interface IngestOutcome {
  added: number;
  /** Stored articles whose text a new one read under the same id replaced (`IngestReport.replaced`). */
  replaced: number;
  alreadyStored: number;
  articles: IngestedArticle[];
  /** Articles stored before that copy a new article published before them (`IngestReport.retraced`: not an update's copies traced again to its new text): their new verdicts, as `RemovalReport.retraced`. */
  retraced: RemovalReport['retraced'];
  problems: IngestProblem[];
  /** Dates left out of the articles added (unreadable, or in 2999), as `IngestReport.datesLeftOut`. */
  datesLeftOut: Array<IngestProblem & { article: string }>;
}

/** A request's write is tried this many times while other processes' writes refuse it. */
export const WRITE_ATTEMPTS = 3;

interface Looked {
  id: string;
  known: boolean;
  removed: boolean;
  /** The article holding its text under another id, stored before or sent earlier in the request. */
  storedAs: string | undefined;
}

export class Ingester {
  private queue: Promise<unknown> = Promise.resolve();
  /** The story clusterer one request saved, taken up by the next (`IngestSession`). */
  private readonly session = new IngestSession();

  constructor(private readonly store: Store) {}

  /** Ingests the payload after every earlier call has finished. */
  run(payload: IngestPayload): Promise<IngestOutcome> {
    return this.inTurn('POST /api/articles', () => this.runNow(payload));
  }

  /** Removes articles (`removeArticles`) after every earlier call has finished: the server writes one thing at a time. */
  remove(ids: readonly string[]): Promise<RemovalReport> {
    return this.inTurn('DELETE /api/articles', () => attempts(() => removeArticles(this.store, ids)));
  }

  /** Lifts the tombstones of removed articles (`allowRemoved`), so posting them again adds them, after every earlier call has finished. */
  allow(ids: readonly string[]): Promise<{ allowed: string[]; notRemoved: string[] }> {
    return this.inTurn('DELETE /api/removed', () => allowRemoved(this.store, ids));
  }

  /** `work` after every earlier call, holding the writer lock as `tidings serve: ROUTE`. */
  private inTurn<T>(route: string, work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      const lock = await this.store.lockWriter(`tidings serve: ${route}`);
      try {
        return await work();
      } finally {
        await lock.release();
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** The story and title of stored articles: those a request sent again, or that hold the text it sent under another id. */
  private async alreadyStored(ids: readonly string[]): Promise<{ stories: Map<string, string>; titles: Map<string, string> }> {
    if (ids.length === 0) return { stories: new Map(), titles: new Map() };
    const titles = new Map([...(await this.store.storedTitles(ids))].flatMap(([id, { title }]) => (title === undefined ? [] : [[id, title] as const])));
    return { stories: await this.store.storiesOf(ids), titles };
  }

  /**
   * Every try reads the request again and ingests what is not stored; what
   * an earlier try stored before being refused counts as the request's
   * (added, replaced, retraced, dates left out), as its batches' progress told it:
   * each progress call tells what is new since the last, gathered here.
   */
  private async runNow(payload: IngestPayload): Promise<IngestOutcome> {
    const written = new Map<string, ArticleRecord>();
    const retraced = new Map<string, StoredVerdict>();
    const replaced = new Set<string>();
    const retracedIds = new Set<string>();
    const datesLeftOut = new Map<string, IngestReport['datesLeftOut'][number]>();
    const onProgress = (progress: IngestProgress) => {
      for (const id of progress.replaced) replaced.add(id);
      for (const id of progress.retraced) retracedIds.add(id);
      for (const date of progress.datesLeftOut) datesLeftOut.set(`${date.id}\u0000${date.place}\u0000${date.reason}`, date);
    };
    let looked: Looked[] = [];
    const report = await attempts(() => {
      looked = [];
      return ingest(recordingStore(this.store, looked, { written, retraced }), ['-'], { read: { stdin: once(payload.content), stdinName: payload.name, format: payload.format }, session: this.session, onProgress });
    });
    const articles: IngestedArticle[] = [];
    const stored = await this.alreadyStored(looked.filter(({ id, known }) => known && !written.has(id)).map(({ id, storedAs }) => storedAs ?? id));
    for (const { id, known, removed, storedAs } of looked) {
      const record = written.get(id);
      const holder = storedAs ?? id;
      if (record) articles.push({ id, status: replaced.has(id) ? 'replaced' : 'added', storedAs: null, story: record.story.id, title: record.article.title ?? null, verdict: verdictOf(record) });
      else if (known) articles.push({ id, status: 'already-stored', storedAs: storedAs ?? null, story: stored.stories.get(holder) ?? written.get(holder)?.story.id ?? null, title: stored.titles.get(holder) ?? written.get(holder)?.article.title ?? null, verdict: null });
      else if (removed) articles.push({ id, status: 'removed', storedAs: null, story: null, title: null, verdict: null });
    }
    /** Written by the earlier, refused tries: the last one found them stored. */
    const before = written.size - report.added - report.replaced.length;
    return {
      added: written.size - replaced.size,
      replaced: replaced.size,
      alreadyStored: report.alreadyStored - before,
      articles: dedupe(articles),
      retraced: [...retracedIds].flatMap((article) => {
        const verdict = retraced.get(article);
        return verdict === undefined ? [] : [{ article, kind: verdict.kind, sources: verdict.sources.map((source) => source.article) }];
      }),
      problems: report.problems.map((problem) => problemOf(problem, payload.places)),
      datesLeftOut: [...datesLeftOut.values()].map(({ id, place, reason }) => ({ article: id, ...problemOf({ place, reason }, payload.places) })),
    };
  }
}

/** `work`, run again while another process's write refuses it (`WriteConflictError`), at most `WRITE_ATTEMPTS` times in all. */
async function attempts<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof WriteConflictError) || attempt >= WRITE_ATTEMPTS) throw error;
    }
  }
}

/** The store, seen through: every `stored` lookup and every written record is noted. */
function recordingStore(store: Store, looked: Looked[], { written, retraced }: { written: Map<string, ArticleRecord>; retraced: Map<string, StoredVerdict> }): Store {
  const seenIds = new Set<string>();
  const seenHashes = new Map<string, string>();
  const stored = async (keys: readonly { id: string; hash: string }[]): Promise<StoredKeys> => {
    const found = await store.stored(keys);
    for (const { id, hash } of keys) {
      const known = found.ids.has(id) || found.hashes.has(hash) || seenIds.has(id) || seenHashes.has(hash);
      const holder = found.ids.has(id) || seenIds.has(id) ? undefined : (found.hashes.get(hash) ?? seenHashes.get(hash));
      looked.push({ id, known, removed: found.removed.ids.has(id) || found.removed.hashes.has(hash), storedAs: holder === id ? undefined : holder });
      seenIds.add(id);
      if (!seenHashes.has(hash)) seenHashes.set(hash, id);
    }
    return found;
  };
  const writeBatch = async (batch: IngestBatch): Promise<void> => {
    await store.writeBatch(batch);
    for (const record of batch.articles) written.set(record.article.id, record);
    for (const [id, verdict] of batch.retraced ?? []) retraced.set(id, verdict);
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'stored') return stored;
      if (property === 'writeBatch') return writeBatch;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function* once(content: string | Uint8Array): AsyncGenerator<string | Uint8Array> {
  yield content;
}

function verdictOf(record: ArticleRecord): IngestedArticle['verdict'] {
  return { kind: record.verdict.kind, sources: record.verdict.sources.map(({ article, share }) => ({ article, share })) };
}

/** An id submitted twice in one request is listed once, as first met. */
function dedupe(articles: IngestedArticle[]): IngestedArticle[] {
  const seen = new Set<string>();
  return articles.filter((article) => !seen.has(article.id) && seen.add(article.id));
}

function problemOf(problem: Pick<InputError, 'place' | 'reason'>, places: IngestPayload['places']): IngestProblem {
  if (places === 'reader') return { place: problem.place, reason: problem.reason };
  return { place: bodyPlace(places.articles, problem.place), reason: problem.reason };
}
