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

/** Problems of one input shown on stderr at most; the rest are counted in one line (an XML file read as JSONL fails on every line). */
export const MAX_PROBLEMS_PER_INPUT = 10;

/** "tidings: skipped INPUT (PLACE): REASON" for each problem, the first `MAX_PROBLEMS_PER_INPUT` of each input, then how many more that input had. */
export function writeProblems(stream: Writable, problems: ReadonlyArray<{ input: string; message: string }>): void {
  const shown = new Map<string, number>();
  for (const problem of problems) {
    const count = (shown.get(problem.input) ?? 0) + 1;
    shown.set(problem.input, count);
    if (count <= MAX_PROBLEMS_PER_INPUT) write(stream, `tidings: skipped ${problem.message}`);
  }
  for (const [input, count] of shown) {
    if (count > MAX_PROBLEMS_PER_INPUT) write(stream, `tidings: skipped ${count - MAX_PROBLEMS_PER_INPUT} more of ${input}, not shown (${count} problems in all; is it in the format it was read as?)`);
  }
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
