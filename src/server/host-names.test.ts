/**
 * DNS rebinding: a web page whose name is pointed at 127.0.0.1 makes a
 * reader's browser send same-origin requests naming that page's host. A
 * server given `hostNames` answers only requests naming one of them or an IP
 * address.
 */
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './listen.js';
import { testApp } from './test-support/fixtures.js';

const logged: unknown[] = [];
const log = (error: unknown) => logged.push(error);
const guarded = testApp({ hostNames: ['localhost', 'tidings.home.example'], log });
const open = testApp({ log });
afterAll(async () => {
  await guarded.close();
  await open.close();
});

const browserWrite = { method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }, body: JSON.stringify({ title: 'Planted', text: 'A report planted in the reader by a web page that pointed its own name at this machine on Friday.' }) };

describe('a server given host names', () => {
  it('refuses a request naming another host, reads and writes alike (audit29: a rebound page could add articles)', async () => {
    for (const init of [undefined, browserWrite]) {
      const response = await guarded.app.request('http://rebound.example:8080/api/stories', init);
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: 'a request for the host "rebound.example" is refused: this server answers for localhost, tidings.home.example and its IP addresses',
        details: [{ path: 'host', message: 'open it by one of those, or name this host with tidings serve --allowed-host' }],
      });
    }
    expect((await guarded.app.request('http://rebound.example:8080/api/articles', browserWrite)).status).toBe(403);
    expect((await guarded.store.listStories(10)).length).toBe(0);
  });

  it('answers localhost, the names it was given and any IP address', async () => {
    for (const url of ['http://localhost:8080/api/stories', 'http://TIDINGS.home.example/api/stories', 'http://127.0.0.1:8080/api/stories', 'http://[::1]:8080/api/stories', 'http://192.168.1.20/api/stories']) {
      expect((await guarded.app.request(url)).status, url).toBe(200);
    }
  });

  it('answers any host when given none (a server behind a proxy on another address)', async () => {
    expect((await open.app.request('http://news.example.org/api/stories')).status).toBe(200);
  });

  it('answers a Host header no URL can name with a 400, logging no bug, guarded or not (mend29b: "Host: evil.1" was a 500 with a stack in the log on every server)', async () => {
    for (const { app } of [open, guarded]) {
      const server = await startServer(app, { port: 0, host: '127.0.0.1' });
      try {
        for (const host of ['evil.1', '999.0.0.1']) {
          for (const [method, path] of [['GET', '/api/stories'], ['POST', '/api/articles'], ['GET', '/stories.atom']]) {
            const { status, body } = await rawRequest(server.port, method, path, host);
            const error = `the request names no valid host: ${JSON.stringify(host)}`;
            expect(status, `${method} ${path} Host: ${host}`).toBe(400);
            if (path.startsWith('/api/')) expect(JSON.parse(body)).toEqual({ error, details: [{ path: 'host', message: 'name this server by its address or host name' }] });
            else expect(body).toContain(error);
          }
        }
      } finally {
        await server.close();
      }
    }
    expect(logged).toEqual([]);
  });
});

/** A request to 127.0.0.1:port naming `host` in its Host header, which fetch does not let a caller set. */
function rawRequest(port: number, method: string, path: string, host: string): Promise<{ status: number | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, method, path, headers: { host, 'content-type': 'application/json' } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    sent.on('error', reject);
    sent.end(method === 'POST' ? '{}' : undefined);
  });
}
