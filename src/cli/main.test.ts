import { describe, expect, it } from 'vitest';
import { USAGE } from './main.js';
import { runMain } from './test-support/fake-io.js';

describe('tidings with no command, help and --version', () => {
  it('prints the usage for help, and exits 2 with no command', async () => {
    expect(await runMain(['help'])).toEqual({ code: 0, stdout: `${USAGE}\n`, stderr: '' });
    expect((await runMain([])).code).toBe(2);
  });

  it('prints a command\u2019s own help for "help COMMAND", as "COMMAND --help" does (audit29: it printed the list of commands)', async () => {
    const asked = await runMain(['help', 'ingest']);
    expect(asked).toEqual(await runMain(['ingest', '--help']));
    expect(asked.code).toBe(0);
    expect(asked.stdout).toContain('--fetch-pages');
  });

  it('says a name that is no command is unknown, with exit 2, for "help NAME" as for "NAME" (mend29b: "help nothing" printed the usage with exit 0; "toString" and "help __proto__" crashed with a stack)', async () => {
    for (const name of ['nothing', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      for (const argv of [[name], ['help', name]]) {
        expect(await runMain(argv), argv.join(' ')).toEqual({ code: 2, stdout: '', stderr: `tidings: unknown command ${JSON.stringify(name)}\n\n${USAGE}\n` });
      }
    }
  });
});
