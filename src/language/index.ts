/**
 * Which language an article is written in (`articleLanguage`), and the one it
 * is read in (`readingLanguage`): `segment` splits sentences and marks
 * stopwords by it; the story report reads quotations, names, numbers and
 * dates in English and in French, German, Spanish, Italian, Portuguese and
 * Dutch, and lists the articles in other languages.
 */
export { articleLanguage, languageName, MAX_DETECT_CHARS, MAX_DETECT_WORDS, readingLanguage } from './detect.js';
