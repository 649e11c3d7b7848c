/**
 * README.md against the code, so what a user reads cannot drift from what
 * runs: every options table lists its stage's exported defaults, every
 * function the library table names is exported, every command line in
 * "Commands" gives the flags its `--help` gives, the API table lists the
 * OpenAPI document's routes, the JSON versions are the ones the outputs
 * carry, the example outputs are what the CLI prints now, every export is
 * named, and the links and paths README.md, its docs/ files and DESIGN.md
 * give are the code's (their numbers: readme-numbers.test.ts).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readmeBlocks } from '../scripts/readme-blocks.js';
import { STORY_JSON_VERSION } from './cli/story.js';
import { runMain } from './cli/test-support/fake-io.js';
import { ROUGE_JSON_VERSION } from './rouge/index.js';
import * as tidings from './index.js';
import { OUTLETS_JSON_VERSION, REMOVE_JSON_VERSION, SEARCH_JSON_VERSION, STORIES_JSON_VERSION } from './render/json.js';
import { ARTICLE_API_JSON_VERSION, INGEST_API_JSON_VERSION, STORY_API_JSON_VERSION, VERSIONS_API_JSON_VERSION } from './server/api/json.js';
import { openApiDocument } from './server/openapi.js';
import { requestSchemas } from './server/schemas/requests.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const DESIGN = readFileSync(new URL('../DESIGN.md', import.meta.url), 'utf8');
/** README.md's reference moved out of it (docs/), with README.md and DESIGN.md: the documents whose links and paths are checked. */
const DOCUMENTS: Record<string, string> = {
  'README.md': README,
  'DESIGN.md': DESIGN,
  'docs/ingest.md': readFileSync(new URL('../docs/ingest.md', import.meta.url), 'utf8'),
  'docs/languages.md': readFileSync(new URL('../docs/languages.md', import.meta.url), 'utf8'),
};

/** The lines of README's part under `heading` (a line as written), up to the next heading of its level or above. */
function part(heading: string): string[] {
  const lines = README.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`README.md has no heading "${heading}"`);
  const level = heading.indexOf(' ');
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && line.indexOf(' ') <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** A table's rows as cells, header and separator left out. */
function tableRows(lines: string[]): string[][] {
  return lines
    .slice(2)
    .map((line) => line.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim()));
}

/** Each options table of "Options and their defaults", by the exported defaults its intro names. */
function optionTables(): Map<string, string[][]> {
  const lines = part('### Options and their defaults');
  const tables = new Map<string, string[][]>();
  lines.forEach((line, index) => {
    const named = /^\w[^|]*\(`(default\w+Options)`/.exec(line);
    if (named === null) return;
    const start = lines.findIndex((row, at) => at > index && row.startsWith('|'));
    const end = lines.findIndex((row, at) => at > start && !row.startsWith('|'));
    tables.set(named[1], tableRows(lines.slice(start, end < 0 ? undefined : end)));
  });
  return tables;
}

const UNITS: Record<string, number> = { MB: 1024 * 1024, KB: 1024, s: 1000, ms: 1 };

/** The value a default cell writes: a literal (`8`, `1,000`, `'replace'`, `{words: 100}`), a size or time (`20 MB`, `30 s`), `none`, or an export's name. */
function cellValue(cell: string): unknown {
  const text = cell.replace(/`/g, '');
  if (text === 'none') return undefined;
  if (/^[A-Z][A-Z_]+$/.test(text)) return (tidings as Record<string, unknown>)[text];
  const amount = /^(\d[\d,]*(?:\.\d+)?)(?: (MB|KB|s|ms))?$/.exec(text);
  if (amount !== null) return Number(amount[1].replace(/,/g, '')) * (amount[2] === undefined ? 1 : UNITS[amount[2]]);
  const quoted = /^'([^']*)'$/.exec(text);
  if (quoted !== null) return quoted[1];
  return JSON.parse(text.replace(/(\w+):/g, '"$1":'));
}

describe('README options tables', () => {
  const tables = optionTables();
  const exported = Object.keys(tidings).filter((name) => /^default\w+Options$/.test(name));

  it('has a table for every exported defaults object', () => {
    expect([...tables.keys()].sort()).toEqual(exported.sort());
  });

  it.each(exported)('%s: every option listed once, with its default', (name) => {
    const defaults = (tidings as Record<string, unknown>)[name] as Record<string, unknown>;
    const rows = tables.get(name) ?? [];
    expect(rows.map(([option]) => option.replace(/`/g, '')).sort()).toEqual(Object.keys(defaults).sort());
    for (const [option, cell] of rows) {
      const value = defaults[option.replace(/`/g, '')];
      if (typeof value !== 'function') expect({ option, value: cellValue(cell) }).toEqual({ option, value });
    }
  });

  it('reads the ways a default is written', () => {
    expect(cellValue('`1,000`')).toBe(1000);
    expect(cellValue('`0.52`')).toBe(0.52);
    expect(cellValue('20 MB')).toBe(20 * 1024 * 1024);
    expect(cellValue('30 s')).toBe(30_000);
    expect(cellValue("`'replace'`")).toBe('replace');
    expect(cellValue('`{words: 100}`')).toEqual({ words: 100 });
    expect(cellValue('`[]`')).toEqual([]);
    expect(cellValue('`null`')).toBeNull();
    expect(cellValue('none')).toBeUndefined();
    expect(cellValue('`SCHEMA_VERSION`')).toBe(tidings.SCHEMA_VERSION);
  });
});

describe('README inputs', () => {
  it('names every JSONL field with its aliases', () => {
    const lines = part('### Inputs');
    const start = lines.findIndex((line) => line.startsWith('JSONL fields'));
    const paragraph = lines.slice(start, lines.indexOf('', start)).join(' ');
    for (const { name, aliases } of tidings.JSONL_FIELDS) {
      const written = `\`${name}\`` + (aliases.length === 0 ? '' : ` [${aliases.map((alias) => `\`${alias}\``).join(', ')}]`);
      expect(paragraph).toContain(written);
    }
  });
});

describe('README library table', () => {
  it('names only exported functions and classes', () => {
    const lines = part('## Library');
    const start = lines.indexOf('| function | does |');
    const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
    const names = tableRows(lines.slice(start, end)).flatMap(([cell]) => [...cell.matchAll(/`(\w+)/g)].map((match) => match[1]));
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !(name in tidings))).toEqual([]);
  });
});

describe('README command lines', () => {
  const block = part('## Commands');
  const commands = block.slice(block.indexOf('```sh') + 1, block.indexOf('```', block.indexOf('```sh') + 1)).map((line) => line.replace(/\s+#.*$/, ''));
  const flags = (text: string) => new Set([...text.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((match) => match[0]));
  /** The flags a help's option list opens its lines with ("  --db FILE", "  -n, --max-n N"), not those its prose and examples name. */
  const listed = (help: string) => new Set([...help.matchAll(/^ +(?:-\w, +)?(--[a-z][a-z-]*)/gm)].map((match) => match[1]));

  it('lists every command of tidings --help, and no other', async () => {
    const { stdout } = await runMain(['--help']);
    const commandsOfHelp = [...stdout.matchAll(/^ {2}(\w+) {2,}/gm)].map((match) => match[1]);
    expect(commandsOfHelp.length).toBeGreaterThan(5);
    expect(commands.map((line) => line.split(' ')[1]).sort()).toEqual(commandsOfHelp.sort());
  });

  it.each(commands.map((line) => [line.split(' ')[1], line]))('tidings %s: the flags of its --help', async (command, line) => {
    const { code, stdout } = await runMain([command, '--help']);
    expect(code).toBe(0);
    const written = flags(line);
    const help = flags(stdout);
    expect([...written].filter((flag) => !help.has(flag))).toEqual([]);
    const options = listed(stdout);
    options.delete('--help');
    expect(options.size).toBeGreaterThan(0);
    // rouge's many scoring flags are its --help's; the line gives the two ways to call it.
    if (command !== 'rouge') expect([...options].filter((flag) => !written.has(flag))).toEqual([]);
  });
});

describe('README JSON versions', () => {
  /** The output each code span of the table's first column names, and the version it writes. */
  const versions: Record<string, number> = {
    'summarize --format json': tidings.SUMMARY_JSON_VERSION,
    summary: tidings.SUMMARY_JSON_VERSION,
    'story --format json': STORY_JSON_VERSION,
    'GET /api/stories/{id}': STORY_API_JSON_VERSION,
    'GET /api/stories/{id}/{section}': STORY_API_JSON_VERSION,
    'stories --format json': STORIES_JSON_VERSION,
    'GET /api/stories': STORIES_JSON_VERSION,
    'search --format json': SEARCH_JSON_VERSION,
    'GET /api/search': SEARCH_JSON_VERSION,
    'outlets --format json': OUTLETS_JSON_VERSION,
    'GET /api/outlets': OUTLETS_JSON_VERSION,
    'remove --format json': REMOVE_JSON_VERSION,
    'DELETE /api/articles/{id}': REMOVE_JSON_VERSION,
    'remove --undo --format json': REMOVE_JSON_VERSION,
    'DELETE /api/removed/{id}': REMOVE_JSON_VERSION,
    'GET /api/articles/{id}': ARTICLE_API_JSON_VERSION,
    'GET /api/articles/{id}/versions': VERSIONS_API_JSON_VERSION,
    'POST /api/articles': INGEST_API_JSON_VERSION,
    'rouge --format json': ROUGE_JSON_VERSION,
  };

  it('gives each output the version it carries, and names them all', () => {
    const lines = part('### Outputs');
    const start = lines.indexOf('| output | version |');
    const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
    const named = tableRows(lines.slice(start, end)).flatMap(([outputs, version]) =>
      [...outputs.matchAll(/`([^`]+)`/g)].map(([, output]) => ({ output, version: Number(version) })),
    );
    expect(named).toEqual(named.map(({ output }) => ({ output, version: versions[output] })));
    expect(named.map(({ output }) => output).sort()).toEqual(Object.keys(versions).sort());
  });
});

describe('README benchmarks', () => {
  it('lists every bench script of package.json, and no other', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts as Record<string, string>);
    const listed = part('## Benchmarks').flatMap((line) => /^npm run (\S+)/.exec(line)?.[1] ?? []);
    expect(listed.sort()).toEqual(scripts.filter((name) => name.startsWith('bench:')).sort());
  });
});

describe('README API table', () => {
  const document = openApiDocument(requestSchemas(tidings.defaultServerOptions.maxPageSize), tidings.defaultServerOptions.maxBodyBytes);

  it('lists the routes of the OpenAPI document, and no other', () => {
    const routes = Object.entries(document.paths).flatMap(([route, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${route}`));
    const listed = part('## Web reader and API').flatMap((line) => {
      const route = /^\| `([A-Z]+ \/api\/[^`?]*)/.exec(line)?.[1];
      return route === undefined ? [] : [route.replace(/:(\w+)/g, '{$1}')];
    });
    expect(listed.sort()).toEqual(routes.sort());
  });

  it("names each route's query parameters, and the lists of a story, in its row", () => {
    const rows = new Map(
      part('## Web reader and API').flatMap((line) => {
        const route = /^\| `([A-Z]+ \/api\/[^`?]*)/.exec(line)?.[1];
        return route === undefined ? [] : [[route.replace(/:(\w+)/g, '{$1}'), line] as const];
      }),
    );
    const unnamed = Object.entries(document.paths).flatMap(([route, methods]) =>
      Object.entries(methods as Record<string, { parameters?: Array<{ name: string; in: string; schema?: { enum?: string[] } }> }>).flatMap(([method, operation]) => {
        // A path parameter's values (a story's lists) may be named in the row of the path above it.
        const row = [route, route.replace(/\/\{\w+\}$/, '')].map((shown) => rows.get(`${method.toUpperCase()} ${shown}`) ?? '').join(' ');
        const names = (operation.parameters ?? []).flatMap((parameter) => (parameter.in === 'query' ? [parameter.name] : (parameter.schema?.enum ?? [])));
        return names.filter((name) => !row.includes(`\`${name}\``) && !row.includes(`?${name}=`)).map((name) => `${method.toUpperCase()} ${route}: ${name}`);
      }),
    );
    expect(unnamed).toEqual([]);
  });
});

describe('README example outputs', () => {
  /** What README.md shows under the line `$ command`, up to the block's end. */
  function shown(command: string): string | undefined {
    const line = `$ ${command}\n`;
    const start = README.indexOf(line);
    return start < 0 ? undefined : README.slice(start + line.length, README.indexOf('```', start));
  }

  it('shows what the CLI prints now on the bundled examples (npm run readme-example writes it)', async () => {
    const blocks = await readmeBlocks();
    expect(blocks.map(({ command }) => ({ command, shown: shown(command) }))).toEqual(
      blocks.map(({ command, output }) => ({ command, shown: output.replace(/\n*$/, '\n') })),
    );
  });
});

describe('README library', () => {
  it('runs its example as written, and its comments name the keys of what it gets', async () => {
    const lines = part('## Library');
    const start = lines.indexOf('```ts');
    const example = lines.slice(start + 1, lines.indexOf('```', start)).join('\n');
    const folder = mkdtempSync(path.join(tmpdir(), 'tidings-readme-library-'));
    const examples = new URL('../examples/', import.meta.url);
    cpSync(examples, path.join(folder, 'feeds'), { recursive: true });
    cpSync(examples, path.join(folder, 'news'), { recursive: true });
    cpSync(new URL('wire.jsonl', examples), path.join(folder, 'wire.jsonl'));
    const file = path.join(folder, 'example.ts');
    const index = new URL('./index.ts', import.meta.url).href;
    writeFileSync(file, `${example.replace("from 'tidings'", `from '${index}'`)}\nexport { report, view, prepared };\n`);
    const cwd = process.cwd();
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      process.chdir(folder);
      const { report, view, prepared } = await import(file);
      expect(log.mock.calls.at(-1)?.[0]).toContain('## Citations');
      expect(prepared.length).toBeGreaterThan(5);
      /** The keys a comment lists, `{a, b, c}`, on the line that holds `code`. */
      const commented = (code: string) => (/\/\/ \{([^}]*)\}/.exec(example.split('\n').find((line) => line.includes(code)) ?? '')?.[1] ?? '').split(/, */).sort();
      expect(commented('await ingest(')).toEqual(Object.keys(report).sort());
      expect(commented('await storyView(')).toEqual(Object.keys(view).sort());
    } finally {
      log.mockRestore();
      process.chdir(cwd);
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names every export of the package', () => {
    expect(Object.keys(tidings).filter((name) => !new RegExp(`\\b${name}\\b`).test(README))).toEqual([]);
  });
});

describe('README.md, its docs/ and DESIGN.md links', () => {
  /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
  const anchor = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');
  const anchors = (text: string) => new Set([...text.matchAll(/^#+ (.+)$/gm)].map((match) => anchor(match[1])));

  it.each(Object.keys(DOCUMENTS))('%s links only to files and headings that exist', (name) => {
    const links = [...DOCUMENTS[name].matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((link) => !/^\w+:/.test(link));
    const broken = links.filter((link) => {
      const [file, fragment] = link.split('#');
      const target = file === '' ? name : path.posix.join(path.posix.dirname(name), file);
      if (!existsSync(new URL(`../${target}`, import.meta.url))) return true;
      return fragment !== undefined && !anchors(DOCUMENTS[target] ?? readFileSync(new URL(`../${target}`, import.meta.url), 'utf8')).has(fragment);
    });
    expect(broken).toEqual([]);
  });

  it('README.md links each of the docs/ files its reference moved to', () => {
    for (const name of Object.keys(DOCUMENTS).filter((document) => document.startsWith('docs/'))) expect(README).toContain(`](${name}`);
  });
});

describe('README.md, its docs/ and DESIGN.md paths', () => {
  const named = (text: string) => [...new Set([...text.matchAll(/\bsrc\/[\w./-]*\w/g)].map((match) => match[0]))];

  it.each(Object.entries(DOCUMENTS))('%s names only files and folders that exist', (_, text) => {
    expect(named(text).length).toBeGreaterThan(1);
    expect(named(text).filter((name) => !existsSync(new URL(`../${name}`, import.meta.url)))).toEqual([]);
  });

  it('README.md and DESIGN.md name the source files of more than a few stages', () => {
    for (const text of [README, DESIGN]) expect(named(text).length).toBeGreaterThan(3);
  });

  it("DESIGN.md names every stage folder of src", () => {
    const folders = readdirSync(new URL('./', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'test-support')
      .map((entry) => `src/${entry.name}`);
    expect(folders.filter((folder) => !named(DESIGN).includes(folder))).toEqual([]);
  });
});

describe('README web reader', () => {
  it("names every page of the reader (the app's routes outside /api and /static)", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tidings-readme-routes-'));
    const store = tidings.openStore(path.join(folder, 'tidings.db'), { create: true });
    try {
      const pages = new Set(tidings.createApp({ store }).routes.map((route) => route.path).filter((route) => !/^\/(?:api|static)\/|\*/.test(route)));
      expect(pages.size).toBeGreaterThan(4);
      const text = part('## Web reader and API').join('\n');
      expect([...pages].filter((page) => !text.includes(`\`${page}\``))).toEqual([]);
    } finally {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('DESIGN.md names', () => {
  it('names only identifiers the code has (types, functions, constants, options, tables)', () => {
    const words = new Set<string>();
    for (const file of readdirSync(new URL('./', import.meta.url), { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.ts')) for (const [word] of readFileSync(new URL(`./${file}`, import.meta.url), 'utf8').matchAll(/\w+/g)) words.add(word);
    }
    const named = [...DESIGN.matchAll(/`([A-Za-z_]\w*(?:\.\w+)*)`/g)].map((match) => match[1]).filter((name) => !/\.ts$/.test(name));
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((name) => name.split('.').some((part) => !words.has(part)))).toEqual([]);
  });
});
