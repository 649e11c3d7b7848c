import { DEFAULT_DATABASE, type StoryRow } from '../store/index.js';
import { day } from '../render/story-overview.js';
import { textTable } from '../render/table.js';
import { listCommand } from './list-command.js';

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

/** JSON format version of `tidings stories --format json`. */
export const STORIES_JSON_VERSION = 1;

export const storiesCommand = listCommand({
  name: 'stories',
  help: HELP,
  defaultLimit: 20,
  rows: (store, limit) => store.listStories(limit),
  table: storiesTable,
  jsonKey: 'stories',
  jsonVersion: STORIES_JSON_VERSION,
});

/** One line per story under a header; the headline last so it may run long. */
export function storiesTable(stories: readonly StoryRow[]): string {
  if (stories.length === 0) return 'No stories yet: "tidings ingest <files…>" adds articles.';
  const header = ['STORY', 'ARTICLES', 'OUTLETS', 'FIRST SEEN', 'LAST SEEN', 'HEADLINE'];
  const rows = stories.map((story) => [story.id, String(story.size), String(story.outlets), day(story.firstSeen), day(story.lastSeen), story.headline ?? '(untitled)']);
  return textTable(header, rows, new Set([1, 2]));
}

