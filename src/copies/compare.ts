/**
 * The copy verdict of one article against candidate earlier articles, in
 * three passes:
 *
 * 1. Candidates: drop the article itself and any candidate published after
 *    it (the earliest publisher is the origin), and list the earliest first.
 * 2. Alignment: each sentence's best source sentence (`align.ts`).
 * 3. Verdict: word edits (or only word counts) for every match, shares per
 *    source, then the kind.
 */
import { assertSegmented, type Article, type SegmentedArticle, type Sentence, type Span, type Token } from '../article.js';
import { expected } from '../errors.js';
import { instantOf } from '../time.js';
import { alignSentences, type Alignment } from './align.js';
import { articleProfile, type ArticleProfile } from './article-profile.js';
import { sharedNorms, sharedWords, splitCut, wordDiff, type WordCounts, type WordEdit } from './edits.js';
import { checkCopyOptions, type CopyOptions } from './options.js';
import { partitionPoint } from '../text/partition-point.js';

/** A copy's sentence paired with the source sentence (or merged pair) it was taken from, as a store keeps it. */
export interface MatchWithoutEdits {
  /** Index of the copying article's sentence. */
  sentence: number;
  /**
   * The source sentence it was taken from; `span` covers that sentence, or runs from it
   * through a later one when the copy merged the two into one sentence (at most
   * `MAX_MERGE_GAP` on; a split sentence's two halves are two matches of one source sentence).
   */
  source: { article: string; sentence: number; span: Span };
  /** `sentenceSimilarity` of the two sentences. */
  similarity: number;
  /** At least `verbatimRatio` of the longer sentence's words are unchanged (of the whole source sentence, or all of a merge's span). */
  verbatim: boolean;
}

export interface SentenceMatch extends MatchWithoutEdits {
  /**
   * The word edits: against the source sentence, against the two merged sentences only
   * (`merged`), or against the part of the source sentence a split half took (`split`).
   */
  edits: WordEdit[];
  /** The copy merged `source.sentence` with this later sentence (spans in the source's text); `leftOut` lies between them and is not in `edits`. */
  merged?: { sentence: number; first: Span; second: Span; leftOut?: Span };
  /**
   * The copy split the source sentence in two: this sentence took `part` of it, its
   * neighbouring sentence `sentence` (in the copy) took the `rest` (spans in the source's text).
   */
  split?: { sentence: number; part: Span; rest: Span };
}

export interface CopySource {
  /** The source article's id. */
  article: string;
  /** Fraction of the copy's counted sentences (`minSentenceWords` words or more) taken from this source. */
  share: number;
  matches: SentenceMatch[];
}

/**
 * `reprint`: at least `reprintShare` of the sentences come near-verbatim
 * from one source, in its order. `rewrite`: at least `rewriteShare` of them
 * are taken from earlier articles (edited, reordered, or from several).
 * `independent`: anything else. "original" is not a verdict an article gets
 * on arrival: a store derives it (copied by a later article, copied from none).
 */
export type CopyKind = 'reprint' | 'rewrite' | 'independent';

export interface CopyVerdict {
  article: string;
  kind: CopyKind;
  /** What it was taken from, largest share first; empty for `independent`. */
  sources: CopySource[];
}

/** A verdict whose matches are of type `M`. */
type VerdictOf<M> = Omit<CopyVerdict, 'sources'> & { sources: (Omit<CopySource, 'matches'> & { matches: M[] })[] };

/** A verdict whose matches carry no word edits. */
export type VerdictWithoutEdits = VerdictOf<MatchWithoutEdits>;

/**
 * Aligns `article` against candidate `earlier` articles (a pure function:
 * retrieval is the caller's, e.g. `CopyIndex` or a store). A candidate
 * published after the article is never named as its source. With
 * `{ edits: false }` (a caller that stores verdicts) the matches carry no
 * word edits: the same kinds, sources, shares and matches, but each match
 * only counts the words its two sentences share, which `verbatim` needs.
 */
export function compareCopies(article: SegmentedArticle, earlier: readonly SegmentedArticle[], options?: Partial<CopyOptions>): CopyVerdict;
export function compareCopies(article: SegmentedArticle, earlier: readonly SegmentedArticle[], options: Partial<CopyOptions> | undefined, detail: { edits: false }): VerdictWithoutEdits;
export function compareCopies(
  article: SegmentedArticle,
  earlier: readonly SegmentedArticle[],
  options?: Partial<CopyOptions>,
  detail?: { edits: false },
): CopyVerdict | VerdictWithoutEdits {
  assertSegmented(article, 'compareCopies');
  if (!Array.isArray(earlier)) expected('earlier articles as an array', earlier);
  for (const candidate of earlier) assertSegmented(candidate, 'compareCopies');
  const settings = checkCopyOptions(options);
  return detail?.edits === false ? verdictOf(article, earlier.map(copyCandidate), settings, matchWithoutEdits) : verdictWith(article, earlier, settings);
}

/**
 * An earlier article as comparing with it reads it: its id, text, date,
 * sentences and copy profile (`ArticleProfile`), which is all of it
 * that comparison reads.
 */
export interface CopyCandidate {
  id: string;
  text: string;
  published?: string;
  outlet?: string;
  sentences: readonly Sentence[];
  profile(): ArticleProfile;
}

/** The article as a candidate profiled on first use: a candidate no sentence reaches is never profiled. */
export function copyCandidate(article: SegmentedArticle): CopyCandidate {
  return { id: article.id, text: article.text, published: article.published, outlet: article.outlet, sentences: article.sentences, profile: () => articleProfile(article) };
}

/**
 * The article as a candidate profiled now, which holds none of its tokens:
 * a few times smaller than the article, so that many can be kept at hand
 * for the next arrivals.
 */
export function keptCandidate(article: SegmentedArticle): CopyCandidate {
  const profile = articleProfile(article);
  return { id: article.id, text: article.text, published: article.published, outlet: article.outlet, sentences: article.sentences, profile: () => profile };
}

/** `compareCopies` without edits against candidates kept as `copyCandidate` made them. */
export function compareCandidates(article: SegmentedArticle, earlier: readonly CopyCandidate[], options?: Partial<CopyOptions>): VerdictWithoutEdits {
  assertSegmented(article, 'compareCandidates');
  return verdictOf(article, earlier, checkCopyOptions(options), matchWithoutEdits);
}

export function verdictWith(article: SegmentedArticle, earlier: readonly SegmentedArticle[], settings: CopyOptions): CopyVerdict {
  return verdictOf(article, earlier.map(tokenedCandidate), settings, sentenceMatch);
}

/** A candidate with its article, for the word edits its matches show. */
type TokenedCandidate = CopyCandidate & { article: SegmentedArticle };

function tokenedCandidate(article: SegmentedArticle): TokenedCandidate {
  return { ...copyCandidate(article), article };
}

type MatchOf<C extends CopyCandidate, M extends MatchWithoutEdits> = (article: SegmentedArticle, source: C, alignment: Alignment, settings: CopyOptions) => M;

function verdictOf<C extends CopyCandidate, M extends MatchWithoutEdits>(article: SegmentedArticle, earlier: readonly C[], settings: CopyOptions, toMatch: MatchOf<C, M>): VerdictOf<M> {
  const candidates = possibleSources(article, earlier);
  const copy = articleProfile(article);
  const alignments = alignSentences(copy, candidates, settings);
  const counted = copy.words.filter((words) => words >= settings.minSentenceWords).length;
  if (counted === 0 || alignments.length === 0) return { article: article.id, kind: 'independent', sources: [] };

  const bySource = new Map<number, M[]>();
  for (const alignment of alignments) {
    const matches = bySource.get(alignment.candidate) ?? [];
    matches.push(toMatch(article, candidates[alignment.candidate], alignment, settings));
    bySource.set(alignment.candidate, matches);
  }
  const sources = [...bySource]
    .sort(([a, left], [b, right]) => right.length - left.length || a - b)
    .map(([candidate, matches]) => ({ article: candidates[candidate].id, share: matches.length / counted, matches }));
  const verbatimShare = Math.max(...sources.map((source) => inOrderVerbatim(source.matches) / counted));
  const takenShare = alignments.length / counted;
  const kind: CopyKind = verbatimShare >= settings.reprintShare ? 'reprint' : takenShare >= settings.rewriteShare ? 'rewrite' : 'independent';
  return { article: article.id, kind, sources: kind === 'independent' ? [] : sources };
}

/**
 * How many near-verbatim matches keep the source's order: the longest run of
 * them whose source sentences increase (a reprint keeps the order; a
 * rewrite reorders).
 */
function inOrderVerbatim(matches: readonly MatchWithoutEdits[]): number {
  const tails: number[] = [];
  for (const match of matches) {
    if (!match.verbatim) continue;
    const at = match.source.sentence;
    tails[partitionPoint(tails.length, (index) => tails[index] < at)] = at;
  }
  return tails.length;
}

/** Pass 1: the candidates that may be sources, earliest published first (undated ones keep their order after the dated). */
function possibleSources<C extends CopyCandidate>(article: SegmentedArticle, earlier: readonly C[]): C[] {
  const afterArticle = publishedAfterOf(article);
  const possible = earlier.filter((candidate) => !sameArticle(candidate, article) && !afterArticle(candidate));
  const dated = possible.filter((candidate) => candidate.published !== undefined);
  const undated = possible.filter((candidate) => candidate.published === undefined);
  return [...sortByDate(dated), ...undated];
}

/** The same object, or the same id and text (an article read twice). */
export function sameArticle(a: Pick<Article, 'id' | 'text'>, b: Pick<Article, 'id' | 'text'>): boolean {
  return a === b || (a.id === b.id && a.text === b.text);
}

/**
 * Earliest first by `published` as `publishedAfter` compares it; equal dates keep their order. Each
 * date is read once (`publishedMoment`), not twice at every comparison.
 */
export function sortByDate<C extends Pick<Article, 'published'>>(articles: readonly C[]): C[] {
  return articles
    .map((candidate, order) => ({ candidate, order, moment: publishedMoment(candidate.published ?? '') }))
    .sort((a, b) => (momentAfter(a.moment, b.moment) ? 1 : momentAfter(b.moment, a.moment) ? -1 : a.order - b.order))
    .map(({ candidate }) => candidate);
}

/** A published date as it compares: its instant when it carries a time (NaN when it has none or it cannot be read), and its calendar day. */
interface PublishedMoment {
  time: number;
  day: string;
}

function publishedMoment(published: string): PublishedMoment {
  return { time: published.length > 10 ? instantOf(published) : NaN, day: published.slice(0, 10) };
}

/** Whether `a` is after `b`: to the minute when both carry a time, else by calendar day. */
function momentAfter(a: PublishedMoment, b: PublishedMoment): boolean {
  if (Number.isFinite(a.time) && Number.isFinite(b.time)) return a.time > b.time;
  return a.day > b.day;
}

/**
 * `a` was published after `b`: compared to the minute when both dates carry
 * a time (one with no offset read as UTC, `instantOf`), else by calendar day (a date-only "2026-03-14" is not after
 * "2026-03-14T11:05"). Unknown when either date is missing: false.
 */
export function publishedAfter(a: Pick<Article, 'published'>, b: Pick<Article, 'published'>): boolean {
  return publishedAfterOf(b)(a);
}

/** `publishedAfter(a, b)` for each `a` it is given, `b`'s date read once (an arrival against each of its candidates). */
export function publishedAfterOf(b: Pick<Article, 'published'>): (a: Pick<Article, 'published'>) => boolean {
  if (b.published === undefined) return () => false;
  const moment = publishedMoment(b.published);
  return (a) => a.published !== undefined && momentAfter(publishedMoment(a.published), moment);
}

/** Pass 3: one match, from the word counts of its two sentences (the source's span runs through both of a merged pair). */
function matchOf(source: CopyCandidate, alignment: Alignment, settings: CopyOptions, counts: WordCounts): MatchWithoutEdits {
  const first = source.sentences[alignment.source];
  const last = source.sentences[sourceEnd(alignment) - 1];
  return {
    sentence: alignment.sentence,
    source: { article: source.id, sentence: alignment.source, span: { start: first.start, end: last.end } },
    similarity: alignment.similarity,
    verbatim: counts.equalWords >= settings.verbatimRatio * Math.max(counts.sourceWords, counts.copyWords),
  };
}

/** The source sentence after the last one the alignment took (the span of a merge includes any between). */
function sourceEnd(alignment: Alignment): number {
  return (alignment.mergedTo ?? alignment.source) + 1;
}

/** Pass 3 without edits: the two sentences' shared words decide `verbatim`. */
function matchWithoutEdits(article: SegmentedArticle, source: CopyCandidate, alignment: Alignment, settings: CopyOptions): MatchWithoutEdits {
  const profile = source.profile();
  const sourceNorms: string[] = [];
  for (let at = alignment.source; at < sourceEnd(alignment); at++) sourceNorms.push(...profile.wordNorms(at));
  const counts = sharedNorms(sourceNorms, articleProfile(article).wordNorms(alignment.sentence));
  return matchOf(source, alignment, settings, counts);
}

/**
 * Pass 3: one match, with the word edits from the source sentence to the copy's: for a merged
 * pair, from its two sentences (what lies between is `leftOut`, in no edit); for a split half,
 * from the part of the sentence it took (`splitCut`). `verbatim` counts the words of the whole
 * source sentence or span, as `matchWithoutEdits` does, so both give the same verdict.
 */
function sentenceMatch(article: SegmentedArticle, source: TokenedCandidate, alignment: Alignment, settings: CopyOptions): SentenceMatch {
  const copyTokens = sentenceTokens(article, alignment.sentence);
  const whole = sentenceTokens(source.article, alignment.source, sourceEnd(alignment));
  const sentences = source.article.sentences;
  if (alignment.mergedTo !== undefined) {
    const first = sentenceTokens(source.article, alignment.source);
    const diff = wordDiff([...first, ...sentenceTokens(source.article, alignment.mergedTo)], copyTokens, first.length);
    const counts = alignment.mergedTo > alignment.source + 1 ? sharedWords(whole, copyTokens) : diff;
    const leftOut = alignment.mergedTo > alignment.source + 1 ? { start: sentences[alignment.source + 1].start, end: sentences[alignment.mergedTo - 1].end } : undefined;
    const merged = { sentence: alignment.mergedTo, first: spanOf(sentences[alignment.source]), second: spanOf(sentences[alignment.mergedTo]), ...(leftOut ? { leftOut } : {}) };
    return { ...matchOf(source, alignment, settings, counts), edits: diff.edits, merged };
  }
  if (alignment.splitWith !== undefined) {
    const other = sentenceTokens(article, alignment.splitWith);
    const isFirst = alignment.sentence < alignment.splitWith;
    const cut = isFirst ? splitCut(whole, copyTokens, other) : splitCut(whole, other, copyTokens);
    const [part, rest] = isFirst ? [whole.slice(0, cut), whole.slice(cut)] : [whole.slice(cut), whole.slice(0, cut)];
    const diff = wordDiff(part, copyTokens);
    const at = cut < whole.length ? whole[cut].start : whole[whole.length - 1].end;
    const split = { sentence: alignment.splitWith, part: wordsSpan(part, at), rest: wordsSpan(rest, at) };
    return { ...matchOf(source, alignment, settings, sharedWords(whole, copyTokens)), edits: diff.edits, split };
  }
  const diff = wordDiff(whole, copyTokens);
  return { ...matchOf(source, alignment, settings, diff), edits: diff.edits };
}

function spanOf(span: Span): Span {
  return { start: span.start, end: span.end };
}

/** The span from the first word to the last of `tokens`, or an empty one at the cut (`at`) when they hold no word. */
function wordsSpan(tokens: readonly Token[], at: number): Span {
  const words = tokens.filter((token) => !token.punct);
  if (words.length === 0) return { start: at, end: at };
  return { start: words[0].start, end: words[words.length - 1].end };
}

/** The tokens of sentences `index` to `end - 1`. */
function sentenceTokens(article: SegmentedArticle, index: number, end = index + 1): Token[] {
  return article.tokens.slice(article.sentences[index].tokenStart, article.sentences[end - 1].tokenEnd);
}
