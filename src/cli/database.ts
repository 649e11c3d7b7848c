import { DEFAULT_DATABASE, openStore, type OpenStoreOptions, type Store } from '../store/index.js';

/** The `--db FILE` option every database command takes. */
export const DATABASE_OPTION = { db: { type: 'string' } } as const;

/** Opens the `--db` file (or the default), runs `work` with it, and closes it whatever happens. */
export async function withDatabase<T>(file: string | undefined, work: (store: Store, file: string) => Promise<T>, options?: Partial<OpenStoreOptions>): Promise<T> {
  const path = file ?? DEFAULT_DATABASE;
  const store = openStore(path, options);
  try {
    return await work(store, path);
  } finally {
    await store.close();
  }
}
