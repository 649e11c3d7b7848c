import { existsSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { createApp, startServer } from '../server/index.js';
import { DEFAULT_DATABASE } from '../store/index.js';
import { DATABASE_OPTION, withDatabase } from './database.js';
import { parseCommandArgs } from './args.js';
import { write, type Command, type Io } from './io.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

const HELP = `Usage: tidings serve [options]

Serves a Tidings database over HTTP: a web reader (stories, cited summaries
whose citations open the source with the sentence highlighted, quotes, where
sources differ, copies with their edits, search, a page to add articles) and
a JSON API (OpenAPI document at /api/openapi.json). Stops on Ctrl-C.

Options:
  --db FILE        the database, created when absent (default ${DEFAULT_DATABASE})
  --port N         the port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H         the address to listen on (default ${DEFAULT_HOST}: this machine only)
  --allowed-host NAME
                   a host name the reader may be opened by besides localhost and IP
                   addresses (repeatable: a name in /etc/hosts, a proxy that passes
                   its Host); on a loopback address other names are refused, so a
                   web page pointing its name at this machine cannot use the API
  -h, --help       show this help

Examples:
  tidings ingest examples/ && tidings serve
  tidings serve --db news.db --port 3000
  curl -s -H 'Content-Type: text/html' --data-binary @page.html 'http://127.0.0.1:8080/api/articles?url=https://example.org/a'`;

const OPTIONS = {
  ...DATABASE_OPTION,
  port: { type: 'string' },
  host: { type: 'string' },
  'allowed-host': { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The signal that stopped the server. */
function nextStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`tidings serve: --port expects a number from 0 to 65535, got ${JSON.stringify(value)}`);
  return port;
}

/** A loopback address or name: "127.0.0.1", "::1", "localhost". */
function isLoopback(host: string): boolean {
  return /^(?:127(?:\.\d{1,3}){3}|::1|\[::1\]|localhost)$/i.test(host);
}

/**
 * The host names requests may name (`ServerOptions.hostNames`): on a loopback
 * address, localhost and the --allowed-host names (DNS rebinding); elsewhere
 * any, unless --allowed-host names some.
 */
export function servedHostNames(host: string, allowed: readonly string[]): string[] | null {
  for (const name of allowed) if (!/^[a-z\d.-]+$/i.test(name)) throw new UsageError(`tidings serve: --allowed-host expects a host name such as news.example.org, got ${JSON.stringify(name)}`);
  return isLoopback(host) || allowed.length > 0 ? ['localhost', ...allowed] : null;
}

/** Serves until `stop` settles, then closes the server and the database. */
export async function serve(argv: string[], io: Io, stop: () => Promise<unknown>): Promise<number> {
  const { values, positionals } = parseCommandArgs('serve', argv, OPTIONS);
  if (values.help) {
    write(io.stdout, HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`tidings serve: unexpected argument ${JSON.stringify(positionals[0])}`);
  const port = parsePort(values.port);
  const host = values.host ?? DEFAULT_HOST;
  if (host === '') throw new UsageError('tidings serve: --host expects an address, e.g. 127.0.0.1');
  const hostNames = servedHostNames(host, values['allowed-host'] ?? []);
  const created = !existsSync(values.db ?? DEFAULT_DATABASE);
  return withDatabase(
    values.db,
    async (store, file) => {
      const server = await startServer(createApp({ store, hostNames }), { port, host });
      const stopped = stop();
      // A mistyped --db would otherwise show an empty reader with no word of why.
      if (created) write(io.stderr, `tidings serve: ${file} did not exist: serving a new, empty database (tidings ingest ${file === DEFAULT_DATABASE ? '' : `--db ${file} `}adds articles, as does its page to add articles)`);
      write(io.stdout, `tidings serve: ${file} at ${server.url} (Ctrl-C stops)`);
      await stopped;
      await server.close();
      write(io.stdout, 'tidings serve: stopped');
      return 0;
    },
    { create: true },
  );
}

export const serveCommand: Command = (argv, io) => serve(argv, io, nextStopSignal);
