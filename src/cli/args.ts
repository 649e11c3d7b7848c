import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import { ftsQuery, searchProblem } from '../store/index.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `util.parseArgs` in strict mode, with its errors turned into `UsageError`
 * (exit 2) that name the command. A negative number after an option that
 * takes a value ("--limit -3") is that value, for the option's own check to
 * refuse by name (parseArgs took it for an option and said the value was
 * "ambiguous").
 */
export function parseCommandArgs<O extends Options>(
  command: string,
  argv: string[],
  options: O,
): ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: withNegativeValues(argv, options), options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional.*$/s, '');
    throw new UsageError(`tidings ${command}: ${unknownShortOption(command, argv, message) ?? message}`);
  }
}

/**
 * parseArgs names only the first letter of an unknown "-gate" ("Unknown
 * option '-g'"): the argument as typed, and how to give a word or an input
 * that starts with "-" (after "--"); undefined for other messages.
 */
function unknownShortOption(command: string, argv: readonly string[], message: string): string | undefined {
  const letter = /^Unknown option '(-[^-])'$/.exec(message)?.[1];
  const end = argv.indexOf('--');
  const typed = letter === undefined ? undefined : (end === -1 ? argv : argv.slice(0, end)).find((arg) => arg.startsWith(letter));
  if (typed === undefined) return undefined;
  return `unknown option ${JSON.stringify(typed)}; a word or input that starts with "-" goes after "--" (tidings ${command} -- ${JSON.stringify(typed)})`;
}

/** `--limit -3` as `--limit=-3` (`-l -3` as `-l-3`), for each option of `options` that takes a value; nothing after `--` is touched. */
function withNegativeValues(argv: readonly string[], options: Options): string[] {
  const taking = new Map<string, string>();
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== 'string') continue;
    taking.set(`--${name}`, '=');
    if (option.short) taking.set(`-${option.short}`, '');
  }
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') return [...args, ...argv.slice(i)];
    const joiner = taking.get(arg);
    if (joiner !== undefined && i + 1 < argv.length && /^-\d/.test(argv[i + 1])) args.push(`${arg}${joiner}${argv[++i]}`);
    else args.push(arg);
  }
  return args;
}

/** Parses a flag value as a positive integer or throws a `UsageError`. */
export function positiveInteger(command: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n <= 0) {
    throw new UsageError(`tidings ${command}: --${flag} expects a positive whole number, got ${JSON.stringify(value)}`);
  }
  return n;
}

/** Checks that a flag's value is one of `choices`. */
export function oneOf<T extends string>(command: string, flag: string, value: string | undefined, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`tidings ${command}: --${flag} must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

/** An outlet's name to filter by, its spaces around trimmed; one of none (`--outlet ""`, which would match nothing) is a usage error. */
export function outletFilter(command: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const name = value.trim();
  if (name === '') throw new UsageError(`tidings ${command}: --outlet needs an outlet's name (tidings outlets lists them), got ${JSON.stringify(value)}`);
  return name;
}

/** Checks that words to search for (`what`: the arguments, or a flag) hold a word, not only punctuation and search syntax, and no prefix too short. */
export function searchWords(command: string, what: string, words: string | undefined): string | undefined {
  if (words === undefined) return undefined;
  const problem = searchProblem(words);
  if (problem === undefined) return words;
  if (ftsQuery(words) === undefined) {
    throw new UsageError(`tidings ${command}: ${what} ${JSON.stringify(words)} holds no word to search for (punctuation and search syntax count as none)`);
  }
  throw new UsageError(`tidings ${command}: ${what} ${JSON.stringify(words)}: ${problem}`);
}
