import { InputError, UsageError } from '../errors.js';
import type { Command, Io } from './io.js';
import { isClosedOutput, write } from './io.js';
import { VERSION } from '../version.js';

/**
 * Each command's module is loaded when the command runs: `tidings stories`
 * need not load the HTML reader, the summarizer or the web server.
 */
const COMMANDS: Record<string, { load: () => Promise<Command>; about: string }> = {
  summarize: { load: async () => (await import('./summarize.js')).summarizeCommand, about: 'read articles and write one cited summary' },
  rouge: { load: async () => (await import('./rouge.js')).rouge, about: 'score summaries against references, as ROUGE-1.5.5 does' },
  ingest: { load: async () => (await import('./ingest.js')).ingestCommand, about: 'store articles in a database, grouped into stories, copies found' },
  stories: { load: async () => (await import('./stories.js')).storiesCommand, about: 'list the stories of a database, newest first' },
  story: { load: async () => (await import('./story.js')).storyCommand, about: 'show one story: cited summary, articles, related stories, who copied whom' },
  outlets: { load: async () => (await import('./outlets.js')).outletsCommand, about: 'who copies whom, by outlet: reprints, rewrites and their sources' },
  search: { load: async () => (await import('./search.js')).searchCommand, about: 'full-text search over the stored articles' },
  remove: { load: async () => (await import('./remove.js')).removeCommand, about: 'remove stored articles (a takedown, a mistake) and all that refers to them' },
  export: { load: async () => (await import('./export.js')).exportCommand, about: 'write the stored articles as JSON Lines, which ingest reads back' },
  serve: { load: async () => (await import('./serve.js')).serveCommand, about: 'serve the web reader and the JSON API over a database' },
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
  const [asked, ...given] = argv;
  // "tidings help ingest" is "tidings ingest --help".
  const [name, ...rest] = asked === 'help' && given.length === 1 ? [given[0], '--help'] : [asked, ...given];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    write(io.stdout, USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    write(io.stdout, VERSION);
    return 0;
  }
  // Only COMMANDS' own names: "toString" and "__proto__" are in every object.
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    write(io.stderr, `tidings: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return 2;
  }
  // A reader that went away is no fault: the command stops at its next write. Any other stream error
  // is rethrown, so it stays an uncaught exception, as it would be without this listener.
  io.stdout.on('error', (error: unknown) => {
    if (!isClosedOutput(error)) throw error;
  });
  try {
    const run = await command.load();
    return await run(rest, io);
  } catch (error) {
    if (isClosedOutput(error)) return 0;
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
