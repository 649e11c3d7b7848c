import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Article } from '../article.js';
import { readBytes } from '../read/read.js';
import { readText } from '../read/text.js';
import { available, DUC_DOCS, EXAMPLES, filesIn, FIXTURES, MULTILING_SOURCES, paragraphTexts, SEEDS, spanProblems } from '../read/test-support/shared-data.js';
import { CHINESE } from '../test-support/cjk-articles.js';
import { clean } from './index.js';
import { READ_AT } from '../read/test-support/read-at.js';

/** What cleaning removed, as [rule, removed text]. */
function removals(article: Article): [string, string][] {
  return article.messages.filter((message) => message.stage === 'clean').map((message) => [message.rule, article.text.slice(message.span!.start, message.span!.end)]);
}

function readFiles(paths: readonly string[]): Article[] {
  return paths.flatMap((file) => readBytes(readFileSync(file), { input: file }).articles);
}

const SEED_000 = `${SEEDS}/000_70ade5cb13683ec8.txt`;
const SEED_002 = `${SEEDS}/002_94817b14d6ffb8f5.txt`;
const CAPTION = 'US Secretary of State Tillerson meets with Russian Foreign Minister Lavrov during his visit to Moscow, Russia on April 12, 2017';

const SEEDS_PRESENT = available(SEEDS, 'clean on the seeds');
/** Describe bodies run even when skipped: read the seeds only when they are there. */
const readSeed = (path: string, input: string) => readText(SEEDS_PRESENT ? readFileSync(path, 'utf8') : 'absent', input, READ_AT).articles[0];

describe.skipIf(!SEEDS_PRESENT)('clean on the seeds', () => {
  const seed000 = readSeed(SEED_000, 'seed-000');
  const seed002 = readSeed(SEED_002, 'seed-002');

  it('removes from seed 000 exactly the captions, the credit, the teaser, the trailing navigation and the section headings', () => {
    expect(removals(clean(seed000))).toEqual([
      ['caption', CAPTION],
      ['credit', 'TRT World and Agencies'],
      ['caption', CAPTION],
      ['teaser', "TRT Worldn's Iolo ap Dafydd has more on the complex ties between Russia and the US."],
      ['trailing-navigation', 'Route 6'],
      ['section-heading', 'Deteriorating ties'],
      ['section-heading', 'Chemical attacks'],
      ['section-heading', 'Trump on Putin'],
    ]);
  });

  it('keeps every real sentence of seed 000, in order', () => {
    const kept = paragraphTexts(clean(seed000));
    const sentences = paragraphTexts(seed000).filter((text) => /[.!?"]$/.test(text) && !text.includes('has more on'));
    expect(kept).toEqual(sentences);
    expect(kept).toHaveLength(16);
    expect(kept).toContain('Tillerson said both countries have agreed that their lines of communications must stay open.');
    expect(kept).toContain('Putin may meet Tillerson later on Wednesday, Kremlin spokesman Dmitry Peskov told reporters.');
  });

  it('removes from seed 002 exactly the repeated headlines and "Related news"', () => {
    const cleaned = clean(seed002);
    expect(removals(cleaned)).toEqual([
      ['repeated-headline', 'US and Russia struggle to overcome rifts in Moscow'],
      ['repeated-headline', 'US and Russia struggle to overcome rifts in Moscow'],
      ['navigation', 'Related news'],
    ]);
    expect(paragraphTexts(cleaned)).toEqual(paragraphTexts(seed002).slice(2, -1));
    expect(paragraphTexts(cleaned)).toContain('Meanwhile on Thursday U.S. President Donald Trump said that "things will work out fine" between the United States and Russian Federation, only a day after he said U.S.');
  });

  it('removes navigation glued to the next article\'s headline at the end of the page', () => {
    const scraped = `${readFileSync(SEED_000, 'utf8')}US and Russia struggle to overcome rifts in Moscow\n`;
    const article = readText(scraped, 'scraped', READ_AT).articles[0];
    expect(removals(clean(article))).toContainEqual(['trailing-navigation', 'Route 6US and Russia struggle to overcome rifts in Moscow']);
  });

  it('removes a headline glued behind navigation when it is this article\'s headline', () => {
    const article = readText(`US and Russia struggle to overcome rifts in Moscow\n\nThe talks lasted two hours.\n\nRoute 6US and Russia struggle to overcome rifts in Moscow\n\nLavrov spoke to reporters afterwards.`, 'glued', READ_AT).articles[0];
    expect(removals(clean(article))).toEqual([['repeated-headline', 'Route 6US and Russia struggle to overcome rifts in Moscow']]);
  });
});

describe('clean on the examples and fixtures', () => {
  const byName = (name: string) => readFiles([`${EXAMPLES}${name}`]);

  it('removes the rewrite\'s repeated headlines and its trailing "Related news:" list', () => {
    const [article] = byName('trendline-buzz-brenmouth-dam-gate-failure.txt').map((item) => clean(item));
    expect(removals(article).map(([rule]) => rule)).toEqual(['repeated-headline', 'repeated-headline', 'navigation']);
    expect(removals(article)[2][1]).toMatch(/^Related news: Eastmarch weather/);
  });

  it('removes the reprint\'s byline, dateline, caption and photo credit', () => {
    const [article] = byName('wire.jsonl').map((item) => clean(item));
    expect(removals(article)).toEqual([
      ['byline', 'By Maren Holt, Harbor Daily | Published by the Lakeshore Morning Post under a syndication agreement'],
      ['dateline', 'BRENMOUTH, Eastmarch (Harbor Daily) -'],
      ['caption', 'Water pours through the damaged spillway of the Corrin Falls Dam above Brenmouth on Saturday morning.'],
      ['credit', 'Photo: Elias Brandt / Agencies'],
    ]);
    expect(paragraphTexts(article)[0]).toMatch(/^A spillway gate at the Corrin Falls Dam gave way/);
  });

  it('removes the in-body ad label, "Read more:" teaser and update note Readability kept', () => {
    const [article] = byName('northgate-courier-brenmouth-flood-evacuation.html').map((item) => clean(item));
    expect(removals(article)).toEqual([
      ['navigation', 'Advertisement'],
      ['navigation', 'Read more: Amber rain warning issued for Eastmarch as reservoirs near capacity'],
      ['editor-note', 'This article was updated at 16:45 to include comments from the University of Eastmarch.'],
    ]);
  });

  it('removes the feed items\' subheading, share link and "Read more:" line', () => {
    const articles = readFiles([`${FIXTURES}coastline-wire.rss`, `${FIXTURES}northern-reach-bulletin.atom`]).map((item) => clean(item));
    expect(articles.flatMap(removals)).toEqual([
      ['dateline', 'PORT ALDWIN -'],
      ['navigation', 'Read more: Kessock Bank has moved, survey finds'],
      ['navigation', 'Share this article'],
      ['section-heading', 'Supplies'],
    ]);
  });
});

describe('clean on the HTML fixture', () => {
  it('removes only the subheading from what Readability kept', () => {
    const [article] = readFiles([`${FIXTURES}saltmarsh-chronicle-ferry-aground.html`]).map((item) => clean(item));
    expect(removals(article)).toEqual([['section-heading', 'Rescue in the fog']]);
    expect(article.paragraphs).toHaveLength(9);
  });
});

describe('clean keeps spans exact', () => {
  const sources = [
    ...filesIn(FIXTURES.replace(/\/$/, '')),
    ...filesIn(EXAMPLES.replace(/\/$/, '')).filter((file) => !file.endsWith('README.md')),
    ...filesIn(SEEDS),
    ...filesIn(MULTILING_SOURCES),
  ];

  it('leaves every paragraph and message span inside the text, paragraphs in order and not overlapping', () => {
    const cleaned = readFiles(sources).map((article) => clean(article));
    expect(cleaned.length).toBeGreaterThan(10);
    expect(cleaned.flatMap(spanProblems)).toEqual([]);
  });

  it('points every removal at text that is no longer in a paragraph', () => {
    for (const article of readFiles(sources).map((item) => clean(item))) {
      for (const message of article.messages.filter((item) => item.stage === 'clean')) {
        const overlapping = article.paragraphs.filter((span) => span.start < message.span!.end && message.span!.start < span.end);
        expect(overlapping, `${article.id} ${message.rule}`).toEqual([]);
      }
    }
  });
});

describe.skipIf(!available(DUC_DOCS, 'clean on DUC 2004'))('clean on DUC 2004', () => {
  it('removes only wire datelines from the 500 documents', () => {
    const articles = readFiles(readdirSync(DUC_DOCS).sort().flatMap((cluster) => filesIn(`${DUC_DOCS}/${cluster}`))).map((article) => clean(article));
    const removed = articles.flatMap(removals);
    expect(new Set(removed.map(([rule]) => rule))).toEqual(new Set(['dateline']));
    expect(removed.every(([, text]) => /^[A-Z][A-Z ,.a-z]*(?: \(AP\))? (?:_|-|--)$/.test(text))).toBe(true);
    expect(articles.every((article) => article.paragraphs.length === 1)).toBe(true);
  });
});

describe.skipIf(!available(MULTILING_SOURCES, 'clean on MultiLing 2011'))('clean on MultiLing 2011', () => {
  it('removes only short lines (headings, captions, credits) from the 100 sources', () => {
    const removed = readFiles(filesIn(MULTILING_SOURCES)).map((article) => clean(article)).flatMap(removals);
    expect(new Set(removed.map(([rule]) => rule))).toEqual(new Set(['section-heading', 'caption', 'credit', 'dateline']));
    expect(removed.filter(([, text]) => text.split(' ').length > 12)).toEqual([]);
  });
});

describe('clean in Chinese', () => {
  it('keeps every paragraph of a Chinese report: a paragraph is long by its characters, and ends a sentence with 。', () => {
    const text = CHINESE.fire.text;
    const [article] = readText(text, 'fire.txt', READ_AT).articles;
    const cleaned = clean(article);
    expect(cleaned.messages).toEqual([]);
    expect(cleaned.paragraphs).toHaveLength(5);
  });
});
