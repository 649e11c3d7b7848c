import { DEFAULT_DATABASE, type StoryRow } from '../store/index.js';
import { day } from '../render/story-overview.js';
import { DATABASE_OPTION, withDatabase } from './database.js';
import { oneOf, parseCommandArgs, positiveInteger } from './args.js';
import { write, type Command } from './io.js';
import { UsageError } from '../errors.js';

const HELP = `Usage: tidings stories [options]

Lists the stories of a Tidings database, the most recently updated first:
headline, number of articles and outlets, first and last seen.

Options:
  --db FILE        the database (default ${DEFAULT_DATABASE})
  --limit N        at most N stories (default 20)
  --format F       text (default) or json
  -h, --help       show this help

Examples:
  tidings ingest examples/ && tidings stories
  tidings stories --db news.db --limit 5 --format json`;

const OPTIONS = {
  ...DATABASE_OPTION,
  limit: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** JSON format version of `tidings stories --format json`. */
export const STORIES_JSON_VERSION = 1;

export const storiesCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('stories', argv, OPTIONS);
  if (values.help) {
    write(io.stdout, HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`tidings stories: unexpected argument ${JSON.stringify(positionals[0])}`);
  const limit = positiveInteger('stories', 'limit', values.limit) ?? 20;
  const format = oneOf('stories', 'format', values.format, ['text', 'json'] as const) ?? 'text';
  const stories = await withDatabase(values.db, (store) => store.listStories(limit));
  if (format === 'json') io.stdout.write(`${JSON.stringify({ version: STORIES_JSON_VERSION, stories }, null, 2)}\n`);
  else write(io.stdout, storiesTable(stories));
  return 0;
};

/** One line per story under a header; the headline last so it may run long. */
export function storiesTable(stories: readonly StoryRow[]): string {
  if (stories.length === 0) return 'No stories yet: "tidings ingest <files…>" adds articles.';
  const header = ['STORY', 'ARTICLES', 'OUTLETS', 'FIRST SEEN', 'LAST SEEN', 'HEADLINE'];
  const rows = stories.map((story) => [story.id, String(story.size), String(story.outlets), day(story.firstSeen), day(story.lastSeen), story.headline ?? '(untitled)']);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const numeric = new Set([1, 2]);
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : numeric.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

