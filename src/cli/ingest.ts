import { InputError, SchemaChangedError, UsageError } from '../errors.js';
import { ingest, IngestSession, type IngestReport, type UpdatePolicy } from '../ingest/index.js';
import { existsSync } from 'node:fs';
import { missingInput, type ReadInputsOptions } from '../read/index.js';
import { DEFAULT_DATABASE, type Store } from '../store/index.js';
import { DATABASE_OPTION, parseWait, WAIT_OPTION, waitHelp, withDatabase, withWriterLock } from './database.js';
import { parseCommandArgs } from './args.js';
import { parseInterval, ShownProblems, stopRequest, untilStopped } from './every.js';
import { READ_OPTIONS, READ_OPTIONS_HELP, readOptions } from './read-options.js';
import { write, writeProblems, type Command, type Io } from './io.js';
import { startProgress } from './progress.js';

const HELP = `Usage: tidings ingest <inputs…> [options]

Reads articles (files, folders, glob patterns, - for stdin, http(s) addresses
of feeds and pages; plain text, HTML, RSS/Atom, JSONL, NIST SGML) into a
Tidings database: each new article is
cleaned, checked for copies of earlier ones (reprint, rewrite) and added to a
story. An article already stored (same id, or same outlet and text) is
skipped, so ingesting the same inputs again adds nothing. One whose id is
stored with another text (a report updated under its address) replaces the
stored one: its story and copies are worked out again (--keep-stored keeps
the stored text instead, naming the article on stderr). An article removed by
tidings remove is skipped (counted as removed, with the day) until
tidings remove --undo allows it back. Inputs that cannot be read are
reported and skipped (exit 1).
A date that cannot be read, or cannot be an article's (more than two days
ahead, before 1900), is left out of its article, named on stderr and counted.

With --every, the inputs are read again at that interval (feeds polled as they
publish) until Ctrl-C or SIGTERM, which stop after the current run (twice:
at once; a stopped ingest loses at most its open batch, and nothing stored).

One process writes to a database at a time: while another ingest, a removal
or a write request of tidings serve is writing, ingest stops before reading
anything, naming it (exit 1), unless --wait gives it time to finish. With
--every, each run waits its turn (or is tried again at the next).

Options:
  --db FILE           the database, created when absent, unless no input names anything to read (default ${DEFAULT_DATABASE})
${READ_OPTIONS_HELP}
  --keep-stored       keep the stored text of an article read again under its
                      id with another text (default: the new text replaces it)
  --every TIME        read the inputs again every TIME (1m to 24h: 90s, 15m, 2h)
${waitHelp(20)}
  -h, --help          show this help

Examples:
  tidings ingest examples/ && tidings stories
  tidings ingest 'feeds/*.xml' wire.jsonl --db news.db
  tidings ingest https://example.org/feed.rss --fetch-pages
  tidings ingest https://example.org/news/story.html
  tidings ingest https://example.org/feed.rss https://example.net/atom.xml --every 15m
  curl -s https://example.org/feed.rss | tidings ingest - --input-format feed`;

const OPTIONS = {
  ...DATABASE_OPTION,
  ...READ_OPTIONS,
  ...WAIT_OPTION,
  every: { type: 'string' },
  'keep-stored': { type: 'boolean' },
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
  const updates: UpdatePolicy = values['keep-stored'] ? 'keep' : 'replace';
  const waitMs = parseWait('ingest', values.wait);
  const { every } = values;
  if (await nothingToRead(values.db ?? DEFAULT_DATABASE, positionals, io)) return 1;
  if (every === undefined) return withDatabase(values.db, (store) => ingestOnce(store, positionals, { read, updates }, io, { waitMs, again: false }), { create: true });
  const interval = parseInterval('ingest', every);
  if (positionals.includes('-')) throw new UsageError('tidings ingest: --every reads its inputs again each time; standard input (-) cannot be read twice');
  const stop = stopRequest(io);
  try {
    return await withDatabase(values.db, (store) => ingestUntilStopped(store, positionals, { read, updates }, io, { interval, every, signal: stop.signal, waitMs }), { create: true });
  } finally {
    stop.release();
  }
};

/**
 * True, having said why on stderr, when no database is at `file` yet and no
 * input names anything to read (a mistyped path): the database is not
 * created for a run that could store nothing.
 */
async function nothingToRead(file: string, inputs: readonly string[], io: Io): Promise<boolean> {
  if (existsSync(file)) return false;
  const problems: InputError[] = [];
  for (const input of inputs) {
    const problem = await missingInput(input);
    if (problem === undefined) return false;
    problems.push(problem);
  }
  writeProblems(io.stderr, problems);
  write(io.stderr, `tidings: nothing to read, so ${file} was not created`);
  return true;
}

/** The ingest options the command line sets (and, run after run, the session that keeps the clusterer between runs). */
type CommandOptions = { read: Partial<ReadInputsOptions>; updates: UpdatePolicy; session?: IngestSession };

/**
 * One run, holding the writer lock: the articles read, the problems on
 * stderr (with `shown`, only those no earlier run showed), one line of counts
 * on stdout; 1 when an input had a problem.
 */
async function ingestOnce(store: Store, inputs: string[], options: CommandOptions, io: Io, lock: { waitMs: number; again: boolean }, prefix = '', shown?: ShownProblems<InputError>): Promise<number> {
  const report = await withWriterLock(store, 'ingest', lock, io, () => {
    const progress = startProgress(io.stderr, 'Ingesting articles');
    return ingest(store, inputs, { ...options, onProgress: ({ done, total }) => progress.update(done, total) }).finally(() => progress.finish());
  });
  const { unseen, seen } = shown?.unseen(report.problems) ?? { unseen: report.problems, seen: 0 };
  writeProblems(io.stderr, unseen);
  if (seen > 0) write(io.stderr, `tidings: ${seen} problem${seen === 1 ? '' : 's'} shown by an earlier run, not shown again`);
  for (const line of noticeLines(report)) write(io.stderr, line);
  write(io.stdout, runLines(report, inputs.length, prefix));
  return report.problems.length > 0 ? 1 : 0;
}

/**
 * What a run says on stdout: one line of counts, and when web addresses
 * answered 304 Not Modified, a line saying they were unchanged; each line
 * starts with `prefix` (the time of an `--every` run).
 */
export function runLines(report: IngestReport, inputs: number, prefix = ''): string {
  const articles = (n: number) => `${n} new article${n === 1 ? '' : 's'}`;
  const problems = report.problems.length;
  const replaced = report.replaced.length > 0 ? `, ${report.replaced.length} replaced by a new version` : '';
  const dates = report.datesLeftOut.length;
  const counts = `${prefix}ingested ${articles(report.added)} (${report.alreadyStored} already stored${report.changed.length > 0 ? `, ${report.changed.length} of them with another text` : ''}${replaced}, ${skippedRemoved(report.removed)}${problems} problem${problems === 1 ? '' : 's'}${dates > 0 ? `, ${dates} date${dates === 1 ? '' : 's'} left out` : ''}) into ${report.stories} stor${report.stories === 1 ? 'y' : 'ies'}${retraced(report.copies.retraced)}`;
  return report.unchanged.length === 0 ? counts : `${counts}\n${prefix}${unchangedText(report.unchanged.length, inputs)}`;
}

/** "all 3 inputs are unchanged since the last run (…304 Not Modified)", "1 web input is unchanged …". */
function unchangedText(unchanged: number, inputs: number): string {
  const which = unchanged === inputs ? (inputs === 1 ? 'the input is' : `all ${inputs} inputs are`) : `${unchanged} web input${unchanged === 1 ? ' is' : 's are'}`;
  return `${which} unchanged since the last run (the server answered 304 Not Modified)`;
}

/** "; 2 stored articles found to copy new ones published before them" (an archive ingested after its reprints); '' when none. */
function retraced(count: number): string {
  if (count === 0) return '';
  return count === 1 ? '; 1 stored article found to copy a new one published before it' : `; ${count} stored articles found to copy new ones published before them`;
}

/** Articles listed on stderr, the first `LISTED_ARTICLES` of each kind, then how many more. */
const LISTED_ARTICLES = 10;

/** A line for each of the first `LISTED_ARTICLES` of `items`, and one saying how many `more` there are. */
function listedLines<T>(items: readonly T[], line: (item: T) => string, more: string): string[] {
  const lines = items.slice(0, LISTED_ARTICLES).map((item) => `tidings: ${line(item)}`);
  if (items.length > LISTED_ARTICLES) lines.push(`tidings: and ${(items.length - LISTED_ARTICLES).toLocaleString('en-US')} more ${more}`);
  return lines;
}

/** "FILE (line 3)", where an article was read. */
function readAt({ input, place }: { input: string; place: string }): string {
  return `${input}${place ? ` (${place})` : ''}`;
}

/** What ingest tells of articles on stderr besides problems: stored texts kept (and how to store the new one) or replaced, and dates left out. */
function noticeLines(report: IngestReport): string[] {
  return [
    ...listedLines(report.changed, (item) => `kept the stored text of article ${item.id}: ${readAt(item)} gives it another (to store this one, ingest it again without --keep-stored)`, 'articles stored with another text, kept as stored'),
    ...listedLines(report.replaced, (item) => `replaced the stored version of article ${item.id} by the one ${readAt(item)} gives it`, 'stored articles replaced by a new version'),
    ...listedLines(report.datesLeftOut, (item) => `left a date out of article ${item.id}: ${readAt(item)}: ${item.reason}`, 'dates left out'),
  ];
}

/** "2 skipped: removed on 2026-12-06, " for the articles ingest left out because they were removed; '' when none. */
function skippedRemoved(removed: IngestReport['removed']): string {
  if (removed.length === 0) return '';
  const days = [...new Set(removed.map((skip) => skip.removed.slice(0, 10)))].sort();
  return `${removed.length} skipped: removed ${days.length === 1 ? `on ${days[0]}` : `${days[0]} to ${days[days.length - 1]}`}, `;
}

/**
 * `--every`: runs, waits, runs again until stopped; each line starts with the
 * time of its run. A web address is asked only for a change since the last
 * run (its ETag and Last-Modified are kept). An input that fails one run, or a
 * run the database refused (another process writing to it), is tried again
 * the next. Exit code of the last run.
 */
async function ingestUntilStopped(store: Store, inputs: string[], options: CommandOptions, io: Io, watch: { interval: number; every: string; signal: AbortSignal; waitMs: number }): Promise<number> {
  let code = 0;
  const again = { ...options, read: { ...options.read, validators: new Map() }, session: new IngestSession() };
  const shown = new ShownProblems<InputError>();
  const runs = await untilStopped(async () => {
    try {
      code = await ingestOnce(store, inputs, again, io, { waitMs: watch.waitMs, again: true }, `${new Date().toISOString().slice(0, 19)}Z `, shown);
    } catch (error) {
      // A database a newer Tidings migrated is no passing trouble: the command stops, to be restarted.
      if (!(error instanceof InputError) || error instanceof SchemaChangedError) throw error;
      write(io.stderr, `tidings: ${error.message} (trying again in ${watch.every})`);
      code = 1;
    }
  }, watch);
  write(io.stderr, `tidings: stopped after ${runs} run${runs === 1 ? '' : 's'}`);
  return code;
}
