import { UsageError } from '../errors.js';
import { DEFAULT_DATABASE, type SearchHit } from '../store/index.js';
import { withDatabase } from './database.js';
import { LIST_OPTIONS } from './list-command.js';
import { oneOf, parseCommandArgs, positiveInteger, searchWords } from './args.js';
import { write, type Command } from './io.js';
import { day } from '../render/story-overview.js';
import { SEARCH_JSON_VERSION } from '../render/json.js';
import { versioned } from '../version.js';

/** How many articles are listed without --limit. */
const DEFAULT_LIMIT = 10;

const HELP = `Usage: tidings search <words…> [options]

Full-text search over the titles and texts of a Tidings database, best
matches first, each with a snippet ([matched] words in brackets) and its story.
Every word must appear (in any form: "flooding" finds "flooded");
"quoted words" must appear together; three or more letters ending in *
match as a prefix; German words are found in either spelling ("Bruecke"
finds "Brücke", "strasse" finds "Straße").
Nothing else is special: AND, OR, NEAR, -, ( ) are searched as plain words
(a word that starts with - goes after --: tidings search gate -- -dam).

Options:
  --db FILE        the database (default ${DEFAULT_DATABASE})
  --limit N        at most N articles (default ${DEFAULT_LIMIT})
  --format F       text (default) or json
  -h, --help       show this help

Examples:
  tidings search spillway gate
  tidings search '"Corrin Falls"' evacu* --limit 3
  tidings search Trevik --db news.db --format json`;


export const searchCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('search', argv, LIST_OPTIONS);
  if (values.help) {
    write(io.stdout, HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('tidings search: give the words to search for');
  const limit = positiveInteger('search', 'limit', values.limit) ?? DEFAULT_LIMIT;
  const format = oneOf('search', 'format', values.format, ['text', 'json'] as const) ?? 'text';
  const query = searchWords('search', 'the search', positionals.join(' '))!;
  const hits = await withDatabase(values.db, (store) => store.search(query, limit));
  if (format === 'json') io.stdout.write(`${JSON.stringify(versioned(SEARCH_JSON_VERSION, { query, hits }), null, 2)}\n`);
  else write(io.stdout, hits.length > 0 ? hits.map(hitText).join('\n\n') : `No article matches ${JSON.stringify(query)}.`);
  return 0;
};

function hitText(hit: SearchHit): string {
  const source = [hit.outlet, hit.published && day(hit.published)].filter(Boolean).join(', ');
  const head = [hit.title ? `"${hit.title}"` : '(untitled)', source && `— ${source}`].filter(Boolean).join(' ');
  return `${head}\n  article ${hit.id}${hit.story ? `, story ${hit.story}` : ''}\n  ${hit.snippet.replace(/\s+/g, ' ')}`;
}
