/**
 * The numbers README.md, docs/ingest.md and DESIGN.md give in their prose (limits, defaults,
 * windows, versions of the CLI's lines) against the constants of the code
 * that sets them, so a changed limit cannot leave the documents behind.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JITTER_AMPLITUDE } from '../bench/jitter.js';
import { MAX_INTERVAL_MS, MIN_INTERVAL_MS } from './cli/every.js';
import { MAX_PROBLEMS_PER_INPUT } from './cli/io.js';
import { DEFAULT_HOST, DEFAULT_PORT } from './cli/serve.js';
import { LISTED_ROWS } from './cli/story.js';
import { PAIRING_CELLS_PER_WORD, SENTENCE_PAIRING_WINDOW, SENTENCE_TABLE_CELLS } from './copies/versions.js';
import { REPORT_MAX_ARTICLES } from './facts/index.js';
import { MAX_HTML_CHARS, MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS } from './read/html.js';
import { MAX_PARSE_DEPTH, MAX_PARSE_ELEMENTS } from './read/dom.js';
import { MAX_ITEM_PAGES, TEASER_WORDS } from './read/item-pages.js';
import { MAX_ARTICLE_CHARS } from './read/read.js';
import { MAX_SHOWN_CITATIONS } from './render/resolve.js';
import { MAX_QUOTED_CHARS } from './render/shown.js';
import { SHOWN_SENTENCE_CHANGES } from './render/revisions.js';
import { RETRY_AFTER_CONFLICT, RETRY_AFTER_LOCKED } from './server/errors.js';
import { WRITE_ATTEMPTS } from './server/ingester.js';
import { FEED_ENTRIES } from './server/pages/feed.js';
import { MAX_ARTICLES_PER_REQUEST, MAX_SOURCES_PER_ITEM } from './server/schemas/requests.js';
import { MAX_CHART_ROWS } from './server/views/coverage-chart.js';
import { MAX_QUERY_SPELLINGS } from './store/sqlite-search.js';
import { MAX_WORD_SPELLINGS } from './store/search-spellings.js';
import { MAX_QUERY_HITS } from './store/story-list.js';
import { REFRESH_MS, STALE_MS } from './store/writer-lock.js';
import * as tidings from './index.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const DESIGN = readFileSync(new URL('../DESIGN.md', import.meta.url), 'utf8');
const INGEST_DOC = readFileSync(new URL('../docs/ingest.md', import.meta.url), 'utf8');

describe('README.md, docs/ingest.md and DESIGN.md numbers', () => {
  /** Text with its line breaks (and the data-flow diagram's `│` opening a line) and runs of spaces as one space. */
  const flat = (text: string) => text.replace(/\n[\s│]*/g, ' ').replace(/\s+/g, ' ');
  const n = (value: number) => value.toLocaleString('en');
  const ingest = tidings.defaultIngestOptions;
  /** Languages by name, as the prose lists them: "French, German … and Dutch". */
  const inWords = (codes: readonly string[]) => {
    const names = codes.map((code) => tidings.languageName(code));
    return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  };

  it.each([
    `an input's first ${MAX_PROBLEMS_PER_INPUT} problems shown`,
    `fewer than ${TEASER_WORDS} words`,
    `those of the ${n(MAX_QUERY_HITS)} last stored articles that match`,
    `shows its first ${MAX_SHOWN_CITATIONS} citations`,
    `lists the first ${LISTED_ROWS} articles`,
    `first N, default ${LISTED_ROWS}`,
    `shows the ${MAX_CHART_ROWS - 1} outlets with the most articles and one row for the others`,
    `a story of more than ${REPORT_MAX_ARTICLES} left unread`,
    `the ${FEED_ENTRIES} most recently updated stories`,
    `at most ${n(MAX_ARTICLES_PER_REQUEST)} articles`,
    `up to ${n(MAX_SOURCES_PER_ITEM)}`,
    `gives its first ${n(MAX_QUOTED_CHARS)} characters, with \`"textTruncated": true\``,
    `\`Retry-After\` seconds, ${RETRY_AFTER_LOCKED}`,
    `up to ${WRITE_ATTEMPTS} times before a 409 (\`Retry-After: ${RETRY_AFTER_CONFLICT}\`)`,
    `at most ${ingest.keptVersions} an article`,
    `concept weight × (1 ± ${JITTER_AMPLITUDE * 100}%)`,
    `tidings serve [--db FILE] [--port ${DEFAULT_PORT}] [--host ${DEFAULT_HOST}]`,
    `\`budget\` as the summarizer's, ${(tidings.defaultSummarizeOptions.budget as { words: number }).words} words by default`,
    `# http://${DEFAULT_HOST}:${DEFAULT_PORT}`,
    `(\`${tidings.DEFAULT_DATABASE}\` in the current folder unless \`--db\` says otherwise)`,
    `# the same in ${inWords(tidings.QUOTE_LANGUAGES)}`,
  ])('README.md: %s', (phrase) => {
    expect(flat(README).includes(phrase)).toBe(true);
  });

  it.each([
    `With \`--every 15m\` (${MIN_INTERVAL_MS / 60_000}m to ${MAX_INTERVAL_MS / 3_600_000}h)`,
    `at most ${MAX_ITEM_PAGES} per feed`,
    `at most ${MAX_WORD_SPELLINGS} spellings, a search in at most ${MAX_QUERY_SPELLINGS}`,
    `at most ${SENTENCE_PAIRING_WINDOW} sentences apart`,
    `(the first ${SHOWN_SENTENCE_CHANGES} of an update`,
    `more than ${tidings.MAX_TIMELINE_POSTS} posts (\`MAX_TIMELINE_POSTS\`)`,
    `every ${REFRESH_MS / 1000} seconds, and one silent for ${STALE_MS / 60_000} minutes`,
    `transactions of ${n(ingest.batchSize)} that also hold the story state`,
    `read ahead (${n(ingest.orderWindow)} at a time)`,
  ])('docs/ingest.md: %s', (phrase) => {
    expect(flat(INGEST_DOC).includes(phrase)).toBe(true);
  });

  it.each([
    `sizes are capped (${MAX_HTML_CHARS / 1024 / 1024} MB a page, ${MAX_ARTICLE_CHARS / 1024 / 1024} MB of article text`,
    `past ${MAX_READABILITY_DEPTH} levels of nesting or ${n(MAX_READABILITY_ELEMENTS)} elements`,
    `past ${n(MAX_PARSE_DEPTH)} levels or its first ${n(MAX_PARSE_ELEMENTS)} elements`,
    `up to ${n(ingest.orderWindow)} new articles read ahead`,
    `batches of ${n(ingest.batchSize)}`,
    `at most ${REPORT_MAX_ARTICLES} articles read`,
    `every ${REFRESH_MS / 1000} s, stale after ${STALE_MS / 60_000} min`,
    `up to ${WRITE_ATTEMPTS} times`,
    `\`SENTENCE_PAIRING_WINDOW\` (${SENTENCE_PAIRING_WINDOW})`,
    `\`PAIRING_CELLS_PER_WORD\` (${n(PAIRING_CELLS_PER_WORD)})`,
    `\`SENTENCE_TABLE_CELLS\` (${n(Math.sqrt(SENTENCE_TABLE_CELLS))} sentences a side)`,
    `in English and in ${inWords(tidings.FACT_LANGUAGES.filter((code) => code !== 'en'))}`,
  ])('DESIGN.md: %s', (phrase) => {
    expect(flat(DESIGN).includes(phrase)).toBe(true);
  });
});
