import { DEFAULT_DATABASE, filteredStories, type StoryRow } from '../store/index.js';
import { storyDays, storyHeadline } from '../render/story-overview.js';
import { STORIES_JSON_VERSION } from '../render/json.js';
import { textTable } from '../render/table.js';
import { UsageError } from '../errors.js';
import { listCommand } from './list-command.js';
import { outletFilter, searchWords } from './args.js';

/** How many stories are listed without --limit. */
const DEFAULT_LIMIT = 20;

const HELP = `Usage: tidings stories [options]

Lists the stories of a Tidings database, the most recently updated first:
headline, number of articles and outlets, first and last seen: the first and
last date its articles give (an undated article's ingest day is left out; a
story with no dated article shows the days it was ingested, marked *).

Options:
  --db FILE        the database (default ${DEFAULT_DATABASE})
  --limit N        at most N stories (default ${DEFAULT_LIMIT})
  --outlet NAME    only stories with an article from this outlet (A-Z in any case)
  --since DATE     only stories last seen on or after this date (ISO 8601)
  --search WORDS   only stories with an article matching these words (as tidings search)
  --format F       text (default) or json
  -h, --help       show this help

Examples:
  tidings ingest examples/ && tidings stories
  tidings stories --db news.db --limit 5 --format json
  tidings stories --outlet "Harbor Daily" --since 2026-03-15 --search evacuation`;


export const storiesCommand = listCommand({
  name: 'stories',
  help: HELP,
  defaultLimit: DEFAULT_LIMIT,
  filters: ['outlet', 'since', 'search'],
  rows: async (store, limit, { outlet, since, search }) => filteredStories(store, { outlet: outletFilter('stories', outlet), since: await checkedDate(since), q: searchWords('stories', '--search', search) }, limit),
  table: storiesTable,
  jsonKey: 'stories',
  jsonVersion: STORIES_JSON_VERSION,
});

/** One line per story under a header; the headline last so it may run long. A story with no dated article shows its ingest days, marked and explained under the table. */
export function storiesTable(stories: readonly StoryRow[], filtered = false): string {
  if (stories.length === 0) return filtered ? 'No story matches these filters.' : 'No stories yet: "tidings ingest <files…>" adds articles.';
  const header = ['STORY', 'ARTICLES', 'OUTLETS', 'FIRST SEEN', 'LAST SEEN', 'HEADLINE'];
  let undated = false;
  let updated = false;
  const rows = stories.map((story) => {
    const { first, last, ingested, updatedUndated } = storyDays(story);
    const mark = ingested ? '*' : '';
    undated ||= ingested;
    updated ||= updatedUndated !== undefined;
    return [story.id, String(story.size), String(story.outlets), first + mark, last + mark + (updatedUndated ? '+' : ''), storyHeadline(story)];
  });
  const table = textTable(header, rows, new Set([1, 2]));
  const notes = [
    ...(undated ? ['* no article of the story gives a date: the days it was ingested'] : []),
    ...(updated ? ['+ an article with no date, ingested later, also updated the story (and puts it higher in the list)'] : []),
  ];
  return [table, ...notes].join('\n');
}

/** `--since` as given, when it is a date the API would take too. */
async function checkedDate(since: string | undefined): Promise<string | undefined> {
  if (since === undefined) return undefined;
  const { sinceDate, SINCE_FORMAT } = await import('../store/since-date.js');
  if (!sinceDate.safeParse(since).success) {
    throw new UsageError(`tidings stories: --since takes ${SINCE_FORMAT}, got ${JSON.stringify(since)}`);
  }
  return since;
}
