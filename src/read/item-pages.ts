/**
 * Feeds that give a teaser for each item, not the article: with
 * `fetchPages`, each short item that links to a web page is read again from
 * that page (fetched like any address), keeping what the feed says of it
 * (id, link, title, date, outlet) where the page says nothing. An item whose
 * page cannot be read stays as the feed gave it, with a message saying why;
 * so do the teasers after the first `MAX_ITEM_PAGES`, taken in the order
 * given (the feed's: newest first, as feeds give them). The page reader decides
 * which addresses may be read (`fetch.ts` refuses local ones for a feed from
 * elsewhere).
 */
import type { Article } from '../article.js';
import { WEB_ADDRESS } from './address.js';

/** An item with fewer words than this is a teaser, worth reading from its page. */
export const TEASER_WORDS = 150;

/** Pages fetched at once: polite to one site, and a slow page does not hold up the others. */
const AT_ONCE = 4;

/** At most this many pages are read for one feed, so a feed of thousands of teasers costs bounded time. */
export const MAX_ITEM_PAGES = 50;

/** The rule of the messages saying whether an item's text was read from its page. */
export const ITEM_PAGE_RULE = 'item-page';

/** The rule of the message on an item left unread because its id is stored: its text is the feed's, not what was stored from its page. */
export const STORED_ITEM_RULE = 'stored-item';

/** The article a page gives, or the reason it gives none. */
export type PageReader = (url: string) => Promise<{ articles: readonly Article[]; problems: readonly { reason: string }[] }>;

/**
 * The items, each short one replaced by the article of its page when that
 * page reads as one article with more words; items whose ids are `stored`
 * already are left as they are, unread.
 */
export async function withItemPages(items: readonly Article[], readPage: PageReader, stored: ReadonlySet<string> = new Set()): Promise<Article[]> {
  const result = items.map((item) =>
    stored.has(item.id) ? { ...item, messages: [...item.messages, { stage: 'read', rule: STORED_ITEM_RULE, reason: "kept the feed's text: the item is stored, its page is not read again" }] } : item,
  );
  const teasers = items.map((item, index) => ({ item, index })).filter(({ item }) => !stored.has(item.id) && item.url && WEB_ADDRESS.test(item.url) && words(item) < TEASER_WORDS);
  const pending = teasers.slice(0, MAX_ITEM_PAGES);
  for (const { item, index } of teasers.slice(MAX_ITEM_PAGES)) {
    result[index] = kept(item, `only the first ${MAX_ITEM_PAGES} teasers of a feed are read from their pages`);
  }
  const work = async () => {
    for (let next = pending.shift(); next; next = pending.shift()) result[next.index] = await fromPage(next.item, readPage);
  };
  await Promise.all(Array.from({ length: AT_ONCE }, work));
  return result;
}

async function fromPage(item: Article, readPage: PageReader): Promise<Article> {
  const url = item.url!;
  const { articles, problems } = await readPage(url);
  const page = articles.length === 1 ? articles[0] : undefined;
  if (!page || words(page) <= words(item)) {
    const why = problems[0]?.reason ?? (page ? 'it holds no more text than the feed' : `it gives ${articles.length} articles, not one`);
    return kept(item, `its page ${url} was not used (${why})`);
  }
  return {
    ...page,
    id: item.id,
    url,
    outlet: item.outlet ?? page.outlet,
    title: item.title ?? page.title,
    published: item.published ?? page.published,
    byline: page.byline ?? item.byline,
    origin: { ...item.origin, format: page.origin.format },
    messages: [{ stage: 'read', rule: ITEM_PAGE_RULE, reason: `text read from the item's page ${url}` }, ...item.messages, ...page.messages],
  };
}

/** The item as the feed gave it, saying why its page was not used. */
function kept(item: Article, why: string): Article {
  return { ...item, messages: [...item.messages, { stage: 'read', rule: ITEM_PAGE_RULE, reason: `kept the feed's text: ${why}` }] };
}

function words(article: Article): number {
  let count = 0;
  for (const span of article.paragraphs) count += article.text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
  return count;
}
