import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../server/test-support/server-process.js';
import { tempFolder } from '../store/test-support/records.js';
import { main } from './main.js';
import { serve, servedHostNames } from './serve.js';
import { fakeIo } from './test-support/fake-io.js';

const temp = tempFolder('tidings-serve-');
afterAll(() => temp.remove());

async function until<T>(read: () => T | undefined): Promise<T> {
  for (let tries = 0; tries < 200; tries++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('timed out');
}

describe('tidings serve', () => {
  it('prints its help', async () => {
    const { io, stdout } = fakeIo();
    expect(await main(['serve', '--help'], io)).toBe(0);
    expect(stdout()).toMatch(/--port N/);
  });

  it('refuses bad usage with exit 2', async () => {
    for (const argv of [['--port', 'http'], ['--port', '70000'], ['extra'], ['--host', ''], ['--verbose']]) {
      const { io, stderr } = fakeIo();
      expect(await main(['serve', ...argv], io), argv.join(' ')).toBe(2);
      expect(stderr()).toMatch(/tidings serve/);
    }
  });

  it('serves the reader and the API on 127.0.0.1, prints the URL, and stops when told', async () => {
    const { io, stdout } = fakeIo();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = serve(['--db', temp.file('serve.db'), '--port', '0'], io, () => stopped);
    const url = await until(() => /at (http:\/\/\S+\/) /.exec(stdout())?.[1]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const stories = await fetch(`${url}api/stories`);
    expect(stories.status).toBe(200);
    expect(await stories.json()).toMatchObject({ stories: [] });
    const home = await fetch(url);
    expect(home.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    stop();
    expect(await running).toBe(0);
    expect(stdout()).toMatch(/stopped/);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('says on stderr when the database did not exist and is served new and empty (a mistyped --db), and not when it did', async () => {
    for (const [name, note] of [['fresh.db', true], ['fresh.db', false]] as const) {
      const { io, stdout, stderr } = fakeIo();
      let stop!: () => void;
      const stopped = new Promise<void>((resolve) => (stop = resolve));
      const running = serve(['--db', temp.file(name), '--port', '0'], io, () => stopped);
      await until(() => /at (http:\/\/\S+\/) /.exec(stdout())?.[1]);
      stop();
      expect(await running).toBe(0);
      if (note) expect(stderr()).toMatch(/fresh\.db did not exist: serving a new, empty database \(tidings ingest --db \S*fresh\.db adds articles/);
      else expect(stderr()).toBe('');
    }
  });

  it('names the hosts requests may name (DNS rebinding): localhost and --allowed-host on a loopback address, any elsewhere unless --allowed-host names some', async () => {
    expect(await servedHostNames('127.0.0.1', [])).toEqual(['localhost']);
    expect(await servedHostNames('::1', [])).toEqual(['localhost']);
    expect(await servedHostNames('127.0.0.1', ['tidings.home.example'])).toEqual(['localhost', 'tidings.home.example']);
    expect(await servedHostNames('203.0.113.7', [])).toBeNull();
    expect(await servedHostNames('192.168.1.20', [])).toBeNull();
    expect(await servedHostNames('2001:db8::7', [])).toBeNull();
    expect(await servedHostNames('203.0.113.7', ['news.example.org'])).toEqual(['localhost', 'news.example.org']);
    await expect(servedHostNames('127.0.0.1', ['bad name/'])).rejects.toThrow(/--allowed-host expects a host name/);
  });

  it('guards a wildcard address, which listens on loopback too, and loopback written in any form (mend29b: 0.0.0.0, ::, 127.1 and 0:0:0:0:0:0:0:1 answered any host)', async () => {
    for (const host of ['0.0.0.0', '::', '0:0:0:0:0:0:0:0', '[::]', '0', '127.1', '127.0.0.2', '0x7f.0.0.1', '0:0:0:0:0:0:0:1', '[::1]', '::ffff:127.0.0.1']) {
      expect(await servedHostNames(host, []), host).toEqual(['localhost']);
    }
    expect(await servedHostNames('0.0.0.0', ['box.local'])).toEqual(['localhost', 'box.local']);
    // A name listened on is a name the reader is opened by; one that resolves to nothing (listening there fails) is guarded meanwhile.
    expect(await servedHostNames('LocalHost', [])).toEqual(['localhost']);
    expect(await servedHostNames('Tidings-Box.invalid', [])).toEqual(['localhost', 'tidings-box.invalid']);
  });

  it('refuses a request naming another host on 0.0.0.0, and answers it by IP address (mend29b: Host: rebound.example through 127.0.0.1 answered 200)', async () => {
    const { io, stdout } = fakeIo();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = serve(['--db', temp.file('wildcard.db'), '--port', '0', '--host', '0.0.0.0'], io, () => stopped);
    const port = Number(await until(() => /at http:\/\/0\.0\.0\.0:(\d+)\/ /.exec(stdout())?.[1]));
    const statusFor = (host: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path: '/api/stories', headers: { host } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        })
          .on('error', reject)
          .end();
      });
    try {
      expect(await statusFor(`rebound.example:${port}`)).toBe(403);
      expect(await statusFor(`127.0.0.1:${port}`)).toBe(200);
      expect(await statusFor(`localhost:${port}`)).toBe(200);
    } finally {
      stop();
      await running;
    }
  });

  it('says so when the port is taken (exit 1, no stack trace)', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { io, stderr } = fakeIo();
      expect(await main(['serve', '--db', temp.file('taken.db'), '--port', String(port)], io)).toBe(1);
      expect(stderr()).toMatch(/the port is in use/);
      expect(stderr()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('stops cleanly on %s, as a real process', async (signal) => {
    const server = await startServerProcess(temp.file(`${signal}.db`));
    expect((await fetch(`${server.url}api/openapi.json`)).status).toBe(200);
    const { code, stdout, stderr } = await server.stop(signal);
    expect(code).toBe(0);
    expect(stdout).toMatch(/stopped/);
    expect(stderr).not.toMatch(/error|\n\s+at /i);
  });
});
