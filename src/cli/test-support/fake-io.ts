import { PassThrough, Readable } from 'node:stream';
import type { Io } from '../io.js';

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
