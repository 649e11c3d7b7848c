/**
 * Stories over time on the dated topics of DUC 2004 (../shared/data,
 * evaluation data, absent on a user's machine), fed in publication order as
 * ingest feeds them. The floors sit a little below what bench/dated-stories.ts
 * measured when they were written (B-cubed P .961, F1 .757, 146 stories at the
 * defaults; 84 related links, .738 within one topic, threads F1 .828).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { available, SHARED } from '../read/test-support/shared-data.js';
import { StoryClusterer, type StoryOptions } from './index.js';
import { addAll, clusteringScores, linkScores } from './test-support/clustering.js';
import { ducTopics, multilingTopics, type DatedTopics } from './test-support/dated-topics.js';

const DUC = `${SHARED}data/duc2004`;
const MULTILING = `${SHARED}data/multiling2011`;

describe.skipIf(!available(`${DUC}/docs`, 'stories over time on DUC 2004'))('stories over time on DUC 2004', () => {
  let topics: DatedTopics;
  beforeAll(() => {
    topics = ducTopics(DUC);
  });
  const group = (options: Partial<StoryOptions>, clusterer = new StoryClusterer(options)) => {
    const predicted = new Map(topics.profiles.map((profile) => [profile.id, clusterer.add(profile).story]));
    return clusteringScores(predicted, topics.gold);
  };

  it('keeps the 50 topics apart and follows each over weeks', () => {
    const { b3, clusters } = group({});
    expect(b3.p).toBeGreaterThan(0.93);
    expect(b3.f).toBeGreaterThan(0.73);
    expect(clusters).toBeLessThan(170);
  });

  it('links the stories one topic splits into more often than stories of two topics', () => {
    const { predicted, links } = addAll(new StoryClusterer(), topics.profiles);
    const scores = linkScores(predicted, topics.gold, links);
    expect(scores.links).toBeGreaterThan(70);
    expect(scores.precision).toBeGreaterThan(0.7);
    expect(scores.threads.b3.f).toBeGreaterThan(group({}).b3.f + 0.05);
  });

  it('joins more of a topic\'s reports of the same days with the near-time relief than without', () => {
    const without = group({ nearTimeRelief: 0 });
    const relieved = group({});
    expect(relieved.b3.r).toBeGreaterThan(without.b3.r + 0.05);
    expect(relieved.b3.p).toBeGreaterThan(without.b3.p - 0.01);
  });

  it.skipIf(!available(`${MULTILING}/sources`, 'a DUC 2004 backfill after MultiLing 2011'))('groups the 1998 topics as well when they are backfilled after newer news (MultiLing 2011, 2005 onwards)', () => {
    const fresh = group({});
    const afterNewer = new StoryClusterer();
    for (const profile of multilingTopics(MULTILING).profiles) afterNewer.add(profile);
    const backfilled = group({}, afterNewer);
    expect(backfilled.b3.f).toBeGreaterThan(fresh.b3.f - 0.02);
    expect(backfilled.clusters).toBeLessThan(fresh.clusters + 10);
  });

  it('splits more as the half-life shortens', () => {
    const week = group({ halfLifeDays: 6 });
    const month = group({ halfLifeDays: 30 });
    expect(week.b3.r).toBeLessThan(month.b3.r);
    expect(week.clusters).toBeGreaterThan(month.clusters);
  });
});
