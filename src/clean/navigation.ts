/**
 * Page furniture in the body. `teaser`: "TRT World's Iolo ap Dafydd has more
 * on …", "Watch: …", "Click here …". `navigation`: "Related news",
 * "Read more: …", "Share this article", "Advertisement"…; `editor-note`:
 * "This article was updated at 16:45 …"; `inline-advertisement`,
 * `inline-furniture`: an ad marker or a line to the reader between two
 * sentences (`inline.ts`); `paywall`: subscription and login
 * prompts (`paywall.ts`). `trailing-navigation`: the run of short, link-like
 * lines that ends a page ("Route 6", lists of headlines).
 */
import type { Message, Span } from '../article.js';
import { inlineAdvertisements, inlineFurniture } from './inline.js';
import { endsLikeSentence, paragraphsOf, paragraphWords, removal, removeWhere, type Pass } from './pass.js';
import { paywallPrompts } from './paywall.js';

const MAX_TEASER_WORDS = 30;
const MAX_NAVIGATION_WORDS = 15;
/** A line of links separated by bars ("a | b | c") is navigation up to this length. */
const MAX_LINK_LIST_WORDS = 60;
/** Each link of such a line is at most this long, and none ends like a sentence: "19.05 | The minister said … ." is a live-blog entry, not links. */
const MAX_LINK_WORDS = 12;

/** "Home | News | Sport": links separated by bars, each short and none a sentence. */
function isLinkList(text: string, words: number): boolean {
  if (!text.includes(' | ') || words > MAX_LINK_LIST_WORDS) return false;
  return text.split(' | ').every((link) => link.trim().split(/\s+/).length <= MAX_LINK_WORDS && !endsLikeSentence(link.trim()));
}

/** "<Outlet>'s <Name> has more on…": capitalized name words, lower-case particles (ap, de, van, al) allowed. */
const PRESENTER_TEASER =
  /^[\p{Lu}\d][\p{L}\d'.&-]*(?:\s+[\p{Lu}\d][\p{L}\d'.&-]*)*['’]s\s+\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|ap|de|da|del|van|von|al|bin|el|la|le|du|dos))*\s+(?:has|have|has got)\s+(?:more|the (?:story|details|latest)|this report)\b/u;
const REPORTS_FROM = /^[\p{Lu}][\p{L}\d'.&-]*(?:\s+[\p{Lu}][\p{L}\d'.&-]*)*['’]s\s+\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*\s+reports\s+from\s+[\p{Lu}][\p{L} .,'-]*\.?$/u;
const PROMPT_TEASER = /^(?:watch|video|listen|live|in pictures|gallery)\s*[:|–—-]\s*\S|^(?:click|tap)\s+here\b/i;

/**
 * Headings over a list of other articles, in English and in French, German,
 * Spanish, Italian, Portuguese and Dutch ("Related news", "Lire aussi", "Sur
 * le même sujet", "Mehr zum Thema", "Das könnte Sie auch interessieren",
 * "Lea también", "Leggi anche", "Leia também", "Lees ook").
 */
const LINK_HEADINGS = String.raw`related(?:\s+(?:news|articles?|stories|story|content|coverage|links))?|read\s+more|more\s+on\s+this(?:\s+story)?|see\s+also|also\s+read|read\s+also|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed|shared)|you\s+(?:may|might)\s+also\s+like|(?:à\s+)?lire\s+(?:aussi|également)|voir\s+aussi|sur\s+le\s+même\s+sujet|les\s+plus\s+lus|mehr\s+zum\s+thema|lesen\s+sie\s+auch|das\s+könnte\s+sie\s+auch\s+interessieren|weitere\s+artikel|meistgelesen|lea\s+también|te\s+puede\s+interesar|leggi\s+anche|leia\s+também|lees\s+ook|meer\s+over\s+dit\s+onderwerp`;

/** Those headings, and the other lines of page furniture a page opens a line on: share, follow, subscribe, tags, comments, copyright ("Partager", "Artikel teilen", "Compartir", "Condividi", "Delen"…). */
const NAVIGATION_START = new RegExp(
  String.raw`^(?:${LINK_HEADINGS}|related\s+(?:topics|videos?)|more\s+from\s+\S+|share(?:\s+this)?(?:\s+(?:article|story|page|on\s+\w+))?|follow\s+us|sign\s+up|subscribe|advertisement|sponsored(?:\s+content)?|tags?|topics?|comments?|newsletter|copyright|©|\(c\)|all\s+rights\s+reserved|back\s+to\s+top|skip\s+to\s+\w+|(?:à\s+)?lire\s+la\s+suite|partager(?:\s+(?:l['’]article|sur\s+\w+))?|réagir(?:\s+à\s+cet\s+article)?|lesen\s+sie\s+mehr|(?:artikel\s+)?teilen|leer\s+más|compartir|condividi|compartilhe|lees\s+meer|delen)(?=$|[\s:|,.>»-])`,
  'iu',
);
/** "Read more: …", "Lire aussi : …", "Mehr zum Thema: …": what follows the colon is another article's headline, a question ("… – wie sicher sind die Brücken?") or not. */
const NAVIGATION_COLON = new RegExp(`${NAVIGATION_START.source.replace(/\(\?=.*$/, '')}\\s*:\\s*\\S`, 'iu');
/** "This article was updated …", "Editor's note: …", "Correction: …", "Correction, 15 November: …". */
const EDITOR_NOTE = /^(?:this\s+(?:article|story|report|piece)\s+(?:was|has\s+been)\s+(?:updated|amended|corrected|changed)|(?:editor['’]?s\s+note|correction|clarification)(?:,\s*[^:.,]{1,30})?\s*[:—–-])/i;
/** "Copyright 2026 Pellam Wire. All rights reserved.", "© 2026 …": a copyright line with its year or its reserved rights, a sentence or not. */
const COPYRIGHT_LINE = /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\b|.*\ball\s+rights\s+reserved\b)/i;

export const teasers = removeWhere('teaser', (paragraph, _all, context) => {
  const { text } = paragraph;
  if (paragraphWords(paragraph, MAX_TEASER_WORDS, context) > MAX_TEASER_WORDS) return undefined;
  if (PRESENTER_TEASER.test(text) || REPORTS_FROM.test(text)) return 'a video teaser ("… has more on …"), not article text';
  if (PROMPT_TEASER.test(text)) return 'a teaser pointing to other content';
  return undefined;
});

const navigationLines = removeWhere('navigation', (paragraph, _all, context) => {
  const { text } = paragraph;
  if (!NAVIGATION_START.test(text)) return undefined;
  const words = paragraphWords(paragraph, Math.max(MAX_LINK_LIST_WORDS, MAX_NAVIGATION_WORDS), context);
  const headlineAfter = words <= MAX_NAVIGATION_WORDS && (!endsLikeSentence(text) || NAVIGATION_COLON.test(text));
  const copyright = words <= MAX_NAVIGATION_WORDS && COPYRIGHT_LINE.test(text);
  if (isLinkList(text, words) || words <= 4 || headlineAfter || copyright) return 'navigation or page furniture';
  return undefined;
});

const editorNotes = removeWhere('editor-note', (paragraph, _all, context) =>
  EDITOR_NOTE.test(paragraph.text) && paragraphWords(paragraph, MAX_TEASER_WORDS, context) <= MAX_TEASER_WORDS ? "an editor's note about the page, not news" : undefined,
);

/** Short lines with no final period, or bar-separated link lists, at the very end; the first paragraph always stays. */
const trailingNavigation: Pass = (spans, context) => {
  const all = paragraphsOf(spans, context.text);
  let first = all.length;
  while (first > 1) {
    const { text } = all[first - 1];
    const words = paragraphWords(all[first - 1], Math.max(context.options.maxNavigationWords, MAX_LINK_LIST_WORDS), context);
    const linkLike = (words <= context.options.maxNavigationWords && !endsLikeSentence(text)) || isLinkList(text, words);
    if (!linkLike) break;
    first--;
  }
  const messages: Message[] = all.slice(first).map((paragraph) => removal('trailing-navigation', 'a short link-like line at the end of the page', paragraph.span));
  return { paragraphs: spans.slice(0, first) as Span[], messages };
};

/** A heading of links has at most this many words ("Related news", "Das könnte Sie auch interessieren"). */
const MAX_LINK_HEADING_WORDS = 5;
/** A heading of links alone on its line (not share, subscribe or comment lines). */
const LINK_HEADING = new RegExp(String.raw`^(?:${LINK_HEADINGS})\s*:?$`, 'iu');

/**
 * A heading of links near the end ("Related news", "Sur le même sujet", "Das
 * könnte Sie auch interessieren") and the short lines after it to the end of
 * the page, when none ends on a period: a linked headline may be a question
 * ("Marode Brücken – wie sicher sind die Bauwerke?"), which the trailing run
 * stops at. The first paragraph always stays.
 */
const linksUnderHeading: Pass = (spans, context) => {
  const all = paragraphsOf(spans, context.text);
  const limit = context.options.maxNavigationWords;
  let heading = all.length;
  for (let i = all.length - 1; i > 0; i--) {
    const words = paragraphWords(all[i], Math.max(limit, MAX_LINK_HEADING_WORDS), context);
    if (words <= MAX_LINK_HEADING_WORDS && LINK_HEADING.test(all[i].text)) {
      heading = i;
      break;
    }
    if (words > limit || /\.["'”’)]*$/u.test(all[i].text)) break;
  }
  if (heading >= all.length - 1) return { paragraphs: [...spans], messages: [] };
  const messages: Message[] = [
    removal('navigation', 'navigation or page furniture', all[heading].span),
    ...all.slice(heading + 1).map((paragraph) => removal('trailing-navigation', 'a short line under a heading of links at the end of the page', paragraph.span)),
  ];
  return { paragraphs: spans.slice(0, heading) as Span[], messages };
};

/** Ad markers inside paragraphs; the links under a heading at the end; navigation, editor's notes and paywall prompts anywhere; then lines to the reader left inside paragraphs; then the trailing run. */
const NAVIGATION_STEPS: readonly Pass[] = [inlineAdvertisements, linksUnderHeading, navigationLines, editorNotes, paywallPrompts, inlineFurniture, trailingNavigation];

export const navigation: Pass = (spans, context) => {
  let paragraphs: Span[] = [...spans];
  const messages: Message[] = [];
  for (const step of NAVIGATION_STEPS) {
    const next = step(paragraphs, context);
    paragraphs = next.paragraphs;
    for (const message of next.messages) messages.push(message);
  }
  return { paragraphs, messages };
};
