/**
 * `tidings ingest --every 15m`: the interval between runs, the wait that a
 * stop request cuts short, and the stop request itself (Ctrl-C or SIGTERM
 * once: stop after the current run; twice: stop now, which a killed ingest
 * survives, losing at most its open batch).
 */
import { setTimeout as delay } from 'node:timers/promises';
import { UsageError } from '../errors.js';
import { write, type Io } from './io.js';

const SECOND = 1000;
const UNITS: Readonly<Record<string, number>> = { s: SECOND, m: 60 * SECOND, h: 3600 * SECOND };
/** No source is asked more often than once a minute, nor less than once a day. */
export const MIN_INTERVAL_MS = 60 * SECOND;
export const MAX_INTERVAL_MS = 24 * 3600 * SECOND;

/** "90s", "15m", "2h" → milliseconds, within a minute and a day. */
export function parseInterval(command: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)([smh])$/.exec(value.trim());
  const ms = match ? Math.round(Number(match[1]) * UNITS[match[2]]) : Number.NaN;
  if (!(ms >= MIN_INTERVAL_MS && ms <= MAX_INTERVAL_MS)) {
    throw new UsageError(`tidings ${command}: --every takes a time from 1m to 24h, such as 90s, 15m or 2h, got ${JSON.stringify(value)}`);
  }
  return ms;
}

/** Calls `run`, then again after each `interval` ms, until `signal` stops a wait; how many runs there were. */
export async function untilStopped(run: () => Promise<void>, { interval, signal }: { interval: number; signal: AbortSignal }): Promise<number> {
  let runs = 0;
  do {
    await run();
    runs++;
  } while (await wait(interval, signal));
  return runs;
}

/** Waits `ms`; false when `signal` stopped the wait (or had already). */
export async function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  try {
    await delay(ms, undefined, { signal });
    return true;
  } catch (error) {
    if (signal.aborted) return false;
    throw error;
  }
}

/**
 * The signal that stops a watching command: `io.signal` when the caller
 * gives one (tests, a host program), else the process's first SIGINT or
 * SIGTERM; a second one exits at once (130). `release` removes the handlers.
 */
export function stopRequest(io: Io): { signal: AbortSignal; release: () => void } {
  if (io.signal) return { signal: io.signal, release: () => undefined };
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    write(io.stderr, 'tidings: stopping after this run (again to stop now)');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    release: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** How many problems `--every` remembers having shown; past it, it forgets them all and shows them once more. */
const MAX_REMEMBERED_PROBLEMS = 100_000;

/**
 * The problems of a run of `--every` that no earlier run showed (an input
 * read again each run repeats its bad lines each run): the new ones, and how
 * many were shown before.
 */
export class ShownProblems<P extends { input: string; message: string }> {
  private readonly shown = new Set<string>();

  unseen(problems: readonly P[]): { unseen: P[]; seen: number } {
    if (this.shown.size > MAX_REMEMBERED_PROBLEMS) this.shown.clear();
    const unseen = problems.filter((problem) => {
      const key = `${problem.input}\u0000${problem.message}`;
      if (this.shown.has(key)) return false;
      this.shown.add(key);
      return true;
    });
    return { unseen, seen: problems.length - unseen.length };
  }
}
