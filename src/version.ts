import { readFileSync } from 'node:fs';

/** Tidings' version, as its package.json gives it (read from beside `src` and `dist` alike). */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
