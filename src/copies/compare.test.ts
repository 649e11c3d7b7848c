import { describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../article.js';
import { seededRandom } from '../test-support/random.js';
import { instantOf } from '../time.js';
import { compareCopies, publishedAfter, publishedAfterOf, sortByDate } from './compare.js';
import { preparedText, sentenceText, text, verdictProblems } from './test-support/articles.js';

/** The order `sortByDate` kept before it read each date once: `publishedAfter` asked at every comparison. */
function sortedByAsking<C extends { published?: string }>(articles: readonly C[]): C[] {
  return articles
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => (publishedAfter(a.candidate, b.candidate) ? 1 : publishedAfter(b.candidate, a.candidate) ? -1 : a.order - b.order))
    .map(({ candidate }) => candidate);
}

describe('sortByDate', () => {
  it('orders as publishedAfter compares, on dates with and without times, offsets and unreadable ones', () => {
    const next = seededRandom(2323);
    const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
    const date = () => {
      const day = `2026-0${1 + Math.floor(next() * 3)}-1${Math.floor(next() * 3)}`;
      return pick([day, `${day}T0${Math.floor(next() * 3)}:${pick(['05', '30'])}`, `${day}T11:05:00Z`, `${day}T23:30:00+05:00`, `${day}Tnoon`, 'sometime in March']);
    };
    for (let round = 0; round < 200; round++) {
      const articles = Array.from({ length: 1 + Math.floor(next() * 12) }, (_, i) => ({ id: `a${i}`, published: date() }));
      expect(sortByDate(articles).map((article) => article.id)).toEqual(sortedByAsking(articles).map((article) => article.id));
    }
  });
});

/** `a` after `b` as documented: to the minute when both dates carry a readable time, else by calendar day; false when either is missing. */
function afterAsDocumented(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const [ta, tb] = [a, b].map((date) => (date.length > 10 ? instantOf(date) : NaN));
  return Number.isFinite(ta) && Number.isFinite(tb) ? ta > tb : a.slice(0, 10) > b.slice(0, 10);
}

describe('publishedAfter', () => {
  it('is publishedAfterOf with the later article given first, on dates with and without times, offsets, unreadable and missing ones', () => {
    const dates = [undefined, '2026-03-14', '2026-03-15', '2026-03-14T11:05', '2026-03-14T11:05:00Z', '2026-03-14T23:30:00+05:00', '2026-03-14Tnoon', 'sometime in March'];
    for (const b of dates) {
      const afterB = publishedAfterOf({ published: b });
      for (const a of dates) {
        expect(afterB({ published: a })).toBe(afterAsDocumented(a, b));
        expect(publishedAfter({ published: a }, { published: b })).toBe(afterAsDocumented(a, b));
      }
    }
  });


  it('reads a time written with no zone as UTC, as instantOf does, whatever zone the machine runs in', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const wire = { id: 'wire', published: '2026-11-12T08:00' };
      const regional = { id: 'regional', published: '2026-11-12T10:00:00Z' };
      expect(publishedAfter(wire, regional)).toBe(false);
      expect(publishedAfter(regional, wire)).toBe(true);
      expect(sortByDate([regional, wire]).map((article) => article.id)).toEqual(['wire', 'regional']);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

const FLOODGATE = `Floodgate fails at Pellham Quay

A tidal floodgate at Pellham Quay jammed open on Thursday night, letting seawater into forty shops along the harbour front.

The Marlow Rivers Authority said a hydraulic ram had seized during the evening high tide.

Engineers worked through the night to lower the gate by hand, and the water had drained from the street by dawn.

Shop owners said the authority had been warned about the ram in a survey last spring.

Insurers expect claims from the shops to run into hundreds of thousands of pounds.
`;

/** The source's sentences merged (first two), split (the third) and moved (the last first), each word kept. */
const SPUN_FLOODGATE = `Pellham Quay floodgate jams

Insurers expect claims from the shops to run into hundreds of thousands of pounds.

A tidal floodgate at Pellham Quay jammed open on Thursday night, letting seawater into forty shops along the harbour front, and the Marlow Rivers Authority said a hydraulic ram had seized during the evening high tide.

Engineers worked through the night to lower the gate by hand. The water had drained from the street by dawn.

Shop owners said the authority had been warned about the ram in a survey last spring.
`;

/** The same event reported independently: the same facts, none of the sentences. */
const OTHER_FLOODGATE = `Seawater floods Pellham shops

Forty shops on the Pellham harbour front were flooded on Thursday when the quay's tidal gate stuck open.

A seized hydraulic ram was to blame, according to the rivers authority, whose engineers lowered the gate by hand overnight.

By Friday morning the street was dry, but traders were counting the cost.
`;

describe('rewrites that merge and split sentences', () => {
  const source = preparedText(FLOODGATE, 'floodgate.txt');
  const find = (article: SegmentedArticle, start: string) => article.sentences.findIndex((_, i) => sentenceText(article, i).startsWith(start));

  it('takes a merged sentence from the two it joins and both halves of a split one from the sentence they split', () => {
    const spun = preparedText(SPUN_FLOODGATE, 'spun.txt');
    const verdict = compareCopies(spun, [source]);
    expect(verdict.kind).toBe('rewrite');
    expect(verdict.sources.map((taken) => [taken.article, taken.share])).toEqual([[source.id, 1]]);
    const from = new Map(verdict.sources[0].matches.map((match) => [match.sentence, match.source]));
    const merged = from.get(find(spun, 'A tidal floodgate'))!;
    expect(merged.sentence).toBe(find(source, 'A tidal floodgate'));
    expect(merged.span).toEqual({ start: source.sentences[merged.sentence].start, end: source.sentences[find(source, 'The Marlow')].end });
    for (const half of ['Engineers worked', 'The water had']) expect(from.get(find(spun, half))?.sentence).toBe(find(source, 'Engineers worked'));
    expect(verdictProblems(verdict, new Map([source, spun].map((article) => [article.id, article])))).toEqual([]);
  });

  it('takes a sentence merging two that were not adjacent (the one between left out) from both, the span running through them', () => {
    const spun = preparedText(
      `Quay gate jams\n\nA tidal floodgate at Pellham Quay jammed open on Thursday night, letting seawater into forty shops along the harbour front, and engineers worked through the night to lower the gate by hand, and the water had drained from the street by dawn.\n\nShop owners said the authority had been warned about the ram in a survey last spring.\n`,
      'merged-across.txt',
    );
    const verdict = compareCopies(spun, [source]);
    const merged = verdict.sources[0]?.matches.find((match) => match.sentence === find(spun, 'A tidal floodgate'));
    expect(merged?.source.span).toEqual({ start: source.sentences[find(source, 'A tidal floodgate')].start, end: source.sentences[find(source, 'Engineers worked')].end });
    const changed = merged!.edits.filter((edit) => edit.op !== 'equal').map((edit) => [edit.op, edit.source ? text(source, edit.source) : '', text(spun, edit.copy!)]);
    expect(changed).toEqual([['insert', '', 'and']]);
    expect(merged!.edits.every((edit) => !edit.source || edit.source.end <= source.sentences[find(source, 'The Marlow')].start || edit.source.start >= source.sentences[find(source, 'Engineers worked')].start)).toBe(true);
    expect(merged!.merged && text(source, merged!.merged.leftOut!)).toBe('The Marlow Rivers Authority said a hydraulic ram had seized during the evening high tide.');
    expect(verdictProblems(verdict, new Map([source, spun].map((article) => [article.id, article])))).toEqual([]);
  });

  it('shows a merged sentence\'s edits as the one word joining the two, and each split half\'s against the part of the sentence it took', () => {
    const spun = preparedText(SPUN_FLOODGATE, 'spun.txt');
    const matches = compareCopies(spun, [source]).sources[0].matches;
    const match = (start: string) => matches.find((found) => found.sentence === find(spun, start))!;
    const changed = (start: string) => match(start).edits.filter((edit) => edit.op !== 'equal');
    expect(changed('A tidal floodgate').map((edit) => [edit.op, text(spun, edit.copy!)])).toEqual([['insert', 'and']]);
    const merged = match('A tidal floodgate').merged!;
    expect([merged.sentence, text(source, merged.first), text(source, merged.second), merged.leftOut]).toEqual([find(source, 'The Marlow'), sentenceText(source, find(source, 'A tidal floodgate')), sentenceText(source, find(source, 'The Marlow')), undefined]);
    expect(changed('Engineers worked')).toEqual([]);
    expect(changed('The water had').map((edit) => [edit.op, text(source, edit.source!)])).toEqual([['delete', 'and']]);
    const first = match('Engineers worked').split!;
    const second = match('The water had').split!;
    expect([first.sentence, text(source, first.part), text(source, first.rest)]).toEqual([find(spun, 'The water had'), 'Engineers worked through the night to lower the gate by hand', 'and the water had drained from the street by dawn']);
    expect([second.sentence, text(source, second.part), text(source, second.rest)]).toEqual([find(spun, 'Engineers worked'), 'and the water had drained from the street by dawn', 'Engineers worked through the night to lower the gate by hand']);
  });

  it('does not join a sentence to the copied one before it when the two read as one score lower than the copied one alone', () => {
    const quoting = preparedText(
      `Quay owners respond\n\nThe Marlow Rivers Authority said a hydraulic ram had seized during the evening high tide. Engineers lowered the gate by hand.\n\nThe quay's owners have asked for the survey to be published in full.\n`,
      'quoting.txt',
    );
    const matches = compareCopies(quoting, [source], { rewriteShare: 0 }).sources[0]?.matches ?? [];
    expect(matches.map((match) => sentenceText(quoting, match.sentence))).toEqual(['The Marlow Rivers Authority said a hydraulic ram had seized during the evening high tide.']);
  });

  it('does not take an independent report of the same event for a rewrite, its sentences joined or not', () => {
    const other = preparedText(OTHER_FLOODGATE, 'other.txt');
    expect(compareCopies(other, [source])).toEqual({ article: other.id, kind: 'independent', sources: [] });
    expect(compareCopies(source, [other])).toEqual({ article: source.id, kind: 'independent', sources: [] });
  });
});

describe('a sentence other reports carry word for word', () => {
  const background = 'The quay was rebuilt in 1998 after storms breached the old harbour wall.';
  const earlier = { ...preparedText(`Pellham traders count the cost\n\nTraders on Pellham Quay began clearing flooded stock on Friday morning.\n\n${background}\n`, 'earlier.txt'), published: '2026-03-13T07:00:00Z' };
  const reprinted = { ...preparedText(`${FLOODGATE}\n${background}\n`, 'floodgate.txt'), published: '2026-03-13T09:00:00Z' };
  const reprint = { ...preparedText(`${FLOODGATE}\n${background}\n\nDistributed by Marlow Wire.\n`, 'reprint.txt'), published: '2026-03-13T12:00:00Z' };

  it('is taken from the article the copy reprints, not from an earlier one that also carries it', () => {
    const verdict = compareCopies(reprint, [earlier, reprinted]);
    expect(verdict.kind).toBe('reprint');
    expect(verdict.sources.map((source) => [source.article, source.share])).toEqual([[reprinted.id, 1]]);
  });

  it('stays with the earliest when the copy takes as many sentences from each', () => {
    const copy = { ...preparedText(`Quay history\n\n${background}\n`, 'history.txt'), published: '2026-03-14' };
    expect(compareCopies(copy, [reprinted, earlier]).sources.map((source) => source.article)).toEqual([earlier.id]);
  });
});
