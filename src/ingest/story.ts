/**
 * A stored story ready to show: its detail, its articles segmented again, and
 * its cited summary, computed the first time it is asked for at each story
 * version (and summarizer revision) and cached in the store (not on every
 * arrival: ingest stays fast).
 * The summary quotes originals: a reprint's or rewrite's sentences are cited,
 * never picked, when what it copied is in the story. It reads what the
 * story's report reads (`reportArticles`): every article of a story of up to
 * `REPORT_MAX_ARTICLES`, else its originals and rewrites first, then its
 * earliest reprints, so its time is bounded however large the story grows.
 * A copy whose source is itself a reprint in the story is shown as a copy of
 * what that reprints, to the first report (`throughReprints`), as ingesting
 * in publication order names it: an archive read newest first re-points at
 * most 64 stored reprints to each older arrival (`retraceLater`), so older
 * ones are stored naming a reprint.
 * A cached summary that names an article the story no longer reads, or a
 * span its text does not hold, is made again (`fitsArticles`).
 */
import type { Article, SegmentedArticle, Span } from '../article.js';
import { expected } from '../errors.js';
import { reportArticles } from '../facts/index.js';
import { segment } from '../segment/index.js';
import type { CopyLink, Store, StoryDetail } from '../store/index.js';
import { summarize, SUMMARY_REVISION } from '../summarize/index.js';
import type { Summary } from '../summarize/types.js';

export interface ShownStory extends StoryDetail {
  /** The story's articles as stored, oldest first. */
  stored: Article[];
  /** The articles its summary and report read (`reportArticles`: all of a story of up to `REPORT_MAX_ARTICLES`), oldest first, with sentences and tokens. */
  segmented: SegmentedArticle[];
  summary: Summary;
  /** True when the summary came from the cache. */
  cached: boolean;
}

/** The story with this id, or undefined when the store has none. */
export async function showStory(store: Store, id: string): Promise<ShownStory | undefined> {
  if (typeof id !== 'string') expected('a story id string', id);
  const found = await store.story(id);
  if (found === undefined) return undefined;
  const detail = { ...found, copies: throughReprints(found.copies) };
  const stored = await store.storyArticles(id);
  const segmented = reportArticles(stored, detail.copies).read.map((article) => segment(article));
  const saved = await store.cachedSummary(id, detail.story.version, SUMMARY_REVISION);
  if (saved !== undefined && fitsArticles(saved, segmented)) return { ...detail, stored, segmented, summary: saved, cached: true };
  const inStory = new Set(stored.map((article) => article.id));
  const copies = detail.copies.filter((copy) => inStory.has(copy.source)).map((copy) => copy.article);
  const summary = summarize(segmented, { copies });
  await store.saveSummary(id, detail.story.version, SUMMARY_REVISION, summary);
  return { ...detail, stored, segmented, summary, cached: false };
}

/**
 * True when every sentence, citation and headline of the summary names one of
 * these articles and its spans fit that article's text. A summary cached
 * before the story read other articles (another read order, a text replaced
 * at the same story version) fails this and is made again, never shown.
 */
function fitsArticles(summary: Summary, articles: readonly Article[]): boolean {
  const lengths = new Map(articles.map((article) => [article.id, article.text.length]));
  const fits = (id: string, span?: Span) => {
    const length = lengths.get(id);
    return length !== undefined && (span === undefined || (span.start >= 0 && span.start <= span.end && span.end <= length));
  };
  return (
    (summary.headline === undefined || fits(summary.headline.article, summary.headline.span)) &&
    summary.articles.every((id) => lengths.has(id)) &&
    (summary.outdated ?? []).every((id) => lengths.has(id)) &&
    summary.sentences.every((sentence) => sentence.parts.every((part) => fits(sentence.article, part)) && sentence.citations.every((citation) => fits(citation.article, citation.span)))
  );
}

/**
 * The copies, each whose source reprints another article of them named by the
 * article that one reprints in turn, to the first that reprints none. A copy
 * that took sentences from a reprint and others from what it reprints (a
 * rewrite traced again after the reprint was updated) is one copy of the
 * first report, its shares added: each sentence counts toward one source.
 */
export function throughReprints(copies: readonly CopyLink[]): CopyLink[] {
  const reprinted = new Map(copies.filter((copy) => copy.kind === 'reprint').map((copy) => [copy.article, copy.source]));
  const first = new Map<string, string>();
  const origin = (article: string): string => {
    const chain = new Set<string>();
    let at = article;
    while (reprinted.has(at) && !first.has(at) && !chain.has(at)) {
      chain.add(at);
      at = reprinted.get(at)!;
    }
    const found = first.get(at) ?? at;
    for (const link of chain) first.set(link, found);
    return found;
  };
  const merged = new Map<string, CopyLink>();
  for (const copy of copies) {
    const source = origin(copy.source);
    const shown = source === copy.source || source === copy.article ? copy : { ...copy, source };
    const key = `${shown.article}\u0000${shown.source}`;
    const earlier = merged.get(key);
    merged.set(key, earlier === undefined ? shown : { ...earlier, share: Math.min(1, earlier.share + shown.share) });
  }
  return [...merged.values()];
}
