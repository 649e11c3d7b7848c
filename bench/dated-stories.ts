/**
 * Story grouping over time: the DUC 2004 topics (50, 489 dated articles of
 * 1998) and the MultiLing 2011 English stories (10, 100 dated articles), each
 * fed to one `StoryClusterer` in publication order, as `ingest` feeds a
 * stream, and scored against the topics: B-cubed P/R/F1, pairwise F1, the
 * number of stories. ECB+ (bench/ecbplus.ts) has no dates, so this is where
 * the time decay shows: every row is at the default options except
 * `halfLifeDays`, the sweep, and "none" leaves time out. A topic here is
 * broader than an ECB+ event (the arrest, the hearings and the appeal of one
 * case), so recall is the figure to watch. A last table feeds each set
 * after the other's articles: DUC's 1998 topics after MultiLing's 2005–2011
 * stories is an archive backfilled into a database holding newer news.
 * Reads ../shared/data (research data, evaluation only); skips when it is
 * absent.
 *
 *   npx tsx bench/dated-stories.ts                 the sweep at default options
 *   npx tsx bench/dated-stories.ts threshold=0.46  override any story option
 */
import { defaultStoryOptions, StoryClusterer, type StoryOptions } from '../src/stories/index.js';
import { addAll, clusteringScores, linkScores } from '../src/stories/test-support/clustering.js';
import { ducTopics, multilingTopics, type DatedTopics } from '../src/stories/test-support/dated-topics.js';
import { parseOverrides, sharedData } from './shared-data.js';

const HALF_LIVES = [6, 15, 30, 60, Infinity];
const RELATED_THRESHOLDS = [0.3, 0.35, 0.4, 0.45];

/** The scores of `topics` grouped by `clusterer` (which may hold other articles already). */
function scoreCells(clusterer: StoryClusterer, topics: DatedTopics): string {
  const predicted = new Map<string, string>();
  for (const profile of topics.profiles) predicted.set(profile.id, clusterer.add(profile).story);
  const { b3, pairwise, clusters } = clusteringScores(predicted, topics.gold);
  const f3 = (value: number): string => value.toFixed(3);
  return `${f3(b3.p)} | ${f3(b3.r)} | ${f3(b3.f)} | ${f3(pairwise.f)} | ${clusters} | ${new Set(topics.gold.values()).size} |`;
}

function row(name: string, topics: DatedTopics, options: Partial<StoryOptions>, halfLifeDays: number): string {
  const clusterer = new StoryClusterer({ ...options, halfLifeDays: Number.isFinite(halfLifeDays) ? halfLifeDays : Number.MAX_VALUE });
  const life = Number.isFinite(halfLifeDays) ? String(halfLifeDays) : 'none';
  const shown = halfLifeDays === (options.halfLifeDays ?? defaultStoryOptions.halfLifeDays) ? `**${life}**` : life;
  return `| ${name} | ${shown} | ${scoreCells(clusterer, topics)}`;
}

/** `topics` fed after every article of `before`, scored on its own articles. */
function afterRow(name: string, topics: DatedTopics, beforeName: string, before: DatedTopics, options: Partial<StoryOptions>): string {
  const clusterer = new StoryClusterer(options);
  for (const profile of before.profiles) clusterer.add(profile);
  return `| ${name} | ${beforeName} | ${scoreCells(clusterer, topics)}`;
}

/** Related-story links at one `relatedThreshold`: how many, how many join stories of one topic, and the threads they make. */
function relatedRow(name: string, topics: DatedTopics, options: Partial<StoryOptions>, relatedThreshold: number): string {
  const { predicted, links } = addAll(new StoryClusterer({ ...options, relatedThreshold }), topics.profiles);
  const scores = linkScores(predicted, topics.gold, links);
  const f3 = (value: number): string => value.toFixed(3);
  const shown = relatedThreshold === (options.relatedThreshold ?? defaultStoryOptions.relatedThreshold) ? `**${relatedThreshold}**` : String(relatedThreshold);
  const { threads } = scores;
  return `| ${name} | ${shown} | ${scores.links} | ${f3(scores.precision)} | ${f3(scores.recall)} | ${f3(threads.b3.p)} | ${f3(threads.b3.r)} | ${f3(threads.b3.f)} | ${threads.clusters} |`;
}

function main(): void {
  const duc = sharedData('duc2004');
  const multiling = sharedData('multiling2011');
  if (!duc || !multiling) return;
  const options = parseOverrides<StoryOptions>(process.argv.slice(2));
  const sets = [['DUC 2004', ducTopics(duc, options)], ['MultiLing 2011', multilingTopics(multiling, options)]] as const;
  console.log('Story grouping of dated topics in publication order (default options; halfLifeDays swept, the default in bold)\n');
  console.log('| set | halfLifeDays | B3 P | B3 R | B3 F1 | pairwise F1 | stories | topics |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name, topics] of sets) for (const halfLife of HALF_LIVES) console.log(row(name, topics, options, halfLife));
  console.log('\nRelated stories (relatedThreshold swept, the default in bold): story pairs linked, the share of them within one topic, the share of');
  console.log("one topic's story pairs linked; threads (stories joined through their links) scored like stories\n");
  console.log('| set | relatedThreshold | links | link precision | link recall | thread B3 P | thread B3 R | thread B3 F1 | threads |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [name, topics] of sets) for (const threshold of RELATED_THRESHOLDS) console.log(relatedRow(name, topics, options, threshold));
  console.log('\nEach set fed after all of the other (default options), scored on its own articles: DUC 2004 (1998) after MultiLing 2011');
  console.log('(2005 onwards) is an archive backfilled after newer news; the scores should match the first table\'s bold rows\n');
  console.log('| set | fed after | B3 P | B3 R | B3 F1 | pairwise F1 | stories | topics |');
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(afterRow(sets[0][0], sets[0][1], sets[1][0], sets[1][1], options));
  console.log(afterRow(sets[1][0], sets[1][1], sets[0][0], sets[0][1], options));
}

main();
