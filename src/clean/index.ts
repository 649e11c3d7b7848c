/**
 * Cleaning: leaves out of `paragraphs` what is not the article, and says so.
 * A pure function: the text never changes, the input article is not touched,
 * and every removal is a `Message` `{stage: 'clean', rule, reason, span}`
 * whose span points at the removed text.
 *
 * The passes run in this order; each sees only what the earlier ones kept:
 *
 * 1. `repeated-headline` — the headline printed again in the body
 * 2. `byline` — "By Name, Outlet", "Reporting by …"
 * 3. `dateline` — date lines, dateline lines, and "CITY (Agency) - " before the first sentence
 * 4. `credit`, `caption` — photo/agency credits and the captions they follow or that repeat
 * 5. `teaser` — "X has more on …", "Watch: …", "Click here …"
 * 6. `inline-advertisement`, `inline-furniture`, `navigation`, `editor-note`, `paywall`, `trailing-navigation` — ad markers and lines to the reader between sentences, menus, share and ad lines, subscription prompts, link lists at the end
 * 7. `section-heading` — short title-like lines between paragraphs
 * 8. `duplicate-paragraph` — the same paragraph again (the first stays)
 */
import type { Article, Message, Span } from '../article.js';
import { creditsAndCaptions } from './captions.js';
import { bylines, datelines } from './dateline.js';
import { duplicates } from './duplicates.js';
import { repeatedHeadline } from './headline.js';
import { sectionHeadings } from './headings.js';
import { navigation, teasers } from './navigation.js';
import { checkArticle, checkCleanOptions, type CleanOptions } from './options.js';
import type { CleanContext, Pass } from './pass.js';
import { WordCounts } from './word-counts.js';

export { defaultCleanOptions, type CleanOptions } from './options.js';
export type { CleanContext, Pass, PassResult } from './pass.js';

/** The passes in order, each with the option that turns it on. */
export const CLEAN_PASSES: readonly (readonly [keyof CleanOptions, Pass])[] = [
  ['repeatedHeadline', repeatedHeadline],
  ['bylines', bylines],
  ['datelines', datelines],
  ['captions', creditsAndCaptions],
  ['teasers', teasers],
  ['navigation', navigation],
  ['sectionHeadings', sectionHeadings],
  ['duplicates', duplicates],
];

/** The largest of the passes' own word limits (paywall prompts and link lists): paragraphs are counted this far once. */
const MOST_WORDS_ASKED = 60;

export function clean(article: Article, options?: Partial<CleanOptions>): Article {
  return cleaner(options)(article);
}

/** `clean` with its options checked once, for a caller that cleans many articles (an ingest). */
export function cleaner(options?: Partial<CleanOptions>): (article: Article) => Article {
  const settings = checkCleanOptions(options);
  return (article) => cleanWith(article, settings);
}

function cleanWith(article: Article, settings: CleanOptions): Article {
  checkArticle(article);
  const context: CleanContext = { text: article.text, title: article.title, options: settings, wordCounts: new WordCounts(MOST_WORDS_ASKED) };
  let paragraphs: Span[] = [...article.paragraphs];
  const messages: Message[] = [...article.messages];
  for (const [option, pass] of CLEAN_PASSES) {
    if (!settings[option]) continue;
    const result = pass(paragraphs, context);
    paragraphs = result.paragraphs;
    for (const message of result.messages) messages.push(message);
  }
  return { ...article, paragraphs, messages };
}
