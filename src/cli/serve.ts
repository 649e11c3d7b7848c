import { lookup } from 'node:dns/promises';
import { existsSync } from 'node:fs';
import { BlockList, isIP } from 'node:net';
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
  --host H         the address to listen on (default ${DEFAULT_HOST}: this machine only;
                   0.0.0.0 or :: listens on every address)
  --allowed-host NAME
                   a host name the reader may be opened by besides localhost, the
                   --host name and IP addresses (repeatable: a name in /etc/hosts such
                   as box.local, a proxy that passes its Host); on a loopback address
                   or 0.0.0.0 or :: other names are refused, so a web page pointing
                   its name at this machine cannot use the API
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

/**
 * The addresses a browser on this machine reaches a server listening on
 * them by: loopback, and the wildcards (0.0.0.0, ::), which listen on every
 * address, loopback included.
 */
const REACHED_FROM_HERE = new BlockList();
REACHED_FROM_HERE.addSubnet('127.0.0.0', 8, 'ipv4');
REACHED_FROM_HERE.addAddress('0.0.0.0', 'ipv4');
REACHED_FROM_HERE.addAddress('::1', 'ipv6');
REACHED_FROM_HERE.addAddress('::', 'ipv6');

function reachedFromHere(address: string): boolean {
  return REACHED_FROM_HERE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Listening on `host` answers this machine's own browser: an address
 * `REACHED_FROM_HERE` holds in any form ("127.1", "0:0:0:0:0:0:0:1", "0"),
 * or a name that resolves to one, as listening resolves it ("localhost").
 */
async function listensFromHere(host: string): Promise<boolean> {
  if (isIP(host) !== 0) return reachedFromHere(host);
  try {
    return (await lookup(host, { all: true })).some(({ address }) => reachedFromHere(address));
  } catch {
    // Listening there fails too, saying why.
    return true;
  }
}

/** `host` as a request names it when it is a name, none when it is an address in any form ("127.1" is 127.0.0.1). */
function namesOf(host: string): string[] {
  if (isIP(host) !== 0) return [];
  try {
    const { hostname } = new URL(`http://${host}`);
    return isIP(hostname) === 0 ? [hostname] : [];
  } catch {
    return [];
  }
}

/**
 * The host names requests may name (`ServerOptions.hostNames`): on an
 * address this machine's browser reaches (loopback, or a wildcard such as
 * 0.0.0.0), localhost, the --host name and the --allowed-host names (DNS
 * rebinding: a web page pointing its own name at this machine is refused);
 * elsewhere any, unless --allowed-host names some. An IP address always
 * passes (`createApp`), so the reader is still opened by address on a LAN.
 */
export async function servedHostNames(host: string, allowed: readonly string[]): Promise<string[] | null> {
  for (const name of allowed) if (!/^[a-z\d.-]+$/i.test(name)) throw new UsageError(`tidings serve: --allowed-host expects a host name such as news.example.org, got ${JSON.stringify(name)}`);
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (!(await listensFromHere(bare)) && allowed.length === 0) return null;
  return [...new Set(['localhost', ...namesOf(bare), ...allowed])];
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
  const hostNames = await servedHostNames(host, values['allowed-host'] ?? []);
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
