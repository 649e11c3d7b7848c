import type { Article } from '../article.js';
import { InputError, UsageError } from '../errors.js';
import type { CopyView } from '../copies/index.js';
import { storyRevisions, type ArticleRevisions } from '../ingest/revisions.js';
import { storyCopyViews, storyView, type StoryView } from '../ingest/story-view.js';
import { summaryToJson } from '../render/json.js';
import { versioned } from '../version.js';
import { escapeMarkdown, renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import { revisionLines, revisionsJson } from '../render/revisions.js';
import { entityJson, factJson, quoteJson, spellingJson, timelineJson } from '../render/report-json.js';
import { reportText } from '../render/report-text.js';
import { sourceName } from '../render/outlet-name.js';
import { day, storyHeadline, storyOverview } from '../render/story-overview.js';
import { displayWidth, padDisplayEnd } from '../render/table.js';
import { DEFAULT_DATABASE, storyIdIn, type CopyLink, type RelatedStoryRow, type StoryArticle } from '../store/index.js';
import { DATABASE_OPTION, withDatabase } from './database.js';
import { oneOf, parseCommandArgs, positiveInteger } from './args.js';
import { write, type Command } from './io.js';

/** Articles, and copies, listed in the text and Markdown reports when `--limit` is not given. */
export const LISTED_ROWS = 50;

const HELP = `Usage: tidings story <id> [options]

Shows one story of a Tidings database: its cited summary, its articles with
outlet, date and copy verdict (original, reprint, rewrite, independent),
which article copied which, what each update of an article changed (its
headline, numbers and sentences), related stories (follow-ups and background
an article came near), the quotes with their speakers, where sources differ
and agree on numbers and dates, and the names they mention. Story ids are
listed by "tidings stories"; a bare number means the id with an "s" before
it ("12" is s12).

Options:
  --db FILE        the database (default ${DEFAULT_DATABASE})
  --format F       text (default), md or json
  --limit N        list at most N articles and N copies in text and md, with
                   a count of the rest (default ${LISTED_ROWS}); json lists all
  -h, --help       show this help

Examples:
  tidings story s1
  tidings story s2 --db news.db --format md > story.md`;

const OPTIONS = {
  ...DATABASE_OPTION,
  format: { type: 'string' },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** JSON format version of `tidings story --format json` (3: the story's and its related stories' `firstPublished` and `lastPublished`; 4: `unread`, the articles a story larger than a report reads left unread; 5: each of `otherLanguages` says whether its `quotes` were read; 6: each fact value gives its `reading`, the values that can all be true together, and each of `otherLanguages` whether its numbers and dates (`facts`) and its `names` were read; 7: each timeline entry gives the live-blog `post` it is, or null, a summary sentence stating one side of a conflict gives it as `disputed`, and each article whether an update replaced an earlier text of it, `revised`; 8: each summary citation's `grade`, and `revisions`, what each update of a revised article changed; 9: a summary citation's `span` is `{start, end}` alone, as in the API, facts give names and titles in dispute, unit `name` or `title`, and a copied sentence its `merged` or `split` source sentences; 10: each quote occurrence gives `speakerSpan`, where its article names the speaker). */
export const STORY_JSON_VERSION = 10;

export const storyCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('story', argv, OPTIONS);
  if (values.help) {
    write(io.stdout, HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('tidings story: give exactly one story id (tidings stories lists them)');
  const format = oneOf('story', 'format', values.format, ['text', 'md', 'json'] as const) ?? 'text';
  const limit = positiveInteger('story', 'limit', values.limit) ?? LISTED_ROWS;
  const output = await withDatabase(values.db, async (store, file) => {
    const story = await storyView(store, await storyIdIn(store, positionals[0]));
    if (story === undefined) throw new InputError(file, '', `no story ${JSON.stringify(positionals[0])} (tidings stories lists them)`);
    if (format === 'json') return storyJson(story, await storyCopyViews(store, story, story.copies), await storyRevisions(store, story, story.articles));
    const revisions = (await storyRevisions(store, story, story.articles.slice(0, limit))).filter((revision) => revision.versions.length > 0);
    return format === 'md' ? storyMarkdown(story, limit, revisions) : storyText(story, limit, revisions);
  });
  io.stdout.write(output);
  return 0;
};

/**
 * The name of each of a story's articles by id, found once per report:
 * `sourceName`, with its text where the report read it, so one with neither
 * outlet nor title is named by the words it opens with, not its id.
 */
function articleNames(story: StoryView): Map<string, string> {
  const texts = new Map(story.segmented.map((article) => [article.id, article.text]));
  return new Map(story.articles.map((article) => [article.id, sourceName(article, texts.get(article.id))]));
}

/** A name of `articleNames`, else the id (a source outside the story). */
function nameIn(names: ReadonlyMap<string, string>): (id: string) => string {
  return (id) => names.get(id) ?? id;
}

/** The report's name for each article: its name (`articleNames`), and the article id after it when articles without an outlet share a name (a title). */
function reportNames(story: StoryView, names: ReadonlyMap<string, string>): (id: string) => string {
  const counts = new Map<string, number>();
  const outletless = new Set<string>();
  for (const article of story.articles) {
    if (article.outlet !== null) continue;
    const name = names.get(article.id)!;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    outletless.add(article.id);
  }
  return (id) => {
    const name = names.get(id) ?? id;
    return outletless.has(id) && counts.get(name)! > 1 ? `${name} [${id}]` : name;
  };
}

/** "Story s1: 6 articles from 5 outlets, 2026-03-14 to 2026-03-15". */
function overview(story: StoryView): string {
  return `Story ${story.story.id}: ${storyOverview(story.story)}`;
}

/** The day an article gives, or "undated" (the day it was ingested is no news of when it was written). */
function articleDay(article: StoryArticle): string {
  return article.published === null ? 'undated' : day(article.published);
}

/** One line per article, its name (`articleNames`) padded to the longest. */
function articleLines(articles: readonly StoryArticle[], names: ReadonlyMap<string, string>): string[] {
  const nameOf = (article: StoryArticle) => names.get(article.id)!;
  const width = Math.max(0, ...articles.map((article) => displayWidth(nameOf(article))));
  return articles.map((article) => {
    const title = article.title ? ` “${article.title}”` : '';
    const revised = article.revised ? ' (updated since first stored)' : '';
    return `  ${articleDay(article).padEnd(10)}  ${padDisplayEnd(nameOf(article), width)}  ${article.verdict.padEnd(11)}${title} [${article.id}]${revised}`;
  });
}

/** "s7 (0.45): Hundreds evacuated as … — 3 articles from 2 outlets, 2026-03-20 to 2026-03-22". */
function relatedLine(related: RelatedStoryRow): string {
  return `${related.id} (${related.similarity.toFixed(2)}): ${storyHeadline(related)} — ${storyOverview(related)}`;
}

function copyLines(copies: readonly CopyLink[], names: ReadonlyMap<string, string>): string[] {
  const name = nameIn(names);
  return copies.map((copy) => {
    const verb = copy.kind === 'reprint' ? 'reprints' : 'rewrites';
    const named = (id: string) => (name(id) === id ? id : `${name(id)} [${id}]`);
    return `${named(copy.article)} ${verb} ${named(copy.source)}: ${Math.round(copy.share * 100)}% of its sentences`;
  });
}

/** "… and 19,950 more articles (--limit N lists more; --format json lists all)", "… and 1 more copy (…)", or nothing when none is left out. */
function moreLine(all: number, shown: number, [one, many]: readonly [string, string]): string[] {
  const more = all - shown;
  return more > 0 ? [`… and ${more.toLocaleString('en-US')} more ${more === 1 ? one : many} (--limit N lists more; --format json lists all)`] : [];
}

const ARTICLES = ['article', 'articles'] as const;
const COPIES = ['copy', 'copies'] as const;

/** At most this many names are listed in the text and Markdown reports; JSON has them all. */
const LISTED_NAMES = 12;

function report(story: StoryView, format: 'text' | 'md', names: ReadonlyMap<string, string>): string[] {
  const text = reportText(story.report, story.segmented, { format, name: reportNames(story, names), entities: LISTED_NAMES, copies: story.copies });
  return text === '' ? [] : ['', text];
}

function storyText(story: StoryView, limit: number, revisions: readonly ArticleRevisions[]): string {
  const articles = story.articles.slice(0, limit);
  const names = articleNames(story);
  const lines = [overview(story), '', renderText(story.summary, story.segmented).trimEnd(), '', 'Articles'];
  for (const line of articleLines(articles, names)) lines.push(line);
  for (const line of moreLine(story.articles.length, articles.length, ARTICLES)) lines.push(`  ${line}`);
  if (story.copies.length > 0) {
    const copies = story.copies.slice(0, limit);
    lines.push('', 'Copies');
    for (const line of copyLines(copies, names)) lines.push(`  ${line}`);
    for (const line of moreLine(story.copies.length, copies.length, COPIES)) lines.push(`  ${line}`);
  }
  if (revisions.length > 0) lines.push('', 'Updates (what each new text of an article changed)', ...revisionLines(revisions, nameIn(names), 'text'));
  if (story.related.length > 0) lines.push('', 'Related stories', ...story.related.map((related) => `  ${relatedLine(related)}`));
  for (const line of report(story, 'text', names)) lines.push(line);
  return `${lines.join('\n')}\n`;
}

function storyMarkdown(story: StoryView, limit: number, revisions: readonly ArticleRevisions[]): string {
  const lines = [renderMarkdown(story.summary, story.segmented).trimEnd(), '', `## Articles`, '', `${escapeMarkdown(overview(story))}.`, ''];
  lines.push('| Date | Outlet | Verdict | Title | Id |', '|---|---|---|---|---|');
  const articles = story.articles.slice(0, limit);
  const names = articleNames(story);
  for (const article of articles) {
    lines.push(`| ${articleDay(article)} | ${escapeMarkdown(names.get(article.id)!)} | ${article.verdict} | ${escapeMarkdown(article.title ?? '')} | \`${article.id.replace(/`/g, "'")}\` |`);
  }
  for (const line of moreLine(story.articles.length, articles.length, ARTICLES)) lines.push('', escapeMarkdown(line));
  if (story.copies.length > 0) {
    const copies = story.copies.slice(0, limit);
    lines.push('', '## Copies', '');
    for (const line of copyLines(copies, names)) lines.push(`- ${escapeMarkdown(line)}`);
    for (const line of moreLine(story.copies.length, copies.length, COPIES)) lines.push('', escapeMarkdown(line));
  }
  if (revisions.length > 0) lines.push('', '## Updates', '', 'What each new text of an article changed.', '', ...revisionLines(revisions, nameIn(names), 'md'));
  if (story.related.length > 0) lines.push('', '## Related stories', '', ...story.related.map((related) => `- ${escapeMarkdown(relatedLine(related))}`));
  for (const line of report(story, 'md', names)) lines.push(line);
  return `${lines.join('\n')}\n`;
}

function storyJson(story: StoryView, copies: readonly CopyView[], revisions: readonly ArticleRevisions[]): string {
  const byId = new Map(story.segmented.map((article) => [article.id, article]));
  const json = versioned(STORY_JSON_VERSION, {
    story: story.story,
    summary: summaryToJson(story.summary, story.segmented as readonly Article[]),
    articles: story.articles,
    copies,
    related: story.related,
    quotes: story.report.quotes.map((quote) => quoteJson(byId, quote)),
    entities: story.report.entities.map((entity) => entityJson(entity)),
    spellings: story.report.spellings.map((variant) => spellingJson(variant)),
    facts: story.report.facts.map((fact) => factJson(byId, fact)),
    timeline: story.report.timeline.map((entry) => timelineJson(byId, entry)),
    otherLanguages: story.report.otherLanguages,
    unread: story.report.unread,
    revisions: revisions.map((revision) => revisionsJson(revision)),
  });
  return `${JSON.stringify(json, null, 2)}\n`;
}
