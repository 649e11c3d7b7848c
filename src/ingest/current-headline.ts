/**
 * A developing story's stored headline kept current: the headline `stories`,
 * the stories page, the feed and the API list show is the story's row's, the
 * earliest of its best-ranked titles or openings (`grow`), chosen as its
 * articles arrive. When a later day's reports raise a count the story is told
 * by (a storm's toll three on Monday, eleven on Wednesday), the article that
 * headline comes from may give a figure no longer current ("Storm kills
 * three"): after each ingest batch, each story an arrival leading with a
 * count (or saying all who were missing are found) joined, and after a
 * removal each story made again, whose headline comes from such an article
 * is headed again by the same rule among its articles whose figure no later
 * day raised (`Development.outdated`, read over the articles the summary
 * reads: `reportArticles`), as `storyView` heads its summary. What that
 * reads of each article, its ledes' counts and its headline, is kept for the
 * ingest (`HeadlineReadings`): a story growing batch after batch has only its
 * new articles read. The stories to check are written with the batch or the
 * removal that makes them so (`IngestBatch.headlineChecks`) and forgotten once
 * checked: a process killed in between leaves them to the next ingest or
 * removal (`checkLeftHeadlines`).
 */
import type { SegmentedArticle } from '../article.js';
import { reportArticles } from '../facts/index.js';
import { segment, type SegmentOptions } from '../segment/index.js';
import { grow, type HeadlineSources, type Store, type StoryGrowth, type StoryHeadline, type StoryRow } from '../store/index.js';
import { BoundedMap } from '../store/bounded-map.js';
import { developmentOf, rankedHeadline, readCounts, type CountReading } from '../summarize/index.js';
import { instantOf } from '../time.js';
import { throughReprints } from './story.js';

/** What the headline of a story reads of one of its articles. */
interface HeadlineReading {
  headline: { text: string; rank: number } | undefined;
  /** Its lede's counts (`readCounts` with `lede`). */
  counts: CountReading;
}

/** A story's article as choosing its headline again reads it. */
type SourceArticle = HeadlineSources['articles'][number];

/** Articles whose readings an ingest keeps: the size of a few days of a busy stream. */
const KEPT_READINGS = 50_000;

/**
 * Each article's `HeadlineReading`, by id: those of the arrivals kept as they
 * come, those of stored articles read once when first needed, segmented with
 * `segmentOptions` as ingest segmented them.
 */
export class HeadlineReadings {
  private readonly known = new BoundedMap<string, HeadlineReading>(KEPT_READINGS);
  constructor(private readonly segmentOptions?: Partial<SegmentOptions>) {}

  /**
   * Keeps what the headline reads of an arrival, or of a stored article
   * segmented for another reason (its headline as ingest ranked it); says whether its story's headline may have been superseded:
   * its lede states a count, or says all who were missing are found.
   */
  remember(article: SegmentedArticle, headline: { text: string; rank: number } | undefined): boolean {
    const counts = readCounts(article, { lede: true });
    this.known.set(article.id, { headline, counts });
    return counts.counts.length > 0 || counts.foundDays.length > 0;
  }

  /** The readings of those of these articles the store holds, in their order; those not kept are read from the store. */
  async of<T extends { id: string }>(store: Store, articles: readonly T[]): Promise<Array<{ article: T; reading: HeadlineReading }>> {
    const readings = new Map<string, HeadlineReading>();
    for (const { id } of articles) {
      const reading = this.known.get(id);
      if (reading !== undefined) readings.set(id, reading);
    }
    const missing = articles.filter(({ id }) => !readings.has(id)).map(({ id }) => id);
    for (const article of missing.length === 0 ? [] : await store.articles(missing)) {
      const segmented = segment(article, this.segmentOptions);
      const reading = { headline: rankedHeadline(segmented), counts: readCounts(segmented, { lede: true }) };
      this.known.set(article.id, reading);
      readings.set(article.id, reading);
    }
    return articles.flatMap((article) => {
      const reading = readings.get(article.id);
      return reading === undefined ? [] : [{ article, reading }];
    });
  }
}

/**
 * Heads again each of these stories whose headline gives a figure a later
 * day raised (`currentHeadline`), then forgets their checks
 * (`Store.headlinesChecked`). Only a story of two articles or more told over
 * more than one day is read: the others are passed over on their rows.
 */
export async function keepHeadlinesCurrent(store: Store, stories: Iterable<string>, readings = new HeadlineReadings()): Promise<void> {
  const ids = [...new Set(stories)];
  if (ids.length === 0) return;
  for (const row of await store.listStories(ids.length, { only: new Set(ids) })) {
    if (row.headline === null || row.size < 2 || row.firstSeen.slice(0, 10) === row.lastSeen.slice(0, 10)) continue;
    const headline = await currentHeadline(store, row, readings);
    if (headline !== undefined) await store.setStoryHeadline(row.id, headline);
  }
  await store.headlinesChecked(ids);
}

/**
 * Checks the stories a batch or a removal left unchecked (`Store.headlineChecks`):
 * a process killed before it checked them. Each is checked on its own; one
 * whose check fails is forgotten all the same, and the first failure thrown
 * once the rest are checked, so one story that cannot be read stops one run,
 * not every ingest and removal after it.
 */
export async function checkLeftHeadlines(store: Store, readings?: HeadlineReadings): Promise<void> {
  let failure: { error: unknown } | undefined;
  for (const id of await store.headlineChecks()) {
    try {
      await keepHeadlinesCurrent(store, [id], readings);
    } catch (error) {
      failure ??= { error };
      await store.headlinesChecked([id]);
    }
  }
  if (failure !== undefined) throw failure.error;
}

/**
 * The story's headline chosen again among the articles it reads whose figure
 * for a count no later day raised, when the article its stored headline
 * comes from (the first giving it, as `storyView` finds it, else one left
 * unread: `unreadSource`) gives such a figure; undefined when the stored one
 * stands.
 */
async function currentHeadline(store: Store, row: StoryRow, readings: HeadlineReadings): Promise<StoryHeadline | undefined> {
  const sources = await store.headlineSources(row.id);
  if (sources === undefined || sources.headline === null) return undefined;
  const { headline } = sources;
  const read = await readings.of(store, reportArticles(sources.articles, throughReprints(sources.copies)).read);
  const gives = ({ reading }: { reading: HeadlineReading }) => reading.headline?.text === headline;
  let source = read.findIndex(gives);
  const counted = read.map(({ reading }) => reading.counts);
  if (source < 0) {
    const unread = await unreadSource(store, sources, new Set(read.map(({ article }) => article.id)), readings, gives);
    if (unread === undefined) return undefined;
    source = counted.push(unread.reading.counts) - 1;
  }
  if (counted[source].counts.length === 0) return undefined;
  const outdated = developmentOf(counted).outdated;
  if (!outdated.has(source)) return undefined;
  const chosen = grownHeadline(read.filter((_, index) => !outdated.has(index)).map(({ article, reading }) => ({ article, headline: reading.headline })));
  return chosen === undefined || chosen.headline === headline ? undefined : chosen;
}

/**
 * The article left unread (a late reprint, in a story of more articles than
 * its summary reads) that the story's headline comes from: the first titled
 * so, else one of the date the headline was taken at (an untitled article
 * headed by its opening).
 */
async function unreadSource(
  store: Store,
  sources: HeadlineSources,
  readIds: ReadonlySet<string>,
  readings: HeadlineReadings,
  gives: (read: { reading: HeadlineReading }) => boolean,
): Promise<{ article: SourceArticle; reading: HeadlineReading } | undefined> {
  const unread = sources.articles.filter((article) => !readIds.has(article.id));
  const titled = unread.find((article) => article.title === sources.headline);
  const [byTitle] = titled === undefined ? [] : (await readings.of(store, [titled])).filter(gives);
  if (byTitle !== undefined) return byTitle;
  const taken = instantOf(sources.headlineSeen);
  return (await readings.of(store, unread.filter((article) => article !== titled && instantOf(article.seen) === taken))).find(gives);
}

/** The headline the story's row would keep were these its articles (`grow`, as a batch grows a story); undefined when none offers one. */
function grownHeadline(articles: ReadonlyArray<{ article: SourceArticle; headline: HeadlineReading['headline'] }>): StoryHeadline | undefined {
  const growth = new Map<string, StoryGrowth>();
  for (const { article, headline } of articles) grow(growth, '', { headline: headline?.text, headlineRank: headline?.rank ?? 0 }, article.title, article.seen, article.published);
  const grown = growth.get('');
  return grown?.headline == null ? undefined : { headline: grown.headline, headlineRank: grown.headlineRank, headlineSeen: grown.headlineSeen };
}
