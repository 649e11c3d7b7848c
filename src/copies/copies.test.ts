import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../article.js';
import { CopyIndex, compareCandidates, compareCopies, copyFingerprint, defaultCopyOptions, keptCandidate, type CopyVerdict } from './index.js';
import { available, exampleArticles, preparedText, readPrepared, SEEDS, sentenceText, text, verdictProblems } from './test-support/articles.js';

/** The swaps a content farm makes, applied word by word. */
const SWAPS: readonly [RegExp, string][] = [
  [/\bRussia\b/g, 'Russian Federation'],
  [/\bSyria\b/g, 'Syrian Arab Republic'],
  [/\bsaid\b/g, 'stated'],
  [/\btalks\b/g, 'negotiations'],
];

function swapCount(sentence: string): number {
  return SWAPS.reduce((count, [pattern]) => count + (sentence.match(pattern)?.length ?? 0), 0);
}

function swapWords(sentence: string): string {
  return SWAPS.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), sentence);
}

/** Fisher–Yates with a fixed linear congruential generator: the same shuffle on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let i = result.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

function byId(articles: readonly SegmentedArticle[]): Map<string, SegmentedArticle> {
  return new Map(articles.map((article) => [article.id, article]));
}

/** The article as a new plain-text file: its title, then its paragraphs (optionally changed). */
function asText(article: SegmentedArticle, paragraphs = article.paragraphs.map((span) => text(article, span))): string {
  return `${article.title}\n\n${paragraphs.join('\n\n')}\n`;
}

describe.skipIf(!available(SEEDS, 'copies on the seeds'))('copies on the seeds', () => {
  let first: SegmentedArticle;
  let second: SegmentedArticle;
  beforeAll(async () => {
    [first, second] = (await Promise.all((await readdir(SEEDS)).sort().map((name) => readPrepared(path.join(SEEDS, name))))).flat();
  });

  it('does not call the second seed a copy of the first: same event, no shared sentences', () => {
    const verdict = compareCopies(second, [first]);
    expect(verdict).toEqual({ article: second.id, kind: 'independent', sources: [] });
    const index = new CopyIndex();
    expect(index.add(first).kind).toBe('independent');
    expect(index.add(second, [first]).kind).toBe('independent');
  });

  it('traces a rewrite of the first seed (shuffled sentences, synonyms, renamed countries) to it, the swapped words as the edits', () => {
    const sentences = first.sentences.map((_, i) => sentenceText(first, i));
    const order = shuffled([...sentences.keys()], 2017);
    const paragraphs: string[] = [];
    for (let i = 0; i < order.length; i += 2) paragraphs.push(order.slice(i, i + 2).map((at) => swapWords(sentences[at])).join(' '));
    const rewrite = preparedText(`Rewritten: ${first.title}\n\n${paragraphs.join('\n\n')}\n`, 'content-farm.txt');

    const index = new CopyIndex();
    index.add(first);
    const verdict = index.add(rewrite);
    expect(verdict.kind).toBe('rewrite');
    expect(verdict.sources.map((source) => source.article)).toEqual([first.id]);
    const [source] = verdict.sources;
    expect(source.share).toBeGreaterThanOrEqual(0.6);
    expect(verdictProblems(verdict, byId([first, rewrite]))).toEqual([]);

    let swapped = 0;
    for (const match of source.matches) {
      const original = sentenceText(first, match.source.sentence);
      expect(sentenceText(rewrite, match.sentence)).toBe(swapWords(original));
      for (const edit of match.edits.filter((edit) => edit.op !== 'equal')) {
        expect(edit.op).toBe('replace');
        expect(text(rewrite, edit.copy!)).toBe(swapWords(text(first, edit.source!)));
        swapped += swapCount(text(first, edit.source!));
      }
    }
    expect(swapped).toBe(source.matches.reduce((count, match) => count + swapCount(sentenceText(first, match.source.sentence)), 0));
    expect(swapped).toBeGreaterThan(20);
  });

  it('calls an exact duplicate and a near-duplicate with one paragraph changed reprints', () => {
    const duplicate = preparedText(asText(first), 'duplicate.txt');
    const paragraphs = first.paragraphs.map((span) => text(first, span));
    paragraphs[3] = 'Officials in both capitals declined to comment on the schedule of the meetings planned for later in the week.';
    const nearDuplicate = preparedText(asText(first, paragraphs), 'near-duplicate.txt');
    expect(copyFingerprint(duplicate).exact).toBe(copyFingerprint(first).exact);
    expect(copyFingerprint(nearDuplicate).exact).not.toBe(copyFingerprint(first).exact);

    const index = new CopyIndex();
    index.add(first);
    const exact = index.add(duplicate);
    expect(exact.kind).toBe('reprint');
    expect(exact.sources.map((source) => [source.article, source.share])).toEqual([[first.id, 1]]);
    expect(exact.sources[0].matches.flatMap((match) => match.edits.map((edit) => edit.op))).not.toContain('replace');
    expect(exact.sources[0].matches.every((match) => match.similarity === 1 && match.verbatim && match.sentence === match.source.sentence)).toBe(true);

    const near = index.add(nearDuplicate);
    expect(near.kind).toBe('reprint');
    expect(near.sources[0].article).toBe(first.id);
    expect(near.sources[0].share).toBeGreaterThanOrEqual(0.8);
    expect(near.sources[0].share).toBeLessThan(1);
    for (const [verdict, copy] of [[exact, duplicate], [near, nearDuplicate]] as const) expect(verdictProblems(verdict, byId([first, copy]))).toEqual([]);
  });

  it('never names a source published after the copy', () => {
    const later = { ...first, id: 'later', published: '2017-04-20' };
    const copy = { ...preparedText(asText(first), 'copy.txt'), published: '2017-04-12' };
    expect(compareCopies(copy, [later])).toEqual({ article: copy.id, kind: 'independent', sources: [] });
    expect(compareCopies(copy, [{ ...later, published: '2017-04-12T09:00:00Z' }]).kind).toBe('reprint');
  });
});

describe('copies in the bundled examples', async () => {
  const articles = await exampleArticles();
  const find = (start: string): SegmentedArticle => articles.find((article) => article.origin.input.split('/').pop()!.startsWith(start) && article.origin.item !== 2)!;
  const inDateOrder = [...articles].sort((a, b) => a.published!.localeCompare(b.published!));
  const index = new CopyIndex();
  const verdicts = new Map<string, CopyVerdict>(inDateOrder.map((article) => [article.id, index.add(article)]));

  it('finds the Trendline Buzz rewrite of Harbor Daily, the Lakeshore Morning Post reprint, and nothing else', () => {
    const harbor = find('harbor-daily');
    const trendline = find('trendline-buzz');
    const lakeshore = find('wire.jsonl');
    expect(lakeshore.id).toBe('lmp-2026-03-14-0412');
    const summary = Object.fromEntries([...verdicts].map(([id, verdict]) => [id, [verdict.kind, ...verdict.sources.map((source) => source.article)]]));
    expect(summary).toEqual(
      Object.fromEntries(
        articles.map((article) => [
          article.id,
          article === trendline ? ['rewrite', harbor.id] : article === lakeshore ? ['reprint', harbor.id] : ['independent'],
        ]),
      ),
    );
    expect(find('northgate-courier').id).toBeDefined();
    expect(verdicts.get(trendline.id)!.sources[0].share).toBe(1);
  });

  it('shows the rewrite\'s swaps as word edits: "officials" → "authorities", "gave way" → "collapsed", "urged" → "told"', () => {
    const harbor = find('harbor-daily');
    const trendline = find('trendline-buzz');
    const swaps = verdicts.get(trendline.id)!.sources[0].matches.flatMap((match) =>
      match.edits.filter((edit) => edit.op === 'replace').map((edit) => `${text(harbor, edit.source!)} → ${text(trendline, edit.copy!)}`),
    );
    expect(swaps).toEqual(expect.arrayContaining(['gave way → collapsed', 'urged → told', 'Emergency crews → Authorities', 'director of → who leads', 'the mayor → she']));
  });

  it('gives candidates kept without their tokens the verdicts of the articles themselves, edits aside', () => {
    const kept = inDateOrder.map(keptCandidate);
    const replays = articles.map((article) => preparedText(asText(article, article.paragraphs.slice(1).map((span) => text(article, span))), `replay-${article.id}.txt`));
    let matches = 0;
    for (const copy of [...articles, ...replays]) {
      const withEdits = compareCopies(copy, inDateOrder);
      const withoutEdits = { ...withEdits, sources: withEdits.sources.map((source) => ({ ...source, matches: source.matches.map(({ edits, ...match }) => match) })) };
      expect(compareCandidates(copy, kept)).toEqual(withoutEdits);
      expect(compareCopies(copy, inDateOrder, undefined, { edits: false })).toEqual(withoutEdits);
      for (const source of withEdits.sources) matches += source.matches.length;
    }
    expect(matches).toBeGreaterThan(30);
  });

  it('keeps every span of every verdict inside its article, and the edits rebuild both sentences', () => {
    const ids = byId(articles);
    for (const verdict of verdicts.values()) expect(verdictProblems(verdict, ids)).toEqual([]);
  });
});

describe('copies API', () => {
  const article = preparedText('Title\n\nA dam failed on Saturday above the town, officials said on Sunday.\n', 'dam.txt');

  it('exports its defaults and rejects unknown or impossible options', () => {
    expect(defaultCopyOptions.hashes % defaultCopyOptions.bands).toBe(0);
    expect(() => new CopyIndex({ bands: 7 })).toThrow(/^tidings: expected copies.bands to divide copies.hashes \(128\), got number 7$/);
    expect(() => compareCopies(article, [], { threshold: 1 } as never)).toThrow(/^tidings: expected a copies option/);
    expect(() => copyFingerprint(article, { matchThreshold: 2 })).toThrow(/^tidings: expected copies.matchThreshold between 0 and 1, got number 2$/);
  });

  it('rejects articles that were not segmented and candidates that are not an array', () => {
    const { sentences, tokens, ...unsegmented } = article;
    expect(sentences.length + tokens.length).toBeGreaterThan(0);
    expect(() => new CopyIndex().add(unsegmented as never)).toThrow(/^tidings: CopyIndex.add expected a segmented article/);
    expect(() => compareCopies(article, 'earlier' as never)).toThrow(/^tidings: expected earlier articles as an array, got "earlier"$/);
  });

  it('never compares an article with itself, and leaves its inputs unchanged', () => {
    const frozen = structuredClone(article);
    expect(compareCopies(article, [article]).kind).toBe('independent');
    const index = new CopyIndex();
    index.add(article);
    expect(index.add(article).kind).toBe('independent');
    expect(index.size).toBe(2);
    expect(article).toEqual(frozen);
  });
});
