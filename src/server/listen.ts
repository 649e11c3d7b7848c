/** The app on a socket: `@hono/node-server`, stopped cleanly by `close`. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { expected, InputError } from '../errors.js';

export interface StartServerOptions {
  /** 0 picks a free port. */
  port: number;
  host: string;
}

export interface RunningServer {
  /** Where the reader is, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  port: number;
  /** Stops accepting connections, ends idle and open ones, and resolves when the socket is closed. */
  close(): Promise<void>;
}

export function startServer(app: Hono, { port, host }: StartServerOptions): Promise<RunningServer> {
  if (!Number.isInteger(port) || port < 0 || port > 65535) expected('a port number from 0 to 65535', port);
  if (typeof host !== 'string' || host === '') expected('a host name or address', host);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }) as Server;
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? 'the port is in use' : error.code === 'EADDRNOTAVAIL' ? 'no such address on this machine' : error.message;
      reject(new InputError(`${host}:${port}`, '', `cannot listen there: ${reason}`));
    });
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shown}:${address.port}/`,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
