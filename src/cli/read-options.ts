import type { Format } from '../article.js';
import { READERS, type ReadInputsOptions } from '../read/index.js';
import { MAX_ITEM_PAGES } from '../read/item-pages.js';
import { oneOf } from './args.js';
import type { Io } from './io.js';

/** The options of every command that reads articles (`ingest`, `summarize`). */
export const READ_OPTIONS = {
  'input-format': { type: 'string' },
  'fetch-pages': { type: 'boolean' },
} as const;

/** Their lines of a command's help. */
export const READ_OPTIONS_HELP = `  --input-format F    read every input as ${Object.keys(READERS).join(', ').replace(/, (\w+)$/, ' or $1')}
  --fetch-pages       read each short (or textless) item of a feed (a file, - or an address) from the page it links to
                      (the first ${MAX_ITEM_PAGES} in the feed's order)`;

const INPUT_FORMATS = Object.keys(READERS) as Format[];

/** The reader options the flags ask for (stdin from `io`). */
export function readOptions(command: string, values: { 'input-format'?: string; 'fetch-pages'?: boolean }, io: Io): Partial<ReadInputsOptions> {
  return { format: oneOf(command, 'input-format', values['input-format'], INPUT_FORMATS), fetchPages: values['fetch-pages'] ?? false, stdin: io.stdin };
}
