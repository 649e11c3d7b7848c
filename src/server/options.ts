import { expected } from '../errors.js';
import { checkPositiveInteger, withDefaults } from '../options.js';
import type { Store } from '../store/index.js';
import { checkSummaryLimitOptions, defaultSummaryLimitOptions, type SummaryLimitOptions } from '../summarize/index.js';
import { MAX_SOURCES_PER_ITEM } from './schemas/requests.js';

export interface ServerOptions {
  /** Largest request body accepted, in bytes (413 above). */
  maxBodyBytes: number;
  /** Items in a page when the request gives no `limit`. */
  pageSize: number;
  /** Largest `limit` a request may ask for (400 above). */
  maxPageSize: number;
  /**
   * Sources each item of a story lists when the request gives no `sources`:
   * a summary sentence's citations, a quote's occurrences, an entity's
   * mentions… (each item counts them all; a story of 20,000 reprints has
   * 20,000 of each).
   */
  sourcesPerItem: number;
  /** Stories whose computed view (summary, report, copies) is kept in memory. */
  cachedStories: number;
  /** How many articles, and how many bytes of their text, `POST /api/summarize` reads (413 above). */
  summaryLimits: SummaryLimitOptions;
  /** Where bugs (500s) are reported. */
  log: (error: unknown) => void;
  /**
   * When given, the host names requests may name (besides any IP address):
   * a request for another name is refused (403), so a web page whose name
   * was pointed at this machine (DNS rebinding) cannot read or write through
   * a reader's browser. `null`: any name (`tidings serve` on a loopback
   * address or a wildcard, 0.0.0.0 or ::, passes `localhost`, its `--host`
   * name and its `--allowed-host` names).
   */
  hostNames: readonly string[] | null;
}

export const defaultServerOptions: Readonly<ServerOptions> = Object.freeze({
  maxBodyBytes: 5 * 1024 * 1024,
  pageSize: 20,
  maxPageSize: 100,
  sourcesPerItem: 20,
  cachedStories: 32,
  summaryLimits: defaultSummaryLimitOptions,
  log: (error: unknown) => console.error('tidings serve: internal error', error),
  hostNames: null,
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
  for (const name of ['maxBodyBytes', 'pageSize', 'maxPageSize', 'sourcesPerItem', 'cachedStories'] as const) checkPositiveInteger('createApp', name, settings[name]);
  if (settings.pageSize > settings.maxPageSize) expected(`createApp.pageSize of at most maxPageSize (${settings.maxPageSize})`, settings.pageSize);
  if (settings.sourcesPerItem > MAX_SOURCES_PER_ITEM) expected(`createApp.sourcesPerItem of at most ${MAX_SOURCES_PER_ITEM}`, settings.sourcesPerItem);
  settings.summaryLimits = checkSummaryLimitOptions(settings.summaryLimits);
  if (typeof settings.log !== 'function') expected('createApp.log to be a function', settings.log);
  if (settings.hostNames !== null && !(Array.isArray(settings.hostNames) && settings.hostNames.every((name) => typeof name === 'string' && name.trim() !== ''))) {
    expected('createApp.hostNames as an array of host names, or null', settings.hostNames);
  }
  return { ...settings, store };
}
