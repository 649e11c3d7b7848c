/**
 * Which language an article is written in (`articleLanguage`), and the one it
 * is read in (`readingLanguage`): `segment` splits sentences and marks
 * stopwords by it; the story report reads names in English articles only,
 * quotations, numbers and dates in the languages it has words for too, and
 * lists the others.
 */
export { articleLanguage, languageName, MAX_DETECT_CHARS, MAX_DETECT_WORDS, readingLanguage } from './detect.js';
