import { outletName } from '../render/outlet-name.js';
import { OUTLETS_JSON_VERSION } from '../render/json.js';
import { textTable } from '../render/table.js';
import { DEFAULT_DATABASE, type OutletRow } from '../store/index.js';
import { listCommand } from './list-command.js';

/** How many outlets are listed without --limit. */
const DEFAULT_LIMIT = 20;

const HELP = `Usage: tidings outlets [options]

Who copies whom, by outlet: each outlet's stored articles, how many of them
later articles copied, how many are reprints or rewrites of earlier ones,
and the outlets it takes from most. Outlets with the most articles first;
articles that name no outlet count together.

Options:
  --db FILE        the database (default ${DEFAULT_DATABASE})
  --limit N        at most N outlets (default ${DEFAULT_LIMIT})
  --format F       text (default) or json
  -h, --help       show this help

Examples:
  tidings ingest examples/ && tidings outlets
  tidings outlets --db news.db --limit 50 --format json`;


export const outletsCommand = listCommand({
  name: 'outlets',
  help: HELP,
  defaultLimit: DEFAULT_LIMIT,
  rows: (store, limit) => store.outlets(limit),
  table: outletsTable,
  jsonKey: 'outlets',
  jsonVersion: OUTLETS_JSON_VERSION,
});

export function outletsTable(outlets: readonly OutletRow[]): string {
  if (outlets.length === 0) return 'No articles yet: "tidings ingest <files…>" adds them.';
  const header = ['OUTLET', 'ARTICLES', 'COPIED BY OTHERS', 'REPRINTS', 'REWRITES', 'TAKES FROM'];
  const rows = outlets.map((row) => [
    outletName(row.outlet),
    String(row.articles),
    String(row.copied),
    String(row.reprints),
    String(row.rewrites),
    row.sources.map((source) => `${outletName(source.outlet)} (${source.articles})`).join(', '),
  ]);
  return textTable(header, rows, new Set([1, 2, 3, 4]));
}
