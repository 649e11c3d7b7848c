/**
 * The file-system edge of the readers: files, folders (recursive, sorted,
 * hidden files and README/LICENSE files skipped), glob patterns (tinyglobby), `-` for stdin
 * and web addresses (`fetch.ts`). Every
 * input that cannot be read is an `InputError` naming it, collected with the
 * articles of the others.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { Format } from '../article.js';
import { expected, InputError } from '../errors.js';
import { checkPositiveInteger, withDefaults } from '../options.js';
import { WEB_ADDRESS } from './address.js';
import { binaryExtension, looksBinary } from './binary.js';
import { readUrl, withFeedItemPages, type AddressValidators } from './fetch.js';
import { readBytes } from './read.js';
import { mergeResults, type ReadResult } from './result.js';
import { sizeText } from './size.js';

export interface ReadInputsOptions {
  /** Read every input as this format instead of detecting it. */
  format: Format | undefined;
  /** Largest file (or stdin, or web page) read, in bytes. */
  maxFileBytes: number;
  /** Milliseconds a web address (`http://`, `https://`) may take to answer in full. */
  fetchTimeoutMs: number;
  /**
   * For a feed (a file, standard input or a web address): read each item
   * shorter than `TEASER_WORDS` from the page it links to (the feed's title,
   * date and outlet kept; a page on this machine or a private network only
   * for a feed fetched from this machine). Off by default: it fetches one
   * page per item.
   */
  fetchPages: boolean;
  /**
   * With `fetchPages`: which of a feed's item ids are stored already; those
   * items are not read from their pages again (`ingest` asks its store, so a
   * feed followed with `--every` costs one request per new item). What it
   * throws (a database failure) is thrown by the read, for any feed input.
   */
  storedIds: ((ids: readonly string[]) => Promise<ReadonlySet<string>>) | undefined;
  /**
   * Each web address's `ETag` and `Last-Modified`, kept from one read to the
   * next: an address is asked only for a change, and one the server says is
   * unchanged (`304`) gives no articles and no problem (`ingest --every`
   * keeps one map over its runs).
   */
  validators: AddressValidators | undefined;
  /** What `-` reads; `process.stdin` when undefined. */
  stdin: AsyncIterable<Uint8Array | string> | undefined;
  /** What `-` is called in its articles' origins and its problems: as the user knows it ("stdin"; the server says "the pasted text"). */
  stdinName: string;
  /** Folder relative paths and patterns are resolved from; `process.cwd()` when undefined. */
  cwd: string | undefined;
  /**
   * Files that folder walks and patterns leave out, as paths resolved from
   * `cwd`: ingest passes its database's own files, so `tidings ingest .` in
   * the folder holding `tidings.db` does not read the database as articles.
   * A file named on its own is read all the same.
   */
  skipFiles: readonly string[];
  /**
   * The time of reading, in milliseconds since 1970: a date more than two
   * days after it is taken for a mistake and left out (with a message).
   * `Date.now()` when the reading starts, when undefined.
   */
  readAt: number | undefined;
}

export const defaultReadInputsOptions: ReadInputsOptions = {
  format: undefined,
  maxFileBytes: 20 * 1024 * 1024,
  fetchTimeoutMs: 30_000,
  fetchPages: false,
  storedIds: undefined,
  validators: undefined,
  stdin: undefined,
  stdinName: 'stdin',
  cwd: undefined,
  skipFiles: [],
  readAt: undefined,
};

/** One file's (or stdin's) articles and problems, named as the user would name it. */
export interface InputResult extends ReadResult {
  input: string;
  /** A web address that answered `304 Not Modified` to the validators of its last answer (`validators`): nothing new to read. */
  unchanged?: true;
  /** Items of a feed with no text of their own whose ids `storedIds` names (`fetchPages`): their pages are not read again, and they are left out as stored already, not as problems. */
  storedItems?: number;
}


/** Reads every input and collects the articles and problems, in input order. */
export async function readInputs(inputs: readonly string[], options?: Partial<ReadInputsOptions>): Promise<ReadResult> {
  const results: ReadResult[] = [];
  for await (const result of streamInputs(inputs, options)) results.push(result);
  return mergeResults(results);
}

/** Reads the inputs one file at a time, yielding each file's result as soon as it is read. */
export async function* streamInputs(inputs: readonly string[], options?: Partial<ReadInputsOptions>): AsyncGenerator<InputResult> {
  if (!Array.isArray(inputs) || !inputs.every((input) => typeof input === 'string')) expected('inputs as an array of strings', inputs);
  const settings = withDefaults('readInputs', defaultReadInputsOptions, options);
  checkPositiveInteger('readInputs', 'maxFileBytes', settings.maxFileBytes);
  checkPositiveInteger('readInputs', 'fetchTimeoutMs', settings.fetchTimeoutMs);
  if (typeof settings.fetchPages !== 'boolean') expected('readInputs.fetchPages to be a boolean', settings.fetchPages);
  if (typeof settings.stdinName !== 'string' || !settings.stdinName.trim()) expected('readInputs.stdinName as a name', settings.stdinName);
  if (settings.storedIds !== undefined && typeof settings.storedIds !== 'function') expected('readInputs.storedIds to be a function', settings.storedIds);
  if (settings.validators !== undefined && !(settings.validators instanceof Map)) expected('readInputs.validators to be a Map', settings.validators);
  if (!Array.isArray(settings.skipFiles) || !settings.skipFiles.every((file) => typeof file === 'string')) expected('readInputs.skipFiles as an array of paths', settings.skipFiles);
  if (settings.readAt !== undefined && !Number.isFinite(settings.readAt)) expected('readInputs.readAt as milliseconds since 1970', settings.readAt);
  settings.readAt ??= Date.now();
  const cwd = settings.cwd ?? process.cwd();
  const skipped = new Set(settings.skipFiles.map((file) => path.resolve(cwd, file)));
  for (const input of inputs) {
    if (input === '-') {
      yield await readStdin(settings);
      continue;
    }
    if (WEB_ADDRESS.test(input)) {
      yield await readUrl(input, settings);
      continue;
    }
    const files = await expand(input, cwd, skipped);
    if ('problem' in files) {
      yield { input, articles: [], problems: [files.problem] };
      continue;
    }
    for (const file of files.paths) yield await readOneFile(file, cwd, settings);
  }
}

/**
 * Why `input` certainly cannot be read, found before reading anything: a path
 * naming no file, folder or pattern match, an empty folder; undefined for
 * standard input, a web address, and an input that names files. (`tidings
 * ingest` asks before it creates a database, so a mistyped path leaves none.)
 */
export async function missingInput(input: string, cwd = process.cwd()): Promise<InputError | undefined> {
  if (input === '-' || WEB_ADDRESS.test(input)) return undefined;
  const files = await expand(input, cwd, new Set());
  return 'problem' in files ? files.problem : undefined;
}

/** The files an input names: itself, a folder's files, or a pattern's matches, less the `skipped` ones (absolute paths). */
async function expand(input: string, cwd: string, skipped: ReadonlySet<string>): Promise<{ paths: string[] } | { problem: InputError }> {
  const target = path.resolve(cwd, input);
  const kept = (paths: string[]) => paths.filter((file) => !skipped.has(path.resolve(cwd, file)));
  try {
    const stats = await stat(target);
    if (stats.isFile()) return { paths: [input] };
    if (!stats.isDirectory()) return { problem: new InputError(input, '', 'not a file or a folder') };
    const listed = (await listFolder(target)).map((relative) => path.join(input, relative));
    const paths = kept(listed);
    if (paths.length > 0) return { paths };
    return { problem: new InputError(input, '', listed.length > 0 ? 'the folder holds no files but the database' : 'the folder holds no files (hidden files are skipped)') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && isDynamicPattern(input)) {
      const paths = kept((await glob(input, { cwd, onlyFiles: true, dot: false, expandDirectories: false })).sort());
      return paths.length ? { paths } : { problem: new InputError(input, '', 'no files match this pattern') };
    }
    if (code === 'ENOENT') return { problem: new InputError(input, '', 'no such file or folder') };
    return { problem: new InputError(input, '', `cannot read it (${code ?? (error as Error).message})`) };
  }
}

/** Project documents that sit beside articles in a folder and are not news: skipped in folder walks. */
const FOLDER_DOCUMENTS = /^(?:readme|licen[cs]e|copying|changelog|contributing|authors)(?:\.[a-z\d]+)?$/i;

/**
 * Files under a folder, recursively, as sorted relative paths. Names starting
 * with "." and README/LICENSE-like documents are skipped (a file named on its
 * own is always read). Symbolic links are followed: a link to a file is a
 * file, a broken one too (reading it reports it), and a link to a folder is
 * walked unless that folder was walked already (`walked`: real paths), so a
 * link back up the tree ends.
 */
async function listFolder(folder: string, walked = new Set<string>()): Promise<string[]> {
  walked.add(await realpath(folder));
  const entries = await readdir(folder, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const kind = entry.isSymbolicLink() ? await linkedKind(path.join(folder, entry.name)) : entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
    if (kind === 'folder') {
      const child = path.join(folder, entry.name);
      if (walked.has(await realpath(child))) continue;
      for (const file of await listFolder(child, walked)) files.push(path.join(entry.name, file));
    } else if (kind === 'file' && !FOLDER_DOCUMENTS.test(entry.name)) files.push(entry.name);
  }
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** What a symbolic link leads to; a broken link counts as a file, for reading it to report. */
async function linkedKind(link: string): Promise<'file' | 'folder' | 'other'> {
  try {
    const target = await stat(link);
    return target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
  } catch {
    return 'file';
  }
}

async function readOneFile(input: string, cwd: string, settings: ReadInputsOptions): Promise<InputResult> {
  const fail = (reason: string): InputResult => ({ input, articles: [], problems: [new InputError(input, '', reason)] });
  const binary = binaryExtension(input);
  if (binary) return fail(binary);
  const target = path.resolve(cwd, input);
  let read: InputResult;
  try {
    const { size } = await stat(target);
    if (size > settings.maxFileBytes) return fail(tooLarge(size, settings.maxFileBytes));
    const bytes = await readFile(target);
    if (looksBinary(bytes)) return fail('the file looks binary (it holds NUL bytes)');
    read = { input, ...readBytes(bytes, { input, format: settings.format, readAt: settings.readAt }) };
  } catch (error) {
    return fail(`cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  // The file was read: a failure reading its feed's item pages (storedIds' database) is thrown as that failure, as for an address or standard input, not told as "cannot read it".
  return withFeedItemPages(read, settings, false);
}

async function readStdin(settings: ReadInputsOptions): Promise<InputResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of settings.stdin ?? process.stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    if (size > settings.maxFileBytes) {
      return { input: settings.stdinName, articles: [], problems: [new InputError(settings.stdinName, '', `it is over the ${sizeText(settings.maxFileBytes)} limit (maxFileBytes)`)] };
    }
    chunks.push(bytes);
  }
  return withFeedItemPages({ input: settings.stdinName, ...readBytes(Buffer.concat(chunks), { input: settings.stdinName, format: settings.format, readAt: settings.readAt }) }, settings, false);
}

function tooLarge(size: number, limit: number): string {
  return `the file is ${sizeText(size)}, over the ${sizeText(limit)} limit (maxFileBytes)`;
}
