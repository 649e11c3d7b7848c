import type { Article } from '../article.js';
import { expected } from '../errors.js';
import { checkPositiveInteger, withDefaults } from '../options.js';

/** Which cleaning rules run, and the two lengths the heuristics depend on. */
export interface CleanOptions {
  /** Paragraphs that repeat the headline (`repeated-headline`). */
  repeatedHeadline: boolean;
  /** "By Name, Outlet" and "Reporting by …" lines (`byline`). */
  bylines: boolean;
  /** Date lines and wire datelines "CITY (Agency) - " at the start of the body (`dateline`). */
  datelines: boolean;
  /** Photo and agency credit lines (`credit`) and the captions they follow or that repeat (`caption`). */
  captions: boolean;
  /** Video and "X has more on …" teasers (`teaser`). */
  teasers: boolean;
  /** Navigation, share, ad and editor's-note lines (`navigation`, `editor-note`), subscription prompts (`paywall`) and link lists at the end (`trailing-navigation`). */
  navigation: boolean;
  /** Short title-like lines between paragraphs (`section-heading`). */
  sectionHeadings: boolean;
  /** Paragraphs identical to an earlier one (`duplicate-paragraph`). */
  duplicates: boolean;
  /** Longest line, in words, taken for a section heading. */
  maxHeadingWords: number;
  /** Longest line, in words, taken for trailing navigation. */
  maxNavigationWords: number;
}

export const defaultCleanOptions: Readonly<CleanOptions> = Object.freeze({
  repeatedHeadline: true,
  bylines: true,
  datelines: true,
  captions: true,
  teasers: true,
  navigation: true,
  sectionHeadings: true,
  duplicates: true,
  maxHeadingWords: 10,
  maxNavigationWords: 12,
});

export function checkCleanOptions(options: Partial<CleanOptions> | undefined): CleanOptions {
  const settings = withDefaults('clean', defaultCleanOptions, options);
  for (const [key, value] of Object.entries(settings)) {
    if (typeof defaultCleanOptions[key as keyof CleanOptions] === 'boolean' && typeof value !== 'boolean') {
      expected(`clean.${key} to be true or false`, value);
    }
  }
  checkPositiveInteger('clean', 'maxHeadingWords', settings.maxHeadingWords);
  checkPositiveInteger('clean', 'maxNavigationWords', settings.maxNavigationWords);
  return settings;
}

export function checkArticle(article: Article): void {
  if (typeof article !== 'object' || article === null || typeof article.text !== 'string' || !Array.isArray(article.paragraphs) || !Array.isArray(article.messages)) {
    expected('an article {text, paragraphs, messages, …}', article);
  }
}
