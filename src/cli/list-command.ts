import { UsageError } from '../errors.js';
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
  rows: (store: Store, limit: number) => Promise<T[]>;
  /** The rows as a text table (or a line saying there are none). */
  table: (rows: readonly T[]) => string;
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

/** A command taking `--db`, `--limit N` and `--format text|json`, and no other argument. */
export function listCommand<T>(spec: ListCommand<T>): Command {
  return async (argv, io) => {
    const { values, positionals } = parseCommandArgs(spec.name, argv, LIST_OPTIONS);
    if (values.help) {
      write(io.stdout, spec.help);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`tidings ${spec.name}: unexpected argument ${JSON.stringify(positionals[0])}`);
    const limit = positiveInteger(spec.name, 'limit', values.limit) ?? spec.defaultLimit;
    const format = oneOf(spec.name, 'format', values.format, ['text', 'json'] as const) ?? 'text';
    const rows = await withDatabase(values.db, (store) => spec.rows(store, limit));
    if (format === 'json') io.stdout.write(`${JSON.stringify({ version: spec.jsonVersion, [spec.jsonKey]: rows }, null, 2)}\n`);
    else write(io.stdout, spec.table(rows));
    return 0;
  };
}
