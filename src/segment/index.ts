import { assertSegmented, type Article, type SegmentedArticle, type Sentence, type Token } from '../article.js';
import { expected } from '../errors.js';
import { withDefaults } from '../options.js';
import { readingLanguage } from '../language/detect.js';
import { rulesFor } from './languages.js';
import { checkRange } from './range.js';
import { sentenceSpans } from './sentences.js';
import { readInLanguage, tokenSpans } from './tokens.js';

export { splitSentences } from './sentences.js';
export { tokenize, normalize } from './tokens.js';
export { SEGMENT_LANGUAGES } from './languages.js';

export interface SegmentOptions {
  /**
   * More abbreviations ("Calif.", "approx"): a period after one of them ends
   * a sentence only before a common sentence opener ("The", "He"), and stays
   * part of its token.
   */
  extraAbbreviations: readonly string[];
}

export const defaultSegmentOptions: Readonly<SegmentOptions> = Object.freeze({ extraAbbreviations: Object.freeze([]) as readonly string[] });

/**
 * Splits every paragraph of `article` into sentences and every sentence into
 * tokens, all spans into `article.text`. Only `article.paragraphs` are read:
 * what cleaning left out stays out. The language the article is read in
 * (`readingLanguage`, kept as `textLanguage`) brings its abbreviations and
 * stopwords (`SEGMENT_LANGUAGES`; English for the others). Returns a new
 * article; the input is not changed. A sentence's tokens are
 * `tokens.slice(tokenStart, tokenEnd)`.
 */
export function segment(article: Article, options?: Partial<SegmentOptions>): SegmentedArticle {
  return segmenter(options)(article);
}

/** `segment` with its options checked once, for a caller that segments many articles (an ingest). */
export function segmenter(options?: Partial<SegmentOptions>): (article: Article) => SegmentedArticle {
  const { extraAbbreviations } = withDefaults('segment', defaultSegmentOptions, options);
  if (!Array.isArray(extraAbbreviations) || !extraAbbreviations.every((word) => typeof word === 'string')) {
    expected('segment.extraAbbreviations as an array of strings', extraAbbreviations);
  }
  return (article) => segmentWith(article, extraAbbreviations);
}

function segmentWith(article: Article, extraAbbreviations: readonly string[]): SegmentedArticle {
  if (article === null || typeof article !== 'object') expected('an article', article);
  if (typeof article.text !== 'string') expected('an article with a text string', article.text);
  if (!Array.isArray(article.paragraphs)) expected('an article with a paragraphs array', article.paragraphs);
  const textLanguage = readingLanguage(article);
  const rules = rulesFor(textLanguage, extraAbbreviations);
  const { text } = article;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    checkRange('segment paragraph', text, paragraph);
    for (const span of sentenceSpans(text, paragraph, rules)) {
      const tokenStart = tokens.length;
      readInLanguage(text, tokenSpans(text, span, rules, tokens), tokenStart, rules);
      sentences.push({ start: span.start, end: span.end, paragraph: index, tokenStart, tokenEnd: tokens.length });
    }
  });
  return { ...article, sentences, tokens, ...(textLanguage === undefined ? {} : { textLanguage }) };
}

/** The tokens of sentence `index` of a segmented article. */
export function sentenceTokens(article: Article, index: number): Token[] {
  assertSegmented(article, 'sentenceTokens');
  const sentence = article.sentences[index];
  if (!Number.isInteger(index) || sentence === undefined) {
    expected(`a sentence index below ${article.sentences.length}`, index);
  }
  return article.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

/** A word is a token that is not only punctuation. */
export function isWord(token: Token): boolean {
  return !token.punct;
}

/** How many words (non-punctuation tokens) `tokens` holds. */
export function wordCount(tokens: readonly Token[]): number {
  let count = 0;
  for (const token of tokens) if (!token.punct) count++;
  return count;
}

/** How many words sentence `index` of a segmented article holds. */
export function sentenceWordCount(article: Article, index: number): number {
  return wordCount(sentenceTokens(article, index));
}
