import { openStore, type OpenStoreOptions, type Store } from '../../store/index.js';

/** Runs `run` on a store created (or opened) at `file`, and closes it whatever happens. */
export async function withStoreAt<T>(file: string, run: (store: Store, file: string) => Promise<T>, options: Partial<OpenStoreOptions> = {}): Promise<T> {
  const store = openStore(file, { create: true, ...options });
  try {
    return await run(store, file);
  } finally {
    await store.close();
  }
}
