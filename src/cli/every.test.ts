import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { MAX_INTERVAL_MS, MIN_INTERVAL_MS, parseInterval, ShownProblems, untilStopped, wait } from './every.js';

describe('parseInterval', () => {
  it.each([
    ['90s', 90_000],
    ['1m', MIN_INTERVAL_MS],
    ['15m', 900_000],
    ['1.5h', 5_400_000],
    ['24h', MAX_INTERVAL_MS],
  ])('%s', (text, ms) => expect(parseInterval('ingest', text)).toBe(ms));

  it.each(['30s', '25h', '15', 'm', '-5m', '5 min', ''])('refuses %j, naming the flag and the range', (text) => {
    expect(() => parseInterval('ingest', text)).toThrow(UsageError);
    expect(() => parseInterval('ingest', text)).toThrow(`tidings ingest: --every takes a time from 1m to 24h, such as 90s, 15m or 2h, got ${JSON.stringify(text)}`);
  });
});

describe('untilStopped and wait', () => {
  it('runs, waits and runs again until the signal stops a wait', async () => {
    const stop = new AbortController();
    const times: number[] = [];
    const runs = await untilStopped(
      async () => {
        times.push(Date.now());
        if (times.length === 3) stop.abort();
      },
      { interval: 20, signal: stop.signal },
    );
    expect(runs).toBe(3);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(15);
  });

  it('ends a long wait as soon as it is stopped, and does not wait once stopped', async () => {
    const stop = new AbortController();
    const started = Date.now();
    setTimeout(() => stop.abort(), 20);
    expect(await wait(MAX_INTERVAL_MS, stop.signal)).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await wait(10, stop.signal)).toBe(false);
    expect(await wait(10, new AbortController().signal)).toBe(true);
  });
});

describe('ShownProblems', () => {
  it('passes each problem once over the runs, counting the ones shown before', () => {
    const shown = new ShownProblems();
    const bad = (line: number) => ({ input: 'wire.jsonl', message: `wire.jsonl (line ${line}): not valid JSON` });
    expect(shown.unseen([bad(2), bad(5)])).toEqual({ unseen: [bad(2), bad(5)], seen: 0 });
    expect(shown.unseen([bad(2), bad(5), bad(9)])).toEqual({ unseen: [bad(9)], seen: 2 });
    expect(shown.unseen([{ input: 'feed.xml', message: bad(2).message }])).toEqual({ unseen: [{ input: 'feed.xml', message: bad(2).message }], seen: 0 });
  });
});
