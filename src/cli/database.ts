import { UsageError, WriterLockedError } from '../errors.js';
import { asInputError, DEFAULT_DATABASE, describeHolder, openStore, type OpenStoreOptions, type Store } from '../store/index.js';
import { write, type Io } from './io.js';

/** The `--db FILE` option every database command takes. */
export const DATABASE_OPTION = { db: { type: 'string' } } as const;

/** The `--wait SECONDS` option of the commands that write. */
export const WAIT_OPTION = { wait: { type: 'string' } } as const;

/** The help line of `--wait`, its description at column `width` + 2 as the command's other options. */
export function waitHelp(width: number): string {
  return `  ${'--wait SECONDS'.padEnd(width)}wait up to SECONDS for another writer to finish (default: fail at once)`;
}

/** Opens the `--db` file (or the default), runs `work` with it, and closes it whatever happens; SQLite's complaints about the file found on the way (damaged pages) become input errors naming it. */
export async function withDatabase<T>(file: string | undefined, work: (store: Store, file: string) => Promise<T>, options?: Partial<OpenStoreOptions>): Promise<T> {
  const path = file ?? DEFAULT_DATABASE;
  const store = openStore(path, options);
  try {
    return await work(store, path);
  } catch (error) {
    throw asInputError(error, path);
  } finally {
    await store.close();
  }
}

/** `--wait SECONDS` in milliseconds (0 when absent); a `UsageError` unless a number from 0 to a day. */
export function parseWait(command: string, value: string | undefined): number {
  if (value === undefined) return 0;
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || seconds > 86_400) throw new UsageError(`tidings ${command}: --wait expects a number of seconds from 0 to 86400, got ${JSON.stringify(value)}`);
  return Math.round(seconds * 1000);
}

/**
 * Runs `work` holding the database's writer lock, taken before it reads
 * anything, as `tidings COMMAND`: another process writing makes it wait up to
 * `waitMs`, then fail with a message naming the database, the holder and
 * what to do (exit 1; `again`: the command tries again itself, and says so).
 * A lock left by a killed process is taken over, and said so on stderr.
 */
export async function withWriterLock<T>(store: Store, command: string, { waitMs, again }: { waitMs: number; again: boolean }, io: Io, work: () => Promise<T>): Promise<T> {
  const onWait = (holder: Parameters<typeof describeHolder>[0]) => write(io.stderr, `tidings: ${store.location}: ${describeHolder(holder)} is writing to it; waiting up to ${waitMs / 1000} s`);
  let lock;
  try {
    lock = await store.lockWriter(`tidings ${command}`, { waitMs, onWait });
  } catch (error) {
    if (!(error instanceof WriterLockedError)) throw error;
    if (again) throw error;
    const hint = waitMs > 0 ? 'run this again when it has finished' : 'run this again when it has finished, or add --wait SECONDS to wait for it';
    throw new WriterLockedError(error.input, `${error.reason}; ${hint}`, error.holder);
  }
  if (lock.replaced) write(io.stderr, `tidings: ${store.location}: took over the writer lock of ${describeHolder(lock.replaced)}, which is no longer running`);
  try {
    return await work();
  } finally {
    await lock.release();
  }
}
