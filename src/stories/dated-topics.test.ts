/**
 * Stories over time on the dated topics of DUC 2004 (../shared/data,
 * evaluation data, absent on a user's machine), fed in publication order as
 * ingest feeds them. The floors sit a little below what bench/dated-stories.ts
 * measured when they were written (B-cubed P .963, F1 .668 at the defaults;
 * related links .804 within one topic, threads F1 .816).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { available, SHARED } from '../read/test-support/shared-data.js';
import { StoryClusterer, type StoryOptions } from './index.js';
import { addAll, clusteringScores, linkScores } from './test-support/clustering.js';
import { ducTopics, type DatedTopics } from './test-support/dated-topics.js';

const DUC = `${SHARED}data/duc2004`;

describe.skipIf(!available(`${DUC}/docs`, 'stories over time on DUC 2004'))('stories over time on DUC 2004', () => {
  let topics: DatedTopics;
  beforeAll(() => {
    topics = ducTopics(DUC);
  });
  const group = (options: Partial<StoryOptions>) => {
    const clusterer = new StoryClusterer(options);
    const predicted = new Map(topics.profiles.map((profile) => [profile.id, clusterer.add(profile).story]));
    return clusteringScores(predicted, topics.gold);
  };

  it('keeps the 50 topics apart and follows each over weeks', () => {
    const { b3, clusters } = group({});
    expect(b3.p).toBeGreaterThan(0.93);
    expect(b3.f).toBeGreaterThan(0.64);
    expect(clusters).toBeLessThan(230);
  });

  it('links the stories one topic splits into more often than stories of two topics', () => {
    const { predicted, links } = addAll(new StoryClusterer(), topics.profiles);
    const scores = linkScores(predicted, topics.gold, links);
    expect(scores.links).toBeGreaterThan(100);
    expect(scores.precision).toBeGreaterThan(0.75);
    expect(scores.threads.b3.f).toBeGreaterThan(group({}).b3.f + 0.1);
  });

  it('splits more as the half-life shortens', () => {
    const week = group({ halfLifeDays: 6 });
    const month = group({ halfLifeDays: 30 });
    expect(week.b3.r).toBeLessThan(month.b3.r);
    expect(week.clusters).toBeGreaterThan(month.clusters);
  });
});
