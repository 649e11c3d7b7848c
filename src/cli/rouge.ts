import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError, UsageError } from '../errors.js';
import { looksBinary } from '../read/binary.js';
import {
  formatScores,
  formatSystems,
  rouge as scoreSummary,
  rougeSystems,
  scoresJson,
  systemsJson,
  tasksFromFiles,
  type NamedText,
  type RougeOptions,
} from '../rouge/index.js';
import { resolveRougeOptions } from '../rouge/options.js';
import { oneOf, parseCommandArgs, positiveInteger } from './args.js';
import { write, type Command, type Io } from './io.js';

const HELP = `Usage:
  tidings rouge SUMMARY --ref REFERENCE [--ref REFERENCE ...] [options]
  tidings rouge --peers FILES --refs FILES [options]

Scores summaries against reference summaries exactly as the official
ROUGE-1.5.5 script does (same tokens, stemming, clipping, union LCS, bootstrap).
Summaries are plain text, one sentence per line.

One summary: SUMMARY is a file or - (standard input); each --ref is a file,
a folder or a glob pattern.

Many systems: --peers and --refs are folders or glob patterns (repeatable),
named as in DUC: a file's task is its name up to the first "." and a peer's
system is its name after the last "." (peers d30001.ICSISumm, references
d30001.m.100.t.a). Prints each system's average with confidence intervals.

Options (ROUGE-1.5.5 flag in brackets; defaults are the DUC settings):
  -n, --max-n N          ROUGE-1 … ROUGE-N (default 2)               [-n]
      --stem             Porter-stem words longer than 3 letters (default)
      --no-stem          do not stem                                  [no -m]
  -s, --remove-stopwords drop ROUGE's stopwords (also --stopwords)    [-s]
  -l, --words N          keep only the first N words of every summary [-l]
  -b, --bytes N          keep only the first N bytes of every summary [-b]
      --skip-gap N       ROUGE-SU: skip-bigrams with at most N words between,
                         --skip-gap=-1 for any distance (default 4)   [-2]
      --no-skip          no skip-bigram measure
      --no-skip-unigrams ROUGE-S instead of ROUGE-SU (no unigrams)    [no -u]
      --no-lcs           no ROUGE-L                                   [-x]
  -f, --combine MODE     several references: average (pool counts) or
                         best (the best-matching one) (default average) [-f A|B]
  -p, --alpha X          F = 1/(X/P + (1-X)/R) (default 0.5)          [-p]
      --unit UNIT        average per summary or pool token counts:
                         summary|token (default summary)              [-t 0|1]
  -r, --samples N        bootstrap resamples (default 1000)           [-r]
  -c, --confidence N     confidence interval in percent (default 95)  [-c]
      --seed N           seed of the first resample (default 0, as ROUGE)
      --format FORMAT    text or json (default text)
  -h, --help             show this help

Examples:
  tidings rouge summary.txt --ref refs/a.txt --ref refs/b.txt
  tidings rouge summary.txt --ref 'refs/d30001.*' --words 100 --format json
  tidings rouge --peers duc2004/peers --refs duc2004/models --words 100
  tidings rouge --peers 'out/*.Tidings' --refs duc2004/models -l 100 --samples 200
`;

const OPTIONS = {
  ref: { type: 'string', multiple: true },
  peers: { type: 'string', multiple: true },
  refs: { type: 'string', multiple: true },
  'max-n': { type: 'string', short: 'n' },
  stem: { type: 'boolean' },
  'no-stem': { type: 'boolean' },
  'remove-stopwords': { type: 'boolean', short: 's' },
  stopwords: { type: 'boolean' },
  words: { type: 'string', short: 'l' },
  bytes: { type: 'string', short: 'b' },
  'skip-gap': { type: 'string' },
  'no-skip': { type: 'boolean' },
  'no-skip-unigrams': { type: 'boolean' },
  'no-lcs': { type: 'boolean' },
  combine: { type: 'string', short: 'f' },
  alpha: { type: 'string', short: 'p' },
  unit: { type: 'string' },
  samples: { type: 'string', short: 'r' },
  confidence: { type: 'string', short: 'c' },
  seed: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

function usage(message: string): never {
  throw new UsageError(`tidings rouge: ${message}`);
}

function numberIn(flag: string, value: string | undefined, low: number, high: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < low || n > high) usage(`--${flag} expects a number from ${low} to ${high}, got ${JSON.stringify(value)}`);
  return n;
}

function wholeNumber(flag: string, value: string | undefined, low: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value) || Number(value) < low || !Number.isSafeInteger(Number(value))) {
    usage(`--${flag} expects a whole number${low > -Infinity ? ` ≥ ${low}` : ''}, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}

function skipGap(values: Values): number | null | undefined {
  if (values['no-skip'] && values['skip-gap'] !== undefined) usage('--no-skip and --skip-gap cannot be used together');
  if (values['no-skip']) return null;
  return wholeNumber('skip-gap', values['skip-gap'], -Infinity);
}

/** The command line's flags as library options. */
function rougeOptions(values: Values): Partial<RougeOptions> {
  if (values.stem && values['no-stem']) usage('--stem and --no-stem cannot be used together');
  if (values.words !== undefined && values.bytes !== undefined) usage('--words and --bytes cannot be used together');
  return {
    maxN: positiveInteger('rouge', 'max-n', values['max-n']),
    stem: values['no-stem'] ? false : undefined,
    removeStopwords: values['remove-stopwords'] || values.stopwords ? true : undefined,
    lcs: values['no-lcs'] ? false : undefined,
    skipGap: skipGap(values),
    skipUnigrams: values['no-skip-unigrams'] ? false : undefined,
    words: positiveInteger('rouge', 'words', values.words),
    bytes: positiveInteger('rouge', 'bytes', values.bytes),
    combine: oneOf('rouge', 'combine', values.combine, ['average', 'best'] as const),
    alpha: numberIn('alpha', values.alpha, 0, 1),
    unit: oneOf('rouge', 'unit', values.unit, ['summary', 'token'] as const),
    samples: positiveInteger('rouge', 'samples', values.samples),
    confidence: numberIn('confidence', values.confidence, 0, 100),
    seed: wholeNumber('seed', values.seed, 0),
  };
}

/** The files an input names: itself, the files of a folder (not recursive, hidden skipped), or a pattern's matches. */
async function filesOf(input: string): Promise<string[]> {
  try {
    const stats = await stat(input);
    if (stats.isFile()) return [input];
    if (!stats.isDirectory()) throw new InputError(input, '', 'not a file or a folder');
    const entries = await readdir(input, { withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.')).map((entry) => path.join(input, entry.name));
    if (files.length === 0) throw new InputError(input, '', 'the folder holds no files (hidden files are skipped)');
    return files.sort();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && isDynamicPattern(input)) {
      const matches = await glob(input, { onlyFiles: true, dot: false, expandDirectories: false });
      if (matches.length === 0) throw new InputError(input, '', 'no files match this pattern');
      return matches.sort();
    }
    throw new InputError(input, '', code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code ?? (error as Error).message})`);
  }
}

/** Reads a summary file as UTF-8, refusing a binary one. Synchronous: for hundreds of small files it is several times faster than promises. */
function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(file, '', `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (looksBinary(bytes)) throw new InputError(file, '', 'the file looks binary (it holds NUL bytes), not a summary');
  return new TextDecoder().decode(bytes);
}

async function readStdin(io: Io): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return new TextDecoder().decode(Buffer.concat(chunks));
}

async function oneFile(input: string): Promise<string> {
  const files = await filesOf(input);
  if (files.length !== 1) throw new InputError(input, '', `names ${files.length} files; give one summary file, or use --peers and --refs`);
  return files[0];
}

async function readAll(inputs: readonly string[]): Promise<NamedText[]> {
  const files = [...new Set((await Promise.all(inputs.map(filesOf))).flat())];
  return files.map((file) => ({ name: path.basename(file), text: readText(file) }));
}

async function scoreOne(summary: string, references: readonly string[], options: Partial<RougeOptions>, json: boolean, io: Io): Promise<number> {
  const peer = summary === '-' ? await readStdin(io) : readText(await oneFile(summary));
  const referenceTexts = (await readAll(references)).map((reference) => reference.text);
  const scores = scoreSummary(peer, referenceTexts, options);
  const resolved = resolveRougeOptions(options);
  write(io.stdout, json ? JSON.stringify(scoresJson(scores, resolved), null, 2) : formatScores(scores, resolved));
  return 0;
}

async function scoreSystems(peerInputs: readonly string[], referenceInputs: readonly string[], options: Partial<RougeOptions>, json: boolean, io: Io): Promise<number> {
  const [peers, references] = await Promise.all([readAll(peerInputs), readAll(referenceInputs)]);
  const tasks = tasksFromFiles(peers, references);
  if (!Array.isArray(tasks)) throw new InputError(tasks.name, '', tasks.reason);
  const result = rougeSystems(tasks, options);
  write(io.stdout, json ? JSON.stringify(systemsJson(result), null, 2) : formatSystems(result));
  return 0;
}

/** `tidings rouge`: ROUGE-1.5.5 scores of one summary, or of many systems over many tasks. */
export const rouge: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('rouge', argv, OPTIONS);
  if (values.help) {
    write(io.stdout, HELP);
    return 0;
  }
  const options = rougeOptions(values);
  const json = oneOf('rouge', 'format', values.format, ['text', 'json'] as const) === 'json';
  const many = values.peers !== undefined || values.refs !== undefined;
  if (many) {
    if (values.peers === undefined || values.refs === undefined) usage('--peers and --refs go together');
    if (positionals.length > 0 || values.ref !== undefined) usage('give either SUMMARY --ref …, or --peers … --refs …, not both');
    return scoreSystems(values.peers, values.refs, options, json, io);
  }
  if (positionals.length !== 1) usage(positionals.length === 0 ? 'name a SUMMARY file (or --peers and --refs)' : `expected one SUMMARY, got ${positionals.length}`);
  if (values.ref === undefined) usage('name at least one reference with --ref');
  return scoreOne(positionals[0], values.ref, options, json, io);
};
