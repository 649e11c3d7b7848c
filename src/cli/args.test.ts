import { describe, expect, it } from 'vitest';
import { runMain as run } from './test-support/fake-io.js';

describe('command-line options', () => {
  it('refuses a negative number by the option it was given to, exit 2 (parseArgs took it for an option, "argument is ambiguous")', async () => {
    const cases: Array<[string[], string]> = [
      [['stories', '--limit', '-3'], 'tidings stories: --limit expects a positive whole number, got "-3"'],
      [['search', 'flood', '--limit', '-1'], 'tidings search: --limit expects a positive whole number, got "-1"'],
      [['serve', '--port', '-1'], 'tidings serve: --port expects a number from 0 to 65535, got "-1"'],
      [['ingest', 'examples', '--wait', '-5'], 'tidings ingest: --wait expects a number of seconds from 0 to 86400, got "-5"'],
      [['summarize', 'examples', '--words', '-5'], 'tidings summarize: --words expects a positive whole number, got "-5"'],
      [['rouge', 'a', 'b', '-l', '-5'], 'tidings rouge: --words expects a positive whole number, got "-5"'],
    ];
    for (const [argv, message] of cases) {
      const { code, stdout, stderr } = await run(argv);
      expect([code, stdout, stderr.split('\n')[0]]).toEqual([2, '', message]);
    }
  });

  it('names an unknown option starting with one "-" as typed, and says how to search for or read a word that starts with "-"', async () => {
    const { code, stdout, stderr } = await run(['search', 'gate', '-dam']);
    expect([code, stdout, stderr.split('\n')[0]]).toEqual([2, '', 'tidings search: unknown option "-dam"; a word or input that starts with "-" goes after "--" (tidings search -- "-dam")']);
    expect((await run(['stories', '--lmit', '3'])).stderr.split('\n')[0]).toBe("tidings stories: Unknown option '--lmit'");
  });
});

