/**
 * Which language an article is written in (`articleLanguage`): the story
 * report reads quotes, names and facts in English articles only and lists the others.
 */
export { articleLanguage, languageName, MAX_DETECT_CHARS, MAX_DETECT_WORDS } from './detect.js';
