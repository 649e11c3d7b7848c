import { InputError, UsageError } from '../errors.js';
import type { Command, Io } from './io.js';
import { write } from './io.js';
import { rouge } from './rouge.js';
import { summarizeCommand } from './summarize.js';
import { ingestCommand } from './ingest.js';
import { storiesCommand } from './stories.js';
import { storyCommand } from './story.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';

const COMMANDS: Record<string, { run: Command; about: string }> = {
  summarize: { run: summarizeCommand, about: 'read articles and write one cited summary' },
  rouge: { run: rouge, about: 'score summaries against references, as ROUGE-1.5.5 does' },
  ingest: { run: ingestCommand, about: 'store articles in a database, grouped into stories, copies found' },
  stories: { run: storiesCommand, about: 'list the stories of a database, newest first' },
  story: { run: storyCommand, about: 'show one story: cited summary, articles, who copied whom' },
  search: { run: searchCommand, about: 'full-text search over the stored articles' },
  serve: { run: serveCommand, about: 'serve the web reader and the JSON API over a database' },
};

export const USAGE = `Usage: tidings <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, { about }]) => `  ${name.padEnd(11)} ${about}`)
  .join('\n')}

Run "tidings <command> --help" for a command's options.`;

/**
 * Runs one CLI command and returns its exit code: 0 done, 1 bad input,
 * 2 bad usage. A user's mistake prints one line naming the input and the
 * reason; only a bug in Tidings prints a stack trace.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    write(io.stdout, USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    write(io.stdout, '0.1.0');
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    write(io.stderr, `tidings: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      write(io.stderr, `${error.message}\nRun "tidings ${name} --help" for usage.`);
      return 2;
    }
    if (error instanceof InputError) {
      write(io.stderr, `tidings: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
