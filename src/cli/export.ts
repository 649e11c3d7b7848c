import type { Article } from '../article.js';
import { InputError, UsageError } from '../errors.js';
import { DEFAULT_DATABASE, storyIdIn, type ExportedArticle } from '../store/index.js';
import { parseCommandArgs } from './args.js';
import { DATABASE_OPTION, withDatabase } from './database.js';
import { write, writeChunk, type Command } from './io.js';

const HELP = `Usage: tidings export [options]

Writes the stored articles of a Tidings database as JSON Lines, one article
a line, in the order they were stored: id, url, outlet, title, byline,
published, modified, language, text (as read: ingest cleans it again) and
story. The lines are what "tidings ingest" reads, so an export ingested
into a new database stores the same articles again and groups them afresh:
the way to move to a newer Tidings, or to keep a copy. An article with no
published date is dated by when it is ingested again.

Options:
  --db FILE        the database (default ${DEFAULT_DATABASE})
  --story ID       only the articles of this story ("12" is s12)
  -h, --help       show this help

Examples:
  tidings export > articles.jsonl
  tidings export --db news.db --story s12 > s12.jsonl
  tidings export --db old.db | tidings ingest - --input-format jsonl --db new.db`;

const OPTIONS = {
  ...DATABASE_OPTION,
  story: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The article fields a line carries, in this order: the JSONL reader's own fields. */
const FIELDS = ['id', 'url', 'outlet', 'title', 'byline', 'published', 'modified', 'language', 'text'] as const satisfies readonly (keyof Article)[];

export const exportCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('export', argv, OPTIONS);
  if (values.help) {
    write(io.stdout, HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`tidings export: takes no inputs, got ${JSON.stringify(positionals[0])} (write to a file with > FILE)`);
  await withDatabase(values.db, async (store, file) => {
    let lines = 0;
    const story = values.story === undefined ? undefined : await storyIdIn(store, values.story);
    for await (const exported of store.exportArticles(story)) {
      await writeChunk(io.stdout, exportLine(exported));
      lines++;
    }
    if (values.story !== undefined && lines === 0) throw new InputError(file, '', `no story ${JSON.stringify(values.story)} (tidings stories lists them)`);
  });
  return 0;
};

/** One JSON line: the article's own fields that it has, then its story. */
export function exportLine({ article, story }: ExportedArticle): string {
  const record: Record<string, string> = {};
  for (const field of FIELDS) {
    const value = article[field];
    if (value !== undefined) record[field] = value;
  }
  if (story !== null) record.story = story;
  return `${JSON.stringify(record)}\n`;
}
