import { expected } from '../errors.js';
import { checkPositiveInteger, withDefaults } from '../options.js';
import type { Store } from '../store/index.js';

export interface ServerOptions {
  /** Largest request body accepted, in bytes (413 above). */
  maxBodyBytes: number;
  /** Items in a page when the request gives no `limit`. */
  pageSize: number;
  /** Largest `limit` a request may ask for (400 above). */
  maxPageSize: number;
  /** Stories whose computed view (summary, report, copies) is kept in memory. */
  cachedStories: number;
  /** Where bugs (500s) are reported. */
  log: (error: unknown) => void;
}

export const defaultServerOptions: Readonly<ServerOptions> = Object.freeze({
  maxBodyBytes: 5 * 1024 * 1024,
  pageSize: 20,
  maxPageSize: 100,
  cachedStories: 32,
  log: (error: unknown) => console.error('tidings serve: internal error', error),
});

export interface AppOptions extends Partial<ServerOptions> {
  store: Store;
}

export interface AppSettings extends ServerOptions {
  store: Store;
}

export function checkAppOptions(options: AppOptions): AppSettings {
  if (options === null || typeof options !== 'object') expected('createApp options {store, …}', options);
  const { store, ...rest } = options;
  if (store === null || typeof store !== 'object' || typeof store.story !== 'function') expected('a Store (openStore) as options.store', store);
  const settings = withDefaults('createApp', defaultServerOptions as ServerOptions, rest);
  for (const name of ['maxBodyBytes', 'pageSize', 'maxPageSize', 'cachedStories'] as const) checkPositiveInteger('createApp', name, settings[name]);
  if (settings.pageSize > settings.maxPageSize) expected(`createApp.pageSize of at most maxPageSize (${settings.maxPageSize})`, settings.pageSize);
  if (typeof settings.log !== 'function') expected('createApp.log to be a function', settings.log);
  return { ...settings, store };
}
