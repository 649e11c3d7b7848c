/**
 * Live blogs read as what they are. A live blog is one page of many short
 * posts, each opened by the time it was posted ("14:32", "2.32pm", "14h32",
 * "Updated 09.15 GMT", "+++ 9.45 Uhr:", "Ore 14.20 -", "35 min ago",
 * "hace 2 horas", "vor 35 Minuten", "19.05 | El ministro…"), newest first. Read as it shows,
 * its latest post would be the lede of a summary and the first report of a
 * timeline, and its times would be cut as section headings.
 *
 * `readLiveBlog` takes an article as `buildArticle` made it (every reader's,
 * whatever its format) and, when it is a live blog, gives it anew:
 *
 * - a post opens with a paragraph that is a time alone, or that starts with
 *   a time and a separator before its text (the time is split off into its
 *   own paragraph, so the post's text reads as sentences); its paragraphs run
 *   to the next post's time; a time alone right before another ("Mis à jour
 *   à 16h42" over the posts) or at the end is no post's;
 * - a page is a live blog when at least `MIN_POSTS` posts hold a paragraph
 *   of `MIN_POST_WORDS` words or more that ends a sentence, the first post opens within the
 *   first `MAX_LEAD_PARAGRAPHS` paragraphs (a standfirst may come first), the
 *   posts hold `MIN_POSTS_SHARE` of the text, and their times run one way in
 *   at least `MIN_ORDER_SHARE` of the steps between posts (a pinned post
 *   may break it; on a page that mixes "35 min ago" with "09:20", a
 *   relative time compares as the time of day it counts back to from the
 *   page's date-time, and a clock naming its zone as its time in the page's
 *   offset); a timetable (no sentences), a sports report's minutes
 *   ("23' Smith", not a clock), an article dated "14:32 — updated" (one
 *   time) are not;
 * - a page that shows its posts newest first is put oldest first: the
 *   paragraphs before the first post stay first, then the posts in reverse,
 *   each post's own paragraphs in their order, without the "+++" a German
 *   ticker sets around a post's time and text; the text is joined anew from
 *   them (the text is still as read: the reader builds it, nothing changes it
 *   afterwards);
 * - each post's span, the span of its time as written, and its time as ISO
 *   8601 go to `Article.posts`, oldest first; a `live-blog` message says what
 *   was done. A clock time is on the day of the page's published date (else
 *   its modified date), in the zone the post names (GMT, CET…) or else the
 *   offset of that date, a day later each time the clock runs back past
 *   midnight (back by more than half a day: a pinned post's earlier time
 *   stays on its day), from the day before when the first post's clock is
 *   more than half a day past the page's (a page dated by its last update,
 *   at 01:15, of posts from 22:30); with no date the time of day alone is kept
 *   ("14:32"). A relative time ("35 min ago") counts back from the page's
 *   modified date-time, else its published one, else the time of reading,
 *   and is given in UTC.
 */
import type { Article, Message, Post, Span } from '../article.js';
import { endsLikeSentence } from '../clean/pass.js';
import { countWords } from '../text/words.js';
import { offsetText, ZONE_OFFSETS } from './dates.js';
import { instantOf } from '../time.js';
import { joinParagraphs } from './normalize.js';

/** Fewest posts holding a sentence that make a page a live blog. */
export const MIN_POSTS = 3;
/** Fewest words of a post's text for it to count as one. */
export const MIN_POST_WORDS = 6;
/** Most paragraphs (a standfirst, key points) before the first post. */
export const MAX_LEAD_PARAGRAPHS = 3;
/** Least share of the text's characters the posts hold. */
export const MIN_POSTS_SHARE = 2 / 3;
/** Least share of the steps between posts whose times run the page's way. */
export const MIN_ORDER_SHARE = 2 / 3;

const MINUTES_A_DAY = 1440;

/** A post's time as written, read: a time of day, or minutes before the page's time. */
type PostTime = { kind: 'clock'; minutes: number; zone?: number } | { kind: 'ago'; minutes: number };

/** The "+++" a German ticker sets around a post's time and text ("+++ 9.45 Uhr +++", "+++ 9.45 Uhr: … +++"). */
const TICKER_MARKS = String.raw`\+{3}`;
const LEAD_IN = String.raw`(?:${TICKER_MARKS}\s*)?(?:(?:updated?|posted|published|actualizado|publicado|mis à jour|publié|ore)(?:\s+(?:at|a las|à))?:?\s+)?`;
const CLOCK = String.raw`(\d{1,2})(?:[:.](\d{2})(?:\s*([ap])\.?m\.?|\s+uhr)?|h(\d{2}))(?!\d)(?!\s+uhr\b)(?:\s+(GMT|UTC|BST|CET|CEST|WET|WEST|EET|EEST))?`;
/** Relative times, each a count and its unit: "35 min ago", "hace 2 horas", "il y a 1 h", "vor 35 Minuten", "35 minuti fa", "35 minuten geleden", "há 2 horas". */
const AGO = [
  String.raw`(\d{1,3})\s*(m|mins?|minutes?|h|hrs?|hours?)\s+ago`,
  String.raw`hace\s+(\d{1,3})\s*(min|minutos?|h|horas?)`,
  String.raw`il\s+y\s+a\s+(\d{1,3})\s*(min|minutes?|h|heures?)`,
  String.raw`vor\s+(\d{1,3})\s*(min\.?|minuten?|std\.?|stunden?)`,
  String.raw`(\d{1,3})\s*(min|minut[oi]|or[ae])\s+fa`,
  String.raw`(\d{1,3})\s*(min|minuut|minuten|uur)\s+geleden`,
  String.raw`há\s+(\d{1,3})\s*(min|minutos?|h|horas?)`,
];
/** A relative time's unit that counts hours: "h", "hours", "horas", "heures", "Stunden", "Std.", "ore", "uur". */
const HOUR_UNIT = /^(?:h|std|stunde|or[ae]$|uur$)/iu;
const TIME = `${LEAD_IN}(?:${CLOCK}|${AGO.join('|')})`;
/** A paragraph that is a time alone. */
const TIME_ALONE = new RegExp(`^${TIME}(?:\\s*${TICKER_MARKS})?$`, 'iu');
/** What may close a time printed alone: "8:24am:", "Updated 9.45pm -". */
const CLOSING_MARKS = new Set([':', '|', '\u2013', '\u2014', '-']);

/**
 * True when `paragraph` is a post's time alone, as a page prints the time it
 * was updated over its text ("8:24am:", "14:32", "Updated 9.45pm -"): no
 * words of the article. A closing colon or dash is allowed
 * (read from the end, with no pattern scanning a run of spaces).
 */
export function isTimeAlone(paragraph: string): boolean {
  const trimmed = paragraph.trim();
  const alone = TIME_ALONE.exec(CLOSING_MARKS.has(trimmed.slice(-1)) ? trimmed.slice(0, -1).trimEnd() : trimmed);
  return alone !== null && postTime(alone) !== undefined;
}

/** A time opening a post's text: "19.05 | El ministro…", "14:32 The minister…", "2.32pm: Crews…". */
const TIME_OPENING = new RegExp(String.raw`^${TIME}(?:\s*(?:[|\u2013\u2014]|${TICKER_MARKS})\s*|\s+-\s+|:\s+|\s+)(?=[\p{Lu}"“«¿¡'‘])`, 'iu');

/** A time read from the match of `TIME`, or undefined when its numbers are not a time. */
function postTime(match: RegExpExecArray): PostTime | undefined {
  const [, hour, minute, meridiem, hMinute, zone, ...agoParts] = match;
  if (hour !== undefined) {
    let hours = Number(hour);
    const minutes = Number(minute ?? hMinute);
    if (minutes > 59 || hours > (meridiem ? 12 : 23) || (meridiem && hours === 0)) return undefined;
    if (meridiem) hours = (hours % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
    return { kind: 'clock', minutes: hours * 60 + minutes, ...(zone ? { zone: ZONE_OFFSETS[zone.toUpperCase()] } : {}) };
  }
  for (let at = 0; at < agoParts.length; at += 2) {
    if (agoParts[at] === undefined) continue;
    return { kind: 'ago', minutes: Number(agoParts[at]) * (HOUR_UNIT.test(agoParts[at + 1]) ? 60 : 1) };
  }
  return undefined;
}

/** A paragraph as a post's opening: its time, the time as written (`timeStart` to `timeEnd`, a ticker's "+++" left out), and where its text starts (its length when the time stands alone). */
function postOpening(paragraph: string): { time: PostTime; timeStart: number; timeEnd: number; textStart: number } | undefined {
  const alone = TIME_ALONE.exec(paragraph);
  const opening = alone ?? TIME_OPENING.exec(paragraph);
  const time = opening && postTime(opening);
  if (!opening || !time) return undefined;
  const timeStart = LEADING_MARKS.exec(opening[0])![0].length;
  const written = opening[0].replace(/(?:\s*(?:[|\u2013\u2014:-]|\+{3}))?\s*$/u, '');
  return { time, timeStart, timeEnd: written.length, textStart: alone ? paragraph.length : opening[0].length };
}

/** A ticker's "+++" opening a paragraph, and closing one. */
const LEADING_MARKS = new RegExp(String.raw`^(?:${TICKER_MARKS}\s*)?`, 'u');
const TRAILING_MARKS = new RegExp(String.raw`\s*${TICKER_MARKS}$`, 'u');

/** A post's paragraph without the "+++" a ticker sets around it ("+++ Die Gewerkschaft … +++"). */
function withoutTickerMarks(paragraph: string): string {
  return paragraph.replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '');
}

/** A post as found in the paragraphs as read: the paragraph its time opens, and one past its last. */
interface FoundPost {
  time: PostTime;
  first: number;
  end: number;
}

/**
 * The article read as a live blog (see the header), or the article as it
 * is when it is not one. `readAt`: the time of reading, for relative times
 * on a page with no date-time. An article whose messages point into its
 * text already is left as it is (its text cannot be joined anew).
 */
export function readLiveBlog(article: Article, readAt: number): Article {
  if (article.paragraphs.length < MIN_POSTS || article.messages.some((message) => message.span)) return article;
  const paragraphs = article.paragraphs.map((span) => article.text.slice(span.start, span.end));
  // Most articles are no blog: none of the paragraphs a post must start within opens on a time.
  const lead = paragraphs.slice(0, MAX_LEAD_PARAGRAPHS + 1).map(postOpening);
  if (!lead.some(Boolean)) return article;
  const openings = [...lead, ...paragraphs.slice(lead.length).map(postOpening)];
  // A time alone with no text after it before the next time ("Mis à jour à 16h42" over the posts) is the page's, not a post's.
  for (let index = 0; index < openings.length; index++) {
    if (openings[index]?.textStart === paragraphs[index].length && (index + 1 === openings.length || openings[index + 1])) openings[index] = undefined;
  }
  const first = openings.findIndex(Boolean);
  if (first === -1 || first > MAX_LEAD_PARAGRAPHS) return article;
  const found: FoundPost[] = [];
  for (let index = first; index < paragraphs.length; index++) {
    const opening = openings[index];
    if (opening) found.push({ time: opening.time, first: index, end: index + 1 });
    else found[found.length - 1].end = index + 1;
  }
  const postText = (post: FoundPost) => [paragraphs[post.first].slice(openings[post.first]!.textStart), ...paragraphs.slice(post.first + 1, post.end)].filter(Boolean);
  const withSentences = found.filter((post) => postText(post).some((text) => countWords(text) >= MIN_POST_WORDS && holdsSentenceEnd(text))).length;
  if (withSentences < MIN_POSTS) return article;
  const inPosts = paragraphs.slice(first).reduce((sum, text) => sum + text.length, 0);
  if (inPosts < MIN_POSTS_SHARE * paragraphs.reduce((sum, text) => sum + text.length, 0)) return article;
  const order = timeOrder(comparableTimes(found.map((post) => post.time), article));
  if (order === undefined) return article;
  const oldestFirst = order === 'newest-first' ? [...found].reverse() : found;
  return rebuilt(article, paragraphs, openings, first, oldestFirst, order, readAt);
}

/** Whether a text ends a sentence somewhere: at its end, or before a space ("… in Bremerhafen. +++"). */
function holdsSentenceEnd(text: string): boolean {
  return endsLikeSentence(text) || /[.!?…]["'”’»)]*\s/u.test(text);
}

/**
 * The times as they compare: on a page that mixes relative and clock times
 * ("35 min ago" over "09:20"), each relative time as the time of day it
 * counts back to from the page's date-time, in the page's offset, and each
 * clock that names its zone ("11:00 GMT") as that time in the page's offset
 * too; as they are on a page with no date-time and offset to count from.
 */
function comparableTimes(times: readonly PostTime[], article: Article): PostTime[] {
  if (!times.some((time) => time.kind === 'clock') || !times.some((time) => time.kind === 'ago')) return [...times];
  const reference = [article.modified, article.published].find((date) => date !== undefined && DATE_TIME_WITH_OFFSET.test(date));
  const pageOffset = [article.published, article.modified].map((date) => date && DATE_TIME_WITH_OFFSET.exec(date)?.[1]).find(Boolean);
  if (reference === undefined || !pageOffset) return [...times];
  const offset = isoOffsetMinutes(pageOffset);
  const at = instantOf(reference) / 60_000 + offset;
  const inPageOffset = (minutes: number): PostTime => ({ kind: 'clock', minutes: ((minutes % MINUTES_A_DAY) + MINUTES_A_DAY) % MINUTES_A_DAY });
  return times.map((time) => (time.kind === 'ago' ? inPageOffset(at - time.minutes) : time.zone !== undefined ? inPageOffset(time.minutes - time.zone + offset) : time));
}

/** An ISO date-time with its offset ("2026-12-06T11:00:00+01:00", "…Z"), the offset captured. */
const DATE_TIME_WITH_OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** "+01:00" → 60, "Z" → 0. */
function isoOffsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6));
  return offset.startsWith('-') ? -minutes : minutes;
}

/** Which way the times run: 'newest-first', 'oldest-first', or undefined when neither holds `MIN_ORDER_SHARE` of the steps. */
function timeOrder(times: readonly PostTime[]): 'newest-first' | 'oldest-first' | undefined {
  let back = 0;
  let forward = 0;
  for (let index = 1; index < times.length; index++) {
    const step = timeStep(times[index - 1], times[index]);
    if (step < 0) back++;
    else if (step > 0) forward++;
  }
  const steps = times.length - 1;
  if (back >= MIN_ORDER_SHARE * steps && back > forward) return 'newest-first';
  if (forward >= MIN_ORDER_SHARE * steps && forward > back) return 'oldest-first';
  return undefined;
}

/** Whether `next` is later (1), earlier (-1) than `time`, or cannot be told (0): clocks run across midnight, a clock and a relative time do not compare. */
function timeStep(time: PostTime, next: PostTime): number {
  if (time.kind !== next.kind) return 0;
  if (time.kind === 'ago') return Math.sign(time.minutes - next.minutes);
  const forward = (next.minutes - time.minutes + MINUTES_A_DAY) % MINUTES_A_DAY;
  return forward === 0 ? 0 : forward < MINUTES_A_DAY / 2 ? 1 : -1;
}

/** The article with its posts oldest first, each time split off into its own paragraph, and `posts` set. */
function rebuilt(article: Article, paragraphs: readonly string[], openings: ReturnType<typeof postOpening>[], first: number, posts: readonly FoundPost[], order: string, readAt: number): Article {
  const ordered: string[] = paragraphs.slice(0, first);
  const placed: { first: number; count: number; time: PostTime; written: number }[] = [];
  let split = 0;
  for (const post of posts) {
    const opening = openings[post.first]!;
    const head = paragraphs[post.first];
    const postText = [head.slice(opening.textStart), ...paragraphs.slice(post.first + 1, post.end)].map(withoutTickerMarks).filter(Boolean);
    placed.push({ first: ordered.length, count: 1 + postText.length, time: post.time, written: opening.timeEnd - opening.timeStart });
    if (opening.textStart < head.length) split++;
    ordered.push(head.slice(opening.timeStart, opening.timeEnd), ...postText);
  }
  const { text, paragraphs: spans } = joinParagraphs(ordered);
  const times = postTimes(placed.map((post) => post.time), article, readAt);
  const livePosts: Post[] = placed.map((post, index) => {
    const opening = spans[post.first];
    const span: Span = { start: opening.start, end: spans[post.first + post.count - 1].end };
    return { span, written: { start: opening.start, end: opening.start + post.written }, time: times[index] };
  });
  const message: Message = {
    stage: 'read',
    rule: 'live-blog',
    reason:
      `a live blog of ${posts.length} posts, ${order === 'newest-first' ? 'newest first on the page: put them oldest first, so the first post opens the text' : 'oldest first on the page as read'}` +
      `${split > 0 ? `; the time opening ${split} of them split off into its own paragraph` : ''}; each post's time is kept in posts, from ${times[0]} to ${times[times.length - 1]}`,
  };
  return { ...article, text, paragraphs: spans, posts: livePosts, messages: [...article.messages, message] };
}

/** The posts' times, oldest first, as ISO 8601 (see the header). */
function postTimes(times: readonly PostTime[], article: Article, readAt: number): string[] {
  const dated = article.published ?? article.modified;
  const day = dated?.slice(0, 10);
  const pageOffset = dated && /(?:Z|[+-]\d{2}:\d{2})$/.exec(dated)?.[0];
  const reference = [article.modified, article.published].find((date) => date?.includes('T')) ?? new Date(readAt).toISOString();
  const pageClock = dated === undefined ? null : /T(\d{2}):(\d{2})/.exec(dated);
  const firstClock = times.find((time) => time.kind === 'clock');
  // A page dated by its last update after midnight ("01:15") whose first post is more than half a day later on the clock ("22:30"): the posts began the day before.
  let days = pageClock && firstClock && firstClock.minutes - (Number(pageClock[1]) * 60 + Number(pageClock[2])) > MINUTES_A_DAY / 2 ? -1 : 0;
  let previous: number | undefined;
  return times.map((time) => {
    if (time.kind === 'ago') return new Date(instantOf(reference) - time.minutes * 60_000).toISOString().replace(/\.000Z$/, 'Z');
    if (previous !== undefined && previous - time.minutes > MINUTES_A_DAY / 2) days++;
    previous = time.minutes;
    const clock = `${String(Math.floor(time.minutes / 60)).padStart(2, '0')}:${String(time.minutes % 60).padStart(2, '0')}`;
    if (!day) return clock;
    const date = new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const offset = time.zone === undefined ? (pageOffset ?? '') : time.zone === 0 ? 'Z' : offsetText(time.zone, ':');
    return `${date}T${clock}:00${offset}`;
  });
}
