import type { Readable, Writable } from 'node:stream';

/** The streams a command talks to; tests pass their own. */
export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

/** A CLI command: parses its own arguments, returns the exit code. */
export type Command = (argv: string[], io: Io) => Promise<number>;

export function write(stream: Writable, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}
