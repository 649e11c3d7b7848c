import { UsageError } from '../errors.js';
import { versioned } from '../version.js';
import type { Store } from '../store/index.js';
import { oneOf, parseCommandArgs, positiveInteger } from './args.js';
import { DATABASE_OPTION, withDatabase } from './database.js';
import { write, type Command } from './io.js';

/** What a command that lists rows of a database (`stories`, `outlets`) differs in. */
export interface ListCommand<T> {
  name: string;
  help: string;
  /** Rows listed when `--limit` is not given. */
  defaultLimit: number;
  /** Further `--name VALUE` options the command takes, passed to `rows` (absent ones undefined). */
  filters?: readonly string[];
  rows: (store: Store, limit: number, filters: Readonly<Record<string, string | undefined>>) => Promise<T[]>;
  /** The rows as a text table (or a line saying there are none, and whether the filters left them out). */
  table: (rows: readonly T[], filtered: boolean) => string;
  /** `--format json` writes `{version: jsonVersion, [jsonKey]: rows}`. */
  jsonKey: string;
  jsonVersion: number;
}

/** The options of a listing command: `--db`, `--limit`, `--format`, `--help` (`search` takes them too). */
export const LIST_OPTIONS = {
  ...DATABASE_OPTION,
  limit: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A command taking `--db`, `--limit N`, `--format text|json` and its `filters`, and no other argument. */
export function listCommand<T>(spec: ListCommand<T>): Command {
  return async (argv, io) => {
    const filterOptions = Object.fromEntries((spec.filters ?? []).map((name) => [name, { type: 'string' as const }]));
    const { values, positionals } = parseCommandArgs(spec.name, argv, { ...LIST_OPTIONS, ...filterOptions });
    if (values.help) {
      write(io.stdout, spec.help);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`tidings ${spec.name}: unexpected argument ${JSON.stringify(positionals[0])}`);
    const limit = positiveInteger(spec.name, 'limit', values.limit) ?? spec.defaultLimit;
    const format = oneOf(spec.name, 'format', values.format, ['text', 'json'] as const) ?? 'text';
    const given = values as Record<string, unknown>;
    const filters = Object.fromEntries((spec.filters ?? []).map((name) => [name, given[name] as string | undefined]));
    const rows = await withDatabase(values.db as string | undefined, (store) => spec.rows(store, limit, filters));
    if (format === 'json') io.stdout.write(`${JSON.stringify(versioned(spec.jsonVersion, { [spec.jsonKey]: rows }), null, 2)}\n`);
    else write(io.stdout, spec.table(rows, Object.values(filters).some((value) => value !== undefined)));
    return 0;
  };
}
