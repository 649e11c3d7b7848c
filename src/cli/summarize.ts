import type { SegmentedArticle } from '../article.js';
import { InputError, UsageError } from '../errors.js';
import { prepare, summaryWithDisputes } from '../pipeline.js';
import { streamInputs, type ReadInputsOptions } from '../read/index.js';
import { sizeText } from '../read/size.js';
import { renderHtml } from '../render/html.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import { defaultSummarizeOptions, defaultSummaryLimitOptions, SummaryIntake, type Budget } from '../summarize/index.js';
import { oneOf, parseCommandArgs, positiveInteger } from './args.js';
import { write, writeProblems, type Command } from './io.js';
import { READ_OPTIONS, READ_OPTIONS_HELP, readOptions } from './read-options.js';
import { startProgress } from './progress.js';

/** The summary length without a flag: the summarizer's default budget, in words. */
const DEFAULT_WORDS = 'words' in defaultSummarizeOptions.budget ? defaultSummarizeOptions.budget.words : undefined;

const HELP = `Usage: tidings summarize <inputs…> [options]

Reads articles (files, folders, glob patterns, - for stdin, http(s) addresses
of feeds and pages; plain text, HTML, RSS/Atom, JSONL, NIST SGML) and writes
one summary in which every sentence cites every article that states it, and
a sentence stating a number, date, age, name or title that other sources of
the same day give otherwise says so under it. At most ${defaultSummaryLimitOptions.maxArticles} articles and
${sizeText(defaultSummaryLimitOptions.maxBytes)} of their text are read (defaultSummaryLimitOptions): more is refused.

Options:
  --words N           summary length in words (default ${DEFAULT_WORDS})
  --bytes N           summary length in bytes (UTF-8)
  --sentences N       summary length in sentences
  --format F          text (default), md, json or html
${READ_OPTIONS_HELP}
  --explain           also list what reading and cleaning removed, and why
  -h, --help          show this help

Examples:
  tidings summarize examples/
  tidings summarize 'news/**/*.html' --words 150 --format md
  cat feed.xml | tidings summarize - --sentences 3 --format json`;

const OPTIONS = {
  words: { type: 'string' },
  bytes: { type: 'string' },
  sentences: { type: 'string' },
  format: { type: 'string' },
  ...READ_OPTIONS,
  explain: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const RENDERERS = { text: renderText, md: renderMarkdown, json: renderJson, html: renderHtml } as const;
const FORMATS = ['text', 'md', 'json', 'html'] as const;

export const summarizeCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('summarize', argv, OPTIONS);
  if (values.help) {
    write(io.stdout, HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('tidings summarize: name at least one input (a file, folder, pattern, web address, or - for stdin)');
  const budget = parseBudget(values);
  const format = oneOf('summarize', 'format', values.format, FORMATS) ?? 'text';
  const { articles, problems, overLimit } = await readAndPrepare(positionals, readOptions('summarize', values, io), io);
  writeProblems(io.stderr, problems);
  if (overLimit !== undefined) throw new InputError(positionals.join(' '), '', `${overLimit}: summarize fewer articles (one story's)`);
  if (articles.length === 0) {
    throw new InputError(positionals.join(' '), '', 'no article with readable text was found');
  }
  const summary = summaryWithDisputes(articles, { budget });
  io.stdout.write(RENDERERS[format](summary, articles, { explain: values.explain }));
  return problems.length > 0 ? 1 : 0;
};

function parseBudget(values: { words?: string; bytes?: string; sentences?: string }): Budget {
  const given = (['words', 'bytes', 'sentences'] as const).filter((key) => values[key] !== undefined);
  if (given.length > 1) throw new UsageError(`tidings summarize: give only one of --words, --bytes, --sentences (got --${given.join(', --')})`);
  if (given.length === 0) return defaultSummarizeOptions.budget;
  const [key] = given;
  return { [key]: positiveInteger('summarize', key, values[key]) } as Budget;
}

/** The articles read, prepared, each id once; reading stops at the first one past `defaultSummaryLimitOptions` (`overLimit` says why). */
async function readAndPrepare(inputs: string[], read: Partial<ReadInputsOptions>, io: Parameters<Command>[1]) {
  const progress = startProgress(io.stderr, 'Reading articles');
  const articles: SegmentedArticle[] = [];
  const problems: InputError[] = [];
  const seen = new Set<string>();
  const intake = new SummaryIntake(defaultSummaryLimitOptions);
  let overLimit: string | undefined;
  try {
    for await (const result of streamInputs(inputs, read)) {
      for (const problem of result.problems) problems.push(problem);
      for (const article of result.articles) {
        if (seen.has(article.id)) continue;
        seen.add(article.id);
        // Counted as read, before it is prepared: the article past the limit is refused unprepared.
        overLimit = intake.add(article);
        if (overLimit !== undefined) return { articles, problems, overLimit };
        const prepared = prepare(article);
        if (prepared.sentences.length > 0) articles.push(prepared);
      }
      progress.update(articles.length);
    }
  } finally {
    progress.finish();
  }
  return { articles, problems, overLimit };
}
