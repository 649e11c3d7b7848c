import type { SegmentedArticle, Sentence, Span, Token } from '../article.js';
import { expected } from '../errors.js';
import { statedNumber } from '../facts/lexicon.js';
import { claimMarks, claimsAgree, type ClaimMarks } from './agreement.js';
import { citationGrade, claimDetails, isFragment } from './grade.js';
import { longFormsRead } from './short-forms.js';
import type { Citation } from './types.js';

/** The numbers a token run states (`statedNumber`), as values. */
export function statedNumbers(tokens: readonly Token[]): Set<number> {
  const numbers = new Set<number>();
  for (const token of tokens) {
    const value = statedNumber(token.norm);
    if (value !== undefined) numbers.add(value);
  }
  return numbers;
}

/** Content words of a token run: stems of tokens that are neither punctuation nor stopwords. */
export function contentStems(tokens: readonly Token[]): Set<string> {
  const stems = new Set<string>();
  for (const token of tokens) if (!token.punct && !token.stop) stems.add(token.stem);
  return stems;
}

/**
 * Stem pairs as numbers: each stem's number in `ids` (given the first time
 * it is seen) times `PAIR_BASE`, plus the next's. Throws past `PAIR_BASE`
 * stems, where two pairs would share a number.
 */
export function stemPairs(tokens: readonly Token[], ids: Map<string, number>): Set<number> {
  const pairs = new Set<number>();
  let previous: number | undefined;
  for (const token of tokens) {
    if (token.punct) continue;
    let id = ids.get(token.stem);
    if (id === undefined) {
      if (ids.size >= PAIR_BASE) expected(`at most ${PAIR_BASE.toLocaleString('en-US')} distinct words in the articles to cite and the sentences citing them`, ids.size + 1);
      ids.set(token.stem, (id = ids.size));
    }
    if (previous !== undefined) pairs.add(previous * PAIR_BASE + id);
    previous = id;
  }
  return pairs;
}

/** The stems an index of articles may number (2^26, `stemPairs` throws past them), so a pair's number names one pair; the largest pair stays below 2^53. */
const PAIR_BASE = 2 ** 26;

function holdsAll(hay: ReadonlySet<number>, needles: ReadonlySet<number>): boolean {
  for (const needle of needles) if (!hay.has(needle)) return false;
  return true;
}

function containment<T>(needles: ReadonlySet<T>, hay: ReadonlySet<T>): number {
  if (needles.size === 0) return 0;
  let found = 0;
  for (const needle of needles) if (hay.has(needle)) found++;
  return found / needles.size;
}

/** Of two sentences of one article, `candidate` is cited rather than `best`: it states the claim where `best` states part of it, or shares more words at the same grade. */
function citesBetter(candidate: Citation, best: Citation): boolean {
  if (candidate.grade !== best.grade) return candidate.grade === 'states';
  return candidate.support > best.support;
}

interface IndexedSentence {
  span: Span;
  stems: Set<string>;
  pairs: Set<number>;
  numbers: Set<number>;
  sentence: Sentence;
  /** Read the first time the sentence could be cited. */
  marks?: ClaimMarks;
}

/** Per article, the content stems, stem pairs and numbers of every sentence (short forms read as long: `longFormsRead`), computed once. */
export class CitationIndex {
  private readonly sentences: IndexedSentence[][];
  /** Each stem's number, for its pairs (`stemPairs`). */
  private readonly stemIds = new Map<string, number>();

  constructor(private readonly articles: readonly SegmentedArticle[]) {
    this.sentences = articles.map((article) =>
      article.sentences.map((sentence) => {
        const tokens = longFormsRead(article, article.tokens.slice(sentence.tokenStart, sentence.tokenEnd));
        return { span: { start: sentence.start, end: sentence.end }, stems: contentStems(tokens), pairs: stemPairs(tokens, this.stemIds), numbers: statedNumbers(tokens), sentence };
      }),
    );
  }

  /**
   * Every article that states what the `written` tokens say, each side's
   * short forms read as their long forms (`longFormsRead`: "the U.S." states
   * "the United States" and the other way round): in each article, of the
   * sentences holding at least `minSupport` of the tokens' content words and
   * word pairs, the one with the largest share among those graded `states`
   * (`citationGrade`), else among those graded `partly`; a cited sentence
   * states every number the tokens
   * state ("Three workers were taken to hospital" does not state "Two workers
   * were taken to hospital", however many words they share) and makes the
   * same claim as far as `claimsAgree` tells (not "will resume" for
   * "suspended", "did not suspend", another person or another day). The
   * source article comes first, graded `states`. The words kept
   * of a sentence cut at the end of the budget (`fragment`) that make no
   * claim (`isFragment`: "Russian President") cite the source only.
   */
  cite(written: readonly Token[], source: number, sourceSpan: Span, minSupport: number, fragment = false): Citation[] {
    const tokens = longFormsRead(this.articles[source], written);
    const citations: Citation[] = [{ article: this.articles[source].id, span: sourceSpan, support: 1, grade: 'states' }];
    const stems = contentStems(tokens);
    const marks = claimMarks(this.articles[source], tokens);
    const summary = claimDetails(tokens, marks);
    if (fragment && isFragment(summary)) return citations;
    const pairs = stemPairs(tokens, this.stemIds);
    const numbers = statedNumbers(tokens);
    this.sentences.forEach((sentences, article) => {
      if (article === source) return;
      let best: Citation | undefined;
      for (const sentence of sentences) {
        if (!holdsAll(sentence.numbers, numbers)) continue;
        const support = (containment(stems, sentence.stems) + containment(pairs, sentence.pairs)) / 2;
        // Past a `states` sentence, only one sharing more words can be cited instead: no need to read the marks of the rest.
        if (support < minSupport || (best?.grade === 'states' && support <= best.support)) continue;
        const cited = this.marksOf(article, sentence);
        if (!claimsAgree(marks, cited)) continue;
        const candidate: Citation = { article: this.articles[article].id, span: sentence.span, support, grade: citationGrade(summary, { stems: sentence.stems, marks: cited }) };
        if (!best || citesBetter(candidate, best)) best = candidate;
      }
      if (best) citations.push({ ...best, support: Math.round(best.support * 1000) / 1000 });
    });
    return citations;
  }

  private marksOf(article: number, indexed: IndexedSentence): ClaimMarks {
    const { tokenStart, tokenEnd } = indexed.sentence;
    indexed.marks ??= claimMarks(this.articles[article], longFormsRead(this.articles[article], this.articles[article].tokens.slice(tokenStart, tokenEnd)));
    return indexed.marks;
  }
}
