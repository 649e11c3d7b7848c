import { expected } from '../errors.js';
import { checkedOnce, checkFraction, checkPositiveInteger, withDefaults } from '../options.js';

/**
 * How articles are grouped into stories. Two numbers decide most of it
 * (`threshold`, `entityWeight`); the others bound time, memory and cost.
 */
export interface StoryOptions {
  /**
   * An article joins the most similar story when their similarity (0–1, on
   * the square-root scale of `blend`) is at least this; otherwise it starts a
   * new story. Tuned on the odd topics of ECB+ with `entityWeight` (see
   * bench/README.md).
   */
  threshold: number;
  /**
   * Share of the similarity that comes from event-specific keys (names,
   * places, numbers, dates) rather than topical words; the rest is the
   * TF-IDF cosine of content-word stems. Tuned on the odd topics of ECB+
   * (0.3–0.5 equally good there, within the noise of the stream order);
   * of those, SemEval-2022 Task 8 prefers the least (see bench/README.md).
   */
  entityWeight: number;
  /**
   * Share of the similarity that comes from the headline (the title's
   * stems, or the first `leadSentences` sentences'): two reports of one event
   * tend to lead with the same facts. Chosen on SemEval-2022 Task 8 and the
   * odd topics of ECB+ (see bench/README.md).
   */
  leadWeight: number;
  /**
   * An article at least this similar to a story it does not join links its
   * own story to that one as related (`StoryAssignment.related`): an event's
   * follow-ups (the hearing after the arrest, the aid after the flood) that
   * `threshold` keeps as stories of their own. Chosen on the dated topics of
   * DUC 2004 and MultiLing 2011 (see bench/README.md).
   */
  relatedThreshold: number;
  /** How many first sentences of the body count as the headline. */
  leadSentences: number;
  /**
   * When both sides are dated, similarity halves for every this many days
   * between the article and the story's dated span (no decay inside the
   * span). ECB+ and SemEval have no dates; on the dated topics of DUC 2004
   * and MultiLing 2011 (bench/dated-stories.ts) every shorter half-life
   * splits stories that are followed for weeks (6 days: B-cubed recall .36
   * and .15; 30 days: .51 and .32), and no decay at all scores higher still.
   * Neither set holds two events of one kind weeks apart, which is what the
   * decay is for, so a month is a judgement: as long as a story stays
   * active (`retireAfterDays`).
   */
  halfLifeDays: number;
  /**
   * Within this many days of a story's dated span, an article needs
   * `nearTimeRelief` less similarity to join it (see `nearTimeRelief`).
   */
  nearTimeDays: number;
  /**
   * How much lower the bar is for an article dated within `nearTimeDays` of
   * a story's dated span: reports of one event in the same days tell it from
   * other angles (the blast, the claim of responsibility, the funerals) and
   * share fewer words than `threshold` asks, while two events alike enough to
   * pass the lower bar seldom happen in the same days. Undated articles and
   * stories never get it, so ECB+ and SemEval are unchanged. Chosen with
   * `nearTimeDays` on the dated topics of DUC 2004 and MultiLing 2011 (see
   * bench/README.md).
   */
  nearTimeRelief: number;
  /**
   * How much lower the bar is for an undated article whose year (the first
   * year its first lines write: `ArticleProfile.year`) is one of the years
   * the story's undated members give, the time signal of text without dates:
   * this times the share of the active stories giving years that do not give
   * this one, so a stream where every story gives one year gets none. Chosen
   * with `yearPenalty` on the odd topics of ECB+ (see bench/README.md). 0
   * turns it off.
   */
  yearRelief: number;
  /**
   * The share of the similarity an undated article loses against a story
   * when both give years and none is the article's: two events of one kind
   * in different years ("the 2008 rehab", "the 2013 rehab"). 0 turns it off.
   */
  yearPenalty: number;
  /**
   * A dated article only joins a story dated within this many days of it
   * (before or after). A story whose newest dated article is this many days
   * older than the stream's time (the median date of the latest 64 dated
   * arrivals), and that none of them joined, is retired: no longer a
   * candidate, dropped from the in-memory index. A median, not the newest
   * date, so an archive backfilled after newer news groups as it did when it
   * was new, and one wrongly dated article retires nothing.
   */
  retireAfterDays: number;
  /** An undated story is retired after this many articles have arrived without one joining it. */
  retireAfterArticles: number;
  /** How many snapshots of retired stories `story()`, `stories()` and the state keep (newest first). */
  keepRetired: number;
  /** A story's centroid keeps its this many heaviest terms (and as many entities), so it cannot drift by chaining. */
  centroidTerms: number;
  /** At most this many stories, found through the inverted index, are scored in full per article. */
  maxCandidates: number;
  /** Words of the title count this many times in an article's profile. */
  titleWeight: number;
}

export const defaultStoryOptions: Readonly<StoryOptions> = Object.freeze({
  threshold: 0.52,
  entityWeight: 0.3,
  leadWeight: 0.15,
  relatedThreshold: 0.4,
  leadSentences: 1,
  halfLifeDays: 30,
  nearTimeDays: 2,
  nearTimeRelief: 0.1,
  yearRelief: 0.15,
  yearPenalty: 0.1,
  retireAfterDays: 30,
  retireAfterArticles: 20_000,
  keepRetired: 1_000,
  centroidTerms: 150,
  maxCandidates: 24,
  titleWeight: 2,
});

/** The defaults merged with `options`, every value checked (frozen; returned as it is when passed again: `checkedOnce`). */
export const storyOptions = checkedOnce(checkStoryOptions);

function checkStoryOptions(options: Partial<StoryOptions> | undefined): StoryOptions {
  const merged = withDefaults('stories', defaultStoryOptions as StoryOptions, options);
  checkFraction('stories', 'threshold', merged.threshold);
  checkFraction('stories', 'entityWeight', merged.entityWeight);
  checkFraction('stories', 'leadWeight', merged.leadWeight);
  checkFraction('stories', 'relatedThreshold', merged.relatedThreshold);
  checkFraction('stories', 'nearTimeRelief', merged.nearTimeRelief);
  checkFraction('stories', 'yearRelief', merged.yearRelief);
  checkFraction('stories', 'yearPenalty', merged.yearPenalty);
  if (typeof merged.nearTimeDays !== 'number' || !(merged.nearTimeDays >= 0) || !Number.isFinite(merged.nearTimeDays)) expected('stories.nearTimeDays to be a number ≥ 0', merged.nearTimeDays);
  if (merged.entityWeight + merged.leadWeight > 1) expected('stories.entityWeight + stories.leadWeight to be at most 1', merged.entityWeight + merged.leadWeight);
  for (const name of ['halfLifeDays', 'retireAfterDays', 'titleWeight'] as const) {
    const value = merged[name];
    if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) expected(`stories.${name} to be a positive number`, value);
  }
  checkPositiveInteger('stories', 'retireAfterArticles', merged.retireAfterArticles);
  checkPositiveInteger('stories', 'centroidTerms', merged.centroidTerms);
  checkPositiveInteger('stories', 'maxCandidates', merged.maxCandidates);
  if (!Number.isInteger(merged.leadSentences) || merged.leadSentences < 0) expected('stories.leadSentences to be a non-negative integer', merged.leadSentences);
  if (!Number.isInteger(merged.keepRetired) || merged.keepRetired < 0) expected('stories.keepRetired to be a non-negative integer', merged.keepRetired);
  return merged;
}
