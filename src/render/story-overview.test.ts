import { describe, expect, it } from 'vitest';
import { storyDays, storyOverview } from './story-overview.js';

describe('storyOverview', () => {
  it.each([
    [{ size: 6, outlets: 5, firstSeen: '2026-03-14T08:00:00Z', lastSeen: '2026-03-15T09:30:00Z', firstPublished: '2026-03-14T08:00:00Z', lastPublished: '2026-03-15T09:30:00Z' }, '6 articles from 5 outlets, 2026-03-14 to 2026-03-15'],
    [{ size: 1, outlets: 1, firstSeen: '2026-03-14', lastSeen: '2026-03-14', firstPublished: '2026-03-14', lastPublished: '2026-03-14' }, '1 article from 1 outlet, 2026-03-14'],
    [{ size: 2, outlets: 0, firstSeen: '2017-04-12', lastSeen: '2017-04-12T20:00:00Z', firstPublished: '2017-04-12', lastPublished: '2017-04-12T20:00:00Z' }, '2 articles, 2017-04-12'],
    // an undated article's ingest day is not the story's
    [{ size: 3, outlets: 3, firstSeen: '2026-03-14', lastSeen: '2026-12-06T10:00:00Z', firstPublished: '2026-03-14', lastPublished: '2026-03-15' }, '3 articles from 3 outlets, 2026-03-14 to 2026-03-15'],
    // the earliest report (00:00 UTC on the 15th) writes a later day than the latest (04:30 UTC, written in New York on the 14th)
    [{ size: 2, outlets: 2, firstSeen: '2026-03-15', lastSeen: '2026-03-14T23:30:00-05:00', firstPublished: '2026-03-15', lastPublished: '2026-03-14T23:30:00-05:00' }, '2 articles from 2 outlets, 2026-03-14 to 2026-03-15'],
    [{ size: 2, outlets: 1, firstSeen: '2026-12-06T10:00:00Z', lastSeen: '2026-12-06T10:00:01Z', firstPublished: null, lastPublished: null }, '2 articles from 1 outlet, no article dated (ingested 2026-12-06)'],
  ])('%j → %s', (story, line) => {
    expect(storyOverview(story)).toBe(line);
  });
});

describe('storyDays', () => {
  it('names the day an undated article ingested after the dated ones updated the story, which orders the list', () => {
    expect(storyDays({ firstSeen: '2026-11-16T07:20:00Z', lastSeen: '2026-12-07T04:00:00Z', firstPublished: '2026-11-16T07:20:00Z', lastPublished: '2026-11-16T07:20:00Z' })).toEqual({ first: '2026-11-16', last: '2026-11-16', ingested: false, updatedUndated: '2026-12-07' });
    expect(storyDays({ firstSeen: '2026-11-18', lastSeen: '2026-11-19T07:30:00Z', firstPublished: '2026-11-18', lastPublished: '2026-11-19T07:30:00Z' })).toEqual({ first: '2026-11-18', last: '2026-11-19', ingested: false });
  });
});
