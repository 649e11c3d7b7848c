/**
 * An in-memory online copy index: each arriving article is compared with the
 * earlier articles its fingerprint points to, then indexed itself. A store
 * does the same with tables keyed by `fingerprint.exact` and
 * `fingerprint.bands`.
 */
import { assertSegmented, type SegmentedArticle } from '../article.js';
import { expected } from '../errors.js';
import { sameArticle, verdictWith, type CopyVerdict } from './compare.js';
import { EXACT_KEY_PREFIX, fingerprintWith } from './fingerprint.js';
import { checkCopyOptions, type CopyOptions } from './options.js';

/** A shared exact hash counts as this many shared band keys when ranking candidates. */
const EXACT_WEIGHT = 1_000;

export class CopyIndex {
  readonly #settings: CopyOptions;
  readonly #articles: SegmentedArticle[] = [];
  readonly #byKey = new Map<string, number[]>();

  constructor(options?: Partial<CopyOptions>) {
    this.#settings = checkCopyOptions(options);
  }

  /** How many articles have been added. */
  get size(): number {
    return this.#articles.length;
  }

  /**
   * The verdict of `article` against the articles added before it that share
   * its exact hash or an LSH band (the `maxCandidates` sharing the most),
   * plus `extraCandidates` (e.g. the articles of its story, indexed or not);
   * then indexes it. As with `compareCopies`, a candidate published after
   * `article` is never named as its source.
   */
  add(article: SegmentedArticle, extraCandidates: readonly SegmentedArticle[] = []): CopyVerdict {
    assertSegmented(article, 'CopyIndex.add');
    if (!Array.isArray(extraCandidates)) expected('extra candidates as an array of articles', extraCandidates);
    for (const candidate of extraCandidates) assertSegmented(candidate, 'CopyIndex.add');
    const fingerprint = fingerprintWith(article, this.#settings);
    const keys = [`${EXACT_KEY_PREFIX}${fingerprint.exact}`, ...fingerprint.bands];
    const candidates = this.#candidates(keys);
    for (const extra of extraCandidates) if (!candidates.some((known) => sameArticle(known, extra))) candidates.push(extra);
    const verdict = verdictWith(article, candidates, this.#settings);
    const position = this.#articles.push(article) - 1;
    for (const key of keys) {
      const list = this.#byKey.get(key);
      if (list) list.push(position);
      else this.#byKey.set(key, [position]);
    }
    return verdict;
  }

  /** Indexed articles sharing a key, those sharing the most first (an exact hash outweighs any bands). */
  #candidates(keys: readonly string[]): SegmentedArticle[] {
    const votes = new Map<number, number>();
    keys.forEach((key, i) => {
      for (const position of this.#byKey.get(key) ?? []) votes.set(position, (votes.get(position) ?? 0) + (i === 0 ? EXACT_WEIGHT : 1));
    });
    return [...votes]
      .sort(([a, left], [b, right]) => right - left || a - b)
      .slice(0, this.#settings.maxCandidates)
      .map(([position]) => this.#articles[position]);
  }
}
