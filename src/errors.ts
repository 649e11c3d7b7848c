/**
 * Two kinds of failure. A user's bad input is an `InputError`: it names the
 * input, the place in it and the reason, and the CLI prints it without a stack
 * trace (exit 1). Misuse of the library (wrong types, impossible options) throws
 * a plain `TypeError`/`RangeError` whose message starts with `tidings: expected`.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The input as the user named it: a path, a URL, `-` for stdin. */
    readonly input: string,
    /** Where in the input, e.g. `line 12`, `item 3`, or '' for the whole input. */
    readonly place: string,
    /** Why it could not be read. */
    readonly reason: string,
  ) {
    super(`${input}${place ? ` (${place})` : ''}: ${reason}`);
  }
}

/**
 * The database changed under a write: another process ingested or removed
 * articles meanwhile. Nothing of the refused write is stored; running it
 * again continues from what is.
 */
export class WriteConflictError extends InputError {}

/**
 * The database's schema changed under a long-running process (`tidings
 * serve`, `ingest --every`): a newer Tidings migrated it. Nothing is written
 * in a schema the process does not know; it must be restarted (and upgraded).
 */
export class SchemaChangedError extends InputError {}

/** Who holds a database's writer lock: the process, where it runs, what it runs and since when. */
export interface WriterHolder {
  pid: number;
  host: string;
  /** What it runs: `tidings ingest`, `tidings serve: POST /api/articles`… */
  command: string;
  /** When it took the lock (ISO 8601). */
  started: string;
}

/**
 * Another live process holds the database's writer lock (an ingest, a
 * removal, a write request of a server): nothing was read or written; run
 * again when it has finished.
 */
export class WriterLockedError extends InputError {
  constructor(
    input: string,
    reason: string,
    readonly holder: WriterHolder,
  ) {
    super(input, '', reason);
  }
}

/** A usage error: bad flags or arguments on the command line (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** Throws `tidings: expected …, got …` for a misused library call. */
export function expected(what: string, got: unknown): never {
  throw new TypeError(`tidings: expected ${what}, got ${describe(got)}`);
}
