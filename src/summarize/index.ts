import { assertSegmented, type Article, type SegmentedArticle, type Span } from '../article.js';
import { expected } from '../errors.js';
import { CitationIndex } from './cite.js';
import { ConceptVocabulary, conceptWeights } from './concepts.js';
import { chooseHeadline } from './headline.js';
import { checkSummarizeOptions, type Budget, type SummarizeOptions } from './options.js';
import { readingOrder } from './order.js';
import { selectUnits, type Cost } from './select.js';
import { storyDevelopment, type Development } from './development.js';
import { openedOnNewest } from './opening.js';
import { compressedUnits, withRelativeTimesDeleted } from './compress.js';
import { bestCut, cutToRoom, fillBudget } from './fill.js';
import { readTokens, shortFormsWritten, withShortForms } from './short-forms.js';
import { costWithSingleSourceWords, singleSourceStems } from './support.js';
import { adjustedConceptWeights } from './weight-seam.js';
import type { Summary, SummarySentence } from './types.js';
import { sentenceTokens } from '../segment/index.js';
import { countWords } from '../text/words.js';
import { byteLength, endsLikeSentence, isDangling, sentenceKey, singleMarksOf, unitText, type Unit } from './units.js';

export { markDisputes, ownParts as summarySentenceOwnParts } from './disputes.js';
export { articleHeadline, rankedHeadline } from './headline.js';
export { developmentOf, readCounts, type CountReading } from './development.js';
export { defaultSummarizeOptions, type Budget, type SummarizeOptions } from './options.js';
export { checkSummaryLimitOptions, defaultSummaryLimitOptions, SummaryIntake, type SummaryLimitOptions } from './limits.js';
export type { Citation, DisputedFact, Headline, Summary, SummarySentence } from './types.js';
export type { CitationGrade } from './grade.js';
export { joinedUnit as joinedSummaryParts, unitText as summaryPartsText } from './units.js';

/**
 * Multi-document extractive summary with citations.
 *
 * 1. units: every sentence of every article, with its words, bytes and concepts;
 * 2. weights: each concept (a pair of adjacent stems, or a content word) weighs the articles
 *    that contain it, more for those that have it early (a word: in its first sentence,
 *    `LEAD_WORD_WEIGHT`, and a little anywhere, `WORD_WEIGHT`), discounted when few articles have
 *    it (a word in a single article weighs nothing);
 * 3. eligibility: drop units of copies, units too short or too long, and those opening on
 *    "He"/"But"… when others exist; a sentence eligible compressed (deletions, and names
 *    written short: "the United States" as "the U.S." where its article writes that) is
 *    offered compressed only; a sentence stating a count a later day's reports
 *    raised (`storyDevelopment`) is left out while others exist;
 * 4. selection: the units covering the most concept weight within the budget, the greedy pass
 *    charging each word only one article writes as more words (`SINGLE_SOURCE_WORD_COST`);
 * 5. order: by article date, then position (with `fillBudget`, the cut sentence last), a sentence
 *    pointing back ("The agreement…") after the one introducing what it points at (`readingOrder`),
 *    a story whose count rose over days opening on a sentence giving its newest
 *    value (`openedOnNewest`);
 *    the day names and relative times ("last week") the picked sentences kept deleted where they read without them, the
 *    words freed going to the cut sentence (`withRelativeTimesDropped`);
 * 6. citations: every article holding each picked sentence's content;
 * 7. headline: the title or opening covering the most concept weight per word, leaving out those
 *    of articles whose figure a later day raised (`chooseHeadline`, `Development.outdated`).
 */
/**
 * The revision of what `summarize` picks for given articles and options.
 * Bump it with any change that alters a summary: stores cache summaries per
 * story version and revision, so summaries cached by an earlier Tidings are
 * made again instead of being shown as if current.
 */
export const SUMMARY_REVISION = 17;

export function summarize(articles: readonly Article[], options?: Partial<SummarizeOptions>): Summary {
  if (!Array.isArray(articles)) expected('an array of articles', articles);
  articles.forEach((article) => assertSegmented(article, 'summarize'));
  const segmented = articles as readonly SegmentedArticle[];
  const settings = checkSummarizeOptions(options);

  const vocabulary = new ConceptVocabulary();
  const units = buildUnits(segmented, vocabulary);
  const written = vocabulary.size;
  const weights = adjustedConceptWeights(conceptWeights(units, segmented.length, vocabulary, settings.leadBonus));

  const candidates = settings.compress ? shortenedUnits([...units, ...compressedUnits(units, segmented, vocabulary)], segmented, vocabulary) : units;
  const copies = new Set(settings.copies);
  const originals = candidates.filter((candidate) => !copies.has(segmented[candidate.article].id));
  const development = storyDevelopment(segmented);
  const eligible = withoutSuperseded(eligibleUnits(originals.length > 0 ? originals : candidates, settings), development);
  const [unit, size] = budgetCost(settings.budget);
  const greedyCost = costWithSingleSourceWords(unit, singleSourceStems(units));
  const selected = readingOrder(selectUnits(eligible, weights, unit, size, sentenceKey, greedyCost).picked.map((i) => eligible[i]), segmented);
  const ordered = openedOnNewest(selected, eligible, development, weights, unit, size, segmented, greedyCost);
  const opened = ordered[0] !== undefined && development.newest.has(sentenceKey(ordered[0])) ? 1 : 0;
  const filled = settings.fillBudget ? fillBudget(segmented, eligible, ordered, weights, settings.budget, vocabulary, opened) : ordered;
  const picked = settings.compress ? withRelativeTimesDropped(filled, eligible, segmented, weights, settings, vocabulary, written) : filled;

  const citations = new CitationIndex(segmented);
  const sentences: SummarySentence[] = picked.map((chosen) => ({
    article: segmented[chosen.article].id,
    parts: chosen.parts,
    citations: citations.cite(readTokens(chosen.tokens, chosen.shortForms), chosen.article, segmented[chosen.article].sentences[chosen.sentence], settings.citationSupport, chosen.truncated === true),
    ...(chosen.truncated ? { truncated: true } : {}),
  }));
  const text = picked.map((chosen) => unitText(segmented[chosen.article].text, chosen.parts)).join(' ');
  const outdated = [...development.outdated].sort((a, b) => a - b).map((index) => segmented[index].id);
  return {
    headline: chooseHeadline(segmented, vocabulary, weights, development.outdated),
    sentences,
    articles: segmented.map((article) => article.id),
    ...(outdated.length > 0 ? { outdated } : {}),
    length: { words: countWords(text), bytes: byteLength(text), sentences: sentences.length },
  };
}


/**
 * The summary's sentences with the day names and relative times ("last week") their selection kept deleted
 * (`withRelativeTimesDeleted`), and the words so freed given to the sentence the
 * budget cuts, cut again from its whole: which sentences say what stays as
 * the selection and the fill chose it. `written`: the vocabulary's size once
 * the articles' sentences were read (`writtenConcepts`).
 */
function withRelativeTimesDropped(
  picked: readonly Unit[],
  eligible: readonly Unit[],
  articles: readonly SegmentedArticle[],
  weights: Float64Array,
  settings: SummarizeOptions,
  vocabulary: ConceptVocabulary,
  written: number,
): Unit[] {
  const { budget, fillBudget: fill } = settings;
  const deleted = (unit: Unit) => withRelativeTimesDeleted(unit, articles[unit.article], vocabulary, written);
  const last = picked[picked.length - 1];
  const complete = (last?.truncated ? picked.slice(0, -1) : picked).map(deleted);
  if ('sentences' in budget || !fill) return complete;
  const whole = last?.truncated ? eligible.find((unit) => sentenceKey(unit) === sentenceKey(last)) : undefined;
  const cut = whole ? cutToRoom(articles, complete, whole, budget, vocabulary, deleted) : bestCut(articles, eligible, complete, weights, budget, vocabulary);
  return cut ? [...complete, cut] : complete;
}

/** The units, and each one writing a name short where it writes it in full (`withShortForms`). */
function shortenedUnits(units: readonly Unit[], articles: readonly SegmentedArticle[], vocabulary: ConceptVocabulary): Unit[] {
  const written = articles.map(shortFormsWritten);
  return [...units, ...units.flatMap((unit) => withShortForms(unit, articles[unit.article], written[unit.article], vocabulary) ?? [])];
}

const BULLET = /^(?:[*•·▪-]|\d{1,2}[.)])\s+/;

/** Where a sentence's words start: past a list bullet ("* ", "- ", "2. ") that is no part of it. */
function afterBullet(text: string, sentence: Span): number {
  const bullet = BULLET.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 8)));
  return bullet && sentence.start + bullet[0].length < sentence.end ? sentence.start + bullet[0].length : sentence.start;
}

function buildUnits(articles: readonly SegmentedArticle[], vocabulary: ConceptVocabulary): Unit[] {
  return articles.flatMap((article, a) =>
    article.sentences.map((sentence, s) => {
      const start = afterBullet(article.text, sentence);
      const tokens = sentenceTokens(article, s).filter((token) => token.start >= start);
      const parts = [{ start, end: sentence.end }];
      const text = unitText(article.text, parts);
      return {
        article: a,
        sentence: s,
        parts,
        tokens,
        words: countWords(text),
        bytes: byteLength(text),
        concepts: vocabulary.concepts(tokens),
        dangling: isDangling(tokens, article.textLanguage, singleMarksOf(article), article.text),
        complete: endsLikeSentence(text),
      };
    }),
  );
}

function eligibleUnits(units: readonly Unit[], settings: SummarizeOptions): Unit[] {
  const sized = units.filter((unit) => unit.words >= settings.minSentenceWords && unit.words <= settings.maxSentenceWords);
  const complete = sized.filter((unit) => unit.complete);
  const pool = complete.length > 0 ? complete : units.filter((unit) => unit.words > 0);
  if (!settings.avoidDanglingOpeners) return shortestOfEachSentence(pool);
  const standalone = pool.filter((unit) => !unit.dangling);
  return shortestOfEachSentence(standalone.length > 0 ? standalone : pool);
}

/**
 * A sentence eligible both whole and compressed is offered compressed only:
 * its deletions (day names, asides, openers, each joining words the articles
 * write together) free words for content, where a choice between the two
 * kept the whole sentence for the weight of pairs like "said friday".
 */
function shortestOfEachSentence(units: readonly Unit[]): Unit[] {
  const shortest = new Map<number, Unit>();
  for (const unit of units) {
    const key = sentenceKey(unit);
    const known = shortest.get(key);
    if (!known || unit.bytes < known.bytes) shortest.set(key, unit);
  }
  return units.filter((unit) => shortest.get(sentenceKey(unit)) === unit);
}

/** The units but those stating a count a later day's reports raised (`Development.superseded`), unless no other is left. */
function withoutSuperseded(units: readonly Unit[], development: Development): Unit[] {
  const current = units.filter((unit) => !development.superseded.has(sentenceKey(unit)));
  return current.length > 0 ? current : [...units];
}

function budgetCost(budget: Budget): [Cost, number] {
  if ('words' in budget) return [(unit) => unit.words, budget.words];
  if ('bytes' in budget) return [(unit) => unit.bytes + 1, budget.bytes + 1];
  return [() => 1, budget.sentences];
}
