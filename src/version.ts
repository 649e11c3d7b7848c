import { readFileSync } from 'node:fs';

/** Tidings' version, as its package.json gives it (read from beside `src` and `dist` alike). */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** A JSON answer of the CLI or the API: `{version, …}`, the version of its format first, then the body's fields as they are (every JSON output is written through it). */
export function versioned<T extends object>(version: number, body: T): { version: number } & T {
  return { version, ...body };
}
