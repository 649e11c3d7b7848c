import { UsageError } from '../errors.js';
import { allowRemoved, removeArticles, type RemovalReport } from '../ingest/index.js';
import { removalJson } from '../render/json.js';
import { DEFAULT_DATABASE } from '../store/index.js';
import { oneOf, parseCommandArgs } from './args.js';
import { DATABASE_OPTION, parseWait, WAIT_OPTION, waitHelp, withDatabase, withWriterLock } from './database.js';
import { write, type Command } from './io.js';

const HELP = `Usage: tidings remove <article-ids…> [options]

Removes stored articles (a takedown request, an item ingested by mistake)
from a Tidings database, with everything that refers to them: full-text
entries, copy links, story membership, the story grouping's state, cached
summaries and reports. Each story is made again from the articles it keeps
(new headline, dates and summary); a story left with none is deleted. An
article that reprinted or rewrote a removed one is traced again: the earliest
remaining copy becomes the origin of the others.

A removed article is remembered by its id and its content, so reading its
feed again does not bring it back (ingest counts it as skipped); --undo
forgets that, and the next ingest that reads it adds it again.
Ids no stored article has are reported (exit 1); the others are removed.
An id an update cut short left with no article (killed after taking the
old text out) but its earlier texts: those are removed and a tombstone left.
While another process writes to the database (an ingest, a write request of
tidings serve), remove stops at once, naming it (exit 1), unless --wait gives
it time to finish.

Options:
  --db FILE        the database (default ${DEFAULT_DATABASE})
  --undo           allow these removed articles back in
  --format F       text (default) or json
${waitHelp(17)}
  -h, --help       show this help

Examples:
  tidings remove lmp-2026-03-14-0412
  tidings remove a1 a2 --db news.db --format json
  tidings remove lmp-2026-03-14-0412 --undo`;

const OPTIONS = {
  ...DATABASE_OPTION,
  ...WAIT_OPTION,
  undo: { type: 'boolean' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const removeCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('remove', argv, OPTIONS);
  if (values.help) {
    write(io.stdout, HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('tidings remove: name at least one article id (search, story or export list them)');
  const format = oneOf('remove', 'format', values.format, ['text', 'json'] as const) ?? 'text';
  const waitMs = parseWait('remove', values.wait);
  const json = (value: object) => io.stdout.write(`${JSON.stringify(removalJson(value), null, 2)}\n`);
  return withDatabase(values.db, (store, file) =>
    withWriterLock(store, 'remove', { waitMs, again: false }, io, async () => {
      if (values.undo) {
        const undone = await allowRemoved(store, positionals);
        if (format === 'json') json(undone);
        else if (undone.allowed.length > 0) write(io.stdout, `allowed back ${articles(undone.allowed)} (the next ingest that reads ${undone.allowed.length === 1 ? 'it adds it' : 'them adds them'} again)`);
        for (const id of undone.notRemoved) write(io.stderr, `tidings: ${JSON.stringify(id)} was not removed from ${file}`);
        return undone.notRemoved.length > 0 ? 1 : 0;
      }
      const report = await removeArticles(store, positionals);
      if (format === 'json') json(report);
      else if (report.removed.length + report.leftoverTexts.length > 0) write(io.stdout, removalText(report));
      const before = (await store.stored(report.notFound.map((id) => ({ id, hash: '' })))).removed.ids;
      for (const id of report.notFound) {
        const removed = before.get(id);
        write(io.stderr, `tidings: no article ${JSON.stringify(id)} in ${file}${removed === undefined ? '' : ` (removed on ${removed.slice(0, 10)})`}`);
      }
      return report.notFound.length > 0 ? 1 : 0;
    }),
  );
};

function articles(ids: readonly string[]): string {
  return `${ids.length} article${ids.length === 1 ? '' : 's'}: ${ids.join(', ')}`;
}

function removalText(report: RemovalReport): string {
  const lines = report.removed.length > 0 ? [`removed ${articles(report.removed)}`] : [];
  if (report.leftoverTexts.length > 0) {
    lines.push(`removed the earlier texts kept under ${report.leftoverTexts.length === 1 ? 'an id' : 'ids'} no article is stored under (an update cut short before its new text was stored): ${report.leftoverTexts.join(', ')}`);
  }
  if (report.changedStories.length > 0) lines.push(`stories made again: ${report.changedStories.join(', ')}`);
  if (report.emptiedStories.length > 0) lines.push(`stories deleted (no article left): ${report.emptiedStories.join(', ')}`);
  for (const copy of report.retraced) {
    lines.push(`copy ${copy.article} traced again: ${copy.kind === 'independent' ? 'copies no remaining article' : `${copy.kind} of ${copy.sources.join(', ')}`}`);
  }
  if (report.logKeepsText) lines.push("the database's write-ahead log (its -wal file) still holds the removed text: another process was reading the database; a later removal while none reads it empties the log");
  return lines.join('\n');
}
