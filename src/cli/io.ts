import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/** The streams a command talks to; tests pass their own. */
export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** Stops a command that runs until stopped (`ingest --every`); without it, SIGINT and SIGTERM do. */
  signal?: AbortSignal;
}

/** A CLI command: parses its own arguments, returns the exit code. */
export type Command = (argv: string[], io: Io) => Promise<number>;

export function write(stream: Writable, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** The reader of standard output went away (`tidings export | head`): the command stops, quietly. */
export class OutputClosed extends Error {
  constructor() {
    super('tidings: standard output was closed');
    this.name = 'OutputClosed';
  }
}

/** A closed pipe's error: nothing more can be written, and that is no fault. */
export function isClosedOutput(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof OutputClosed || code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/** Writes a chunk of a long output, waiting while the stream's buffer is full; throws `OutputClosed` once the reader is gone (the stream failed or closed). */
export async function writeChunk(stream: Writable, text: string): Promise<void> {
  if (stream.destroyed || stream.writableEnded) throw new OutputClosed();
  if (stream.write(text)) return;
  const waiting = new AbortController();
  try {
    const drained = await Promise.race([once(stream, 'drain', { signal: waiting.signal }).then(() => true), once(stream, 'close', { signal: waiting.signal }).then(() => false)]);
    if (!drained) throw new OutputClosed();
  } catch (error) {
    throw isClosedOutput(error) ? new OutputClosed() : error;
  } finally {
    waiting.abort();
  }
}
