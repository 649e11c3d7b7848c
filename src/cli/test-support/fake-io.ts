import { PassThrough, Readable } from 'node:stream';
import type { Io } from '../io.js';
import { main } from '../main.js';

/** An `Io` over memory streams: what a command printed to stdout and stderr. */
export function fakeIo(stdin = ''): { io: Io; stdout: () => string; stderr: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  return { io: { stdin: Readable.from([stdin]), stdout, stderr }, stdout: () => out, stderr: () => err };
}

/** Runs `tidings <argv…>` in memory: its exit code and what it printed. */
export async function runMain(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, stdout, stderr } = fakeIo(stdin);
  const code = await main(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}
