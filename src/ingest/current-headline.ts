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
 * new articles read.
 */
import type { SegmentedArticle } from '../article.js';
import { reportArticles } from '../facts/index.js';
import { segment } from '../segment/index.js';
import { grow, type Store, type StoryArticle, type StoryGrowth, type StoryHeadline } from '../store/index.js';
import { BoundedMap } from '../store/bounded-map.js';
import { developmentOf, rankedHeadline, readCounts, type CountReading } from '../summarize/index.js';
import { throughReprints } from './story.js';

/** What the headline of a story reads of one of its articles. */
interface HeadlineReading {
  headline: { text: string; rank: number } | undefined;
  /** Its lede's counts (`readCounts` with `lede`). */
  counts: CountReading;
}

/** Articles whose readings an ingest keeps: the size of a few days of a busy stream. */
const KEPT_READINGS = 50_000;

/** Each article's `HeadlineReading`, by id: those of the arrivals kept as they come, those of stored articles read once when first needed. */
export class HeadlineReadings {
  private readonly known = new BoundedMap<string, HeadlineReading>(KEPT_READINGS);

  /**
   * Keeps what the headline reads of an arrival (its headline as ingest
   * ranked it); says whether its story's headline may have been superseded:
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
      const segmented = segment(article);
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

/** Heads again each of these stories whose headline gives a figure a later day raised (`currentHeadline`). */
export async function keepHeadlinesCurrent(store: Store, stories: Iterable<string>, readings = new HeadlineReadings()): Promise<void> {
  for (const id of new Set(stories)) {
    const headline = await currentHeadline(store, id, readings);
    if (headline !== undefined) await store.setStoryHeadline(id, headline);
  }
}

/**
 * The story's headline chosen again among the articles it reads whose figure
 * for a count no later day raised, when the article its stored headline
 * comes from (the first giving it, as `storyView` finds it, else the first
 * article left unread titled so: a late reprint) gives such a figure;
 * undefined when the stored one stands. Only a story told over more than one
 * day is read.
 */
async function currentHeadline(store: Store, id: string, readings: HeadlineReadings): Promise<StoryHeadline | undefined> {
  const detail = await store.story(id);
  if (detail === undefined) return undefined;
  const { story } = detail;
  if (story.headline === null || story.size < 2 || story.firstSeen.slice(0, 10) === story.lastSeen.slice(0, 10)) return undefined;
  const read = await readings.of(store, reportArticles(detail.articles, throughReprints(detail.copies)).read);
  const gives = ({ reading }: { reading: HeadlineReading }) => reading.headline?.text === story.headline;
  let source = read.findIndex(gives);
  const counted = read.map(({ reading }) => reading.counts);
  if (source < 0) {
    const readIds = new Set(read.map(({ article }) => article.id));
    const titled = detail.articles.find((article) => article.title === story.headline && !readIds.has(article.id));
    const [unread] = titled === undefined ? [] : (await readings.of(store, [titled])).filter(gives);
    if (unread === undefined) return undefined;
    source = counted.push(unread.reading.counts) - 1;
  }
  if (counted[source].counts.length === 0) return undefined;
  const outdated = developmentOf(counted).outdated;
  if (!outdated.has(source)) return undefined;
  const chosen = grownHeadline(read.filter((_, index) => !outdated.has(index)).map(({ article, reading }) => ({ article, headline: reading.headline })));
  return chosen === undefined || chosen.headline === story.headline ? undefined : chosen;
}

/** The headline the story's row would keep were these its articles (`grow`, as a batch grows a story); undefined when none offers one. */
function grownHeadline(articles: ReadonlyArray<{ article: StoryArticle; headline: HeadlineReading['headline'] }>): StoryHeadline | undefined {
  const growth = new Map<string, StoryGrowth>();
  for (const { article, headline } of articles) grow(growth, '', { headline: headline?.text, headlineRank: headline?.rank ?? 0 }, article.title, article.seen, article.published);
  const grown = growth.get('');
  return grown?.headline == null ? undefined : { headline: grown.headline, headlineRank: grown.headlineRank, headlineSeen: grown.headlineSeen };
}
