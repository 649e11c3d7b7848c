/**
 * Which language an article is written in (`articleLanguage`), and the one it
 * is read in (`readingLanguage`): `segment` splits sentences and marks
 * stopwords by it; the story report reads facts in English articles only,
 * quotations and names in French, German, Spanish, Italian, Portuguese and
 * Dutch too, and lists the others.
 */
export { articleLanguage, languageName, MAX_DETECT_CHARS, MAX_DETECT_WORDS, readingLanguage } from './detect.js';
