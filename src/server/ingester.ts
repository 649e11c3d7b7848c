/**
 * Runs the library's `ingest` (and `removeArticles`) for the server, one
 * request at a time (the store allows one writer, and both check that
 * nobody wrote meanwhile).
 * The content of a request goes in as ingest's standard input; what became
 * of each article is read off the `Store` calls ingest makes — the keys it
 * looks up (every article read, in order) and the records it writes (story
 * and copy verdict of every new article) — so nothing is read twice.
 */
import type { Format } from '../article.js';
import type { InputError } from '../errors.js';
import { ingest, removeArticles, type RemovalReport } from '../ingest/index.js';
import type { ArticleRecord, IngestBatch, Store, StoredKeys } from '../store/index.js';

/** What to ingest: the content of a request, and the format to read it as (detected when undefined). */
export interface IngestPayload {
  content: string | Uint8Array;
  format: Format | undefined;
  /** What the submitted items are called in problems: `item` for a JSON list, else the reader's own place. */
  itemName: 'item' | undefined;
}

export interface IngestedArticle {
  id: string;
  /** `added` now, `already-stored` (the same id or the same outlet and text, stored before or earlier in this request), or `removed` (removed before: `DELETE /api/articles/{id}`). */
  status: 'added' | 'already-stored' | 'removed';
  /** The story it joined (null for an article stored before this request). */
  story: string | null;
  verdict: { kind: ArticleRecord['verdict']['kind']; sources: { article: string; share: number }[] } | null;
}

export interface IngestProblem {
  place: string;
  reason: string;
}

export interface IngestOutcome {
  added: number;
  alreadyStored: number;
  articles: IngestedArticle[];
  problems: IngestProblem[];
}

interface Looked {
  id: string;
  known: boolean;
  removed: boolean;
}

export class Ingester {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: Store) {}

  /** Ingests the payload after every earlier call has finished. */
  run(payload: IngestPayload): Promise<IngestOutcome> {
    return this.inTurn(() => this.runNow(payload));
  }

  /** Removes articles (`removeArticles`) after every earlier call has finished: the server writes one thing at a time. */
  remove(ids: readonly string[]): Promise<RemovalReport> {
    return this.inTurn(() => removeArticles(this.store, ids));
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async runNow(payload: IngestPayload): Promise<IngestOutcome> {
    const looked: Looked[] = [];
    const written = new Map<string, ArticleRecord>();
    const recording = recordingStore(this.store, looked, written);
    const report = await ingest(recording, ['-'], { read: { stdin: once(payload.content), format: payload.format } });
    const articles: IngestedArticle[] = [];
    for (const { id, known, removed } of looked) {
      const record = written.get(id);
      if (record) articles.push({ id, status: 'added', story: record.story.id, verdict: verdictOf(record) });
      else if (known) articles.push({ id, status: 'already-stored', story: null, verdict: null });
      else if (removed) articles.push({ id, status: 'removed', story: null, verdict: null });
    }
    return {
      added: report.added,
      alreadyStored: report.alreadyStored,
      articles: dedupe(articles),
      problems: report.problems.map((problem) => problemOf(problem, payload.itemName)),
    };
  }
}

/** The store, seen through: every `stored` lookup and every written record is noted. */
function recordingStore(store: Store, looked: Looked[], written: Map<string, ArticleRecord>): Store {
  const seenIds = new Set<string>();
  const seenHashes = new Set<string>();
  const stored = async (keys: readonly { id: string; hash: string }[]): Promise<StoredKeys> => {
    const found = await store.stored(keys);
    for (const { id, hash } of keys) {
      const known = found.ids.has(id) || found.hashes.has(hash) || seenIds.has(id) || seenHashes.has(hash);
      looked.push({ id, known, removed: found.removed.ids.has(id) || found.removed.hashes.has(hash) });
      seenIds.add(id);
      seenHashes.add(hash);
    }
    return found;
  };
  const writeBatch = async (batch: IngestBatch): Promise<void> => {
    await store.writeBatch(batch);
    for (const record of batch.articles) written.set(record.article.id, record);
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

function problemOf(problem: InputError, itemName: IngestPayload['itemName']): IngestProblem {
  const line = /^line (\d+)$/.exec(problem.place);
  const place = itemName && line ? `${itemName} ${Number(line[1])}` : problem.place;
  return { place, reason: problem.reason };
}
