import { UsageError } from '../errors.js';
import { ingest } from '../ingest/index.js';
import { DEFAULT_DATABASE } from '../store/index.js';
import { DATABASE_OPTION, withDatabase } from './database.js';
import { parseCommandArgs } from './args.js';
import { READ_OPTIONS, READ_OPTIONS_HELP, readOptions } from './read-options.js';
import { write, type Command } from './io.js';
import { startProgress } from './progress.js';

const HELP = `Usage: tidings ingest <inputs…> [options]

Reads articles (files, folders, glob patterns, - for stdin, http(s) addresses
of feeds and pages; plain text, HTML, RSS/Atom, JSONL, NIST SGML) into a
Tidings database: each new article is
cleaned, checked for copies of earlier ones (reprint, rewrite) and added to a
story. An article already stored (same id, or same outlet and text) is
skipped, so ingesting the same inputs again adds nothing. Inputs that cannot
be read are reported and skipped (exit 1).

Options:
  --db FILE           the database, created when absent (default ${DEFAULT_DATABASE})
${READ_OPTIONS_HELP}
  -h, --help          show this help

Examples:
  tidings ingest examples/ && tidings stories
  tidings ingest 'feeds/*.xml' wire.jsonl --db news.db
  tidings ingest https://example.org/feed.rss --fetch-pages
  tidings ingest https://example.org/news/story.html
  curl -s https://example.org/feed.rss | tidings ingest - --input-format feed`;

const OPTIONS = {
  ...DATABASE_OPTION,
  ...READ_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

export const ingestCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('ingest', argv, OPTIONS);
  if (values.help) {
    write(io.stdout, HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('tidings ingest: name at least one input (a file, folder, pattern, web address, or - for stdin)');
  const read = readOptions('ingest', values, io);
  const progress = startProgress(io.stderr, 'Ingesting articles');
  const report = await withDatabase(
    values.db,
    (store) => ingest(store, positionals, { read, onProgress: ({ done, total }) => progress.update(done, total) }),
    { create: true },
  ).finally(() => progress.finish());
  for (const problem of report.problems) write(io.stderr, `tidings: skipped ${problem.message}`);
  const articles = (n: number) => `${n} new article${n === 1 ? '' : 's'}`;
  const problems = report.problems.length;
  write(
    io.stdout,
    `ingested ${articles(report.added)} (${report.alreadyStored} already stored, ${problems} problem${problems === 1 ? '' : 's'}) into ${report.stories} stor${report.stories === 1 ? 'y' : 'ies'}`,
  );
  return problems > 0 ? 1 : 0;
};
