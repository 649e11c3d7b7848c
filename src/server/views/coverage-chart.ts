/**
 * Coverage of a story by outlet over time: one row per outlet (per article
 * when the outlet is unknown, with its short id when another row's label is
 * the same), one dot per
 * article at the time it was published (an undated article is left out and
 * counted: when it was stored says nothing of the story), and for a live
 * blog a smaller dot for each post its timeline lists (`storyTimeline`) at
 * the post's time instead, so a blog stands over the hours it covered and
 * not at one time; as an inline SVG drawn
 * on the server, with a title, a description and a table as its text
 * alternative. A story of many outlets shows the `MAX_CHART_ROWS - 1` with
 * the most articles and one row for the others; articles at one spot of a
 * row, or closer than `DOT_STEP`, share a dot; a row lists its first `MAX_SHOWN_ITEMS` times and counts
 * the rest.
 */
import type { TimelineEntry } from '../../facts/index.js';
import type { StoryArticle } from '../../store/index.js';
import { html, type SafeHtml } from './html.js';
import { minute } from '../../render/minute.js';
import { openingWords, sourceName } from '../../render/outlet-name.js';
import { articleLang, type Readable } from './article-text.js';
import { prefixOf, shortenedAtWord } from '../../text/prefix.js';
import { firstShown, moreNote } from '../../render/shown.js';
import { count } from '../../render/story-overview.js';
import { instantOf } from '../../time.js';
import { outletCaseKey } from '../../text/outlet-case.js';

/** Rows of the chart at most, the last one holding the outlets with the fewest articles. */
export const MAX_CHART_ROWS = 12;

const WIDTH = 720;
const LABEL_WIDTH = 190;
const RIGHT = 60;
const ROW = 30;
const TOP = 16;
const AXIS = 40;
const MAX_LABEL = 26;
/** Characters of an article's id at most, shown after the name of a row of no outlet whose label another row's repeats. */
const SHORT_ID = 10;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Labelled days on the time axis at most. */
const MAX_DAY_TICKS = 6;

/** A dot: an article at its publication time, or a live blog's post at its own. */
interface Mark {
  time: number;
  /** As the table and description show it: "2026-03-14 05:00". */
  date: string;
  post: boolean;
}

interface OutletRow {
  outlet: string;
  /** For a row of one article of no outlet, the article's id. */
  article?: string;
  /** For a row of one article of neither outlet nor title, the words it opens with (`openingWords`) and their language (`articleLang`): the chart's label shows them in italics, without the `OPENING_LABEL` its `outlet` starts with. */
  opening?: { words: string; lang: SafeHtml | '' };
  /** What tells the row from another of the same label: " (f019e8d1e…)", the article's short id, or "". */
  tag: string;
  articles: number;
  posts: number;
  marks: Mark[];
}

/** A dated time as a mark, or undefined when it is no date-time. */
function mark(published: string | null | undefined, post: boolean): Mark | undefined {
  const time = published ? instantOf(published) : NaN;
  return published && Number.isFinite(time) ? { time, date: minute(published), post } : undefined;
}

/** The page's articles by id (its `names`): an article with neither outlet nor title whose text is there is named by the words it opens with (`sourceName`). */
type ArticleTexts = ReadonlyMap<string, Readable>;

/** Each live blog's dated posts in the timeline, by article id. */
function postMarks(timeline: readonly TimelineEntry[]): Map<string, Mark[]> {
  const byArticle = new Map<string, Mark[]>();
  for (const entry of timeline) {
    const postMark = entry.post && mark(entry.published, true);
    if (!postMark) continue;
    const marks = byArticle.get(entry.article);
    if (marks) marks.push(postMark);
    else byArticle.set(entry.article, [postMark]);
  }
  return byArticle;
}

function outletRows(articles: readonly StoryArticle[], timeline: readonly TimelineEntry[], texts: ArticleTexts): OutletRow[] {
  const posts = postMarks(timeline);
  const rows = new Map<string, OutletRow>();
  for (const article of articles) {
    const blogPosts = posts.get(article.id);
    const published = mark(article.published, false);
    if (!blogPosts && !published) continue;
    const text = texts.get(article.id);
    const outlet = sourceName(article, text?.text);
    const words = article.outlet || article.title ? undefined : openingWords(text?.text);
    // One row per outlet however its name is cased ("Pellam Post", "PELLAM POST"), as the story counts its outlets (`outletCaseKey`).
    const key = article.outlet === null ? `\u0000${article.id}` : outletCaseKey(article.outlet);
    const row = rows.get(key) ?? { outlet, ...(article.outlet === null ? { article: article.id } : {}), ...(words === undefined ? {} : { opening: { words, lang: articleLang(text) } }), tag: '', articles: 0, posts: 0, marks: [] };
    row.articles++;
    row.posts += blogPosts?.length ?? 0;
    row.marks.push(...(blogPosts ?? [published!]));
    rows.set(key, row);
  }
  return [...rows.values()];
}

/**
 * At most `MAX_CHART_ROWS` rows: the outlets with the most articles (the
 * earlier one first on a tie) in their order, then one row of the others'
 * articles in time order.
 */
function chartRows(rows: readonly OutletRow[]): OutletRow[] {
  if (rows.length <= MAX_CHART_ROWS) return [...rows];
  const order = rows.map((row, index) => ({ row, index })).sort((a, b) => b.row.articles - a.row.articles || a.index - b.index);
  const kept = new Set(order.slice(0, MAX_CHART_ROWS - 1).map(({ row }) => row));
  const others = rows.filter((row) => !kept.has(row));
  const other: OutletRow = {
    outlet: `${others.length.toLocaleString('en-US')} other outlets`,
    tag: '',
    articles: others.reduce((sum, row) => sum + row.articles, 0),
    posts: others.reduce((sum, row) => sum + row.posts, 0),
    marks: others.flatMap((row) => row.marks).sort((a, b) => a.time - b.time),
  };
  return [...rows.filter((row) => kept.has(row)), other];
}

/** A row's name as the chart's label shows it, before its tag: its name, or the words an article opens with alone (`rowLabelView`), cut so that with the tag kept whole it fits `MAX_LABEL` characters. */
function rowLabel(row: OutletRow): string {
  const name = row.opening?.words ?? row.outlet;
  const room = MAX_LABEL - row.tag.length;
  return name.length > room ? `${prefixOf(name, room - 1)}…` : name;
}

/** A row's label in the chart: the words an article opens with in italics, so the room of the label goes to them, not to the `OPENING_LABEL` the table and description give. */
function rowLabelView(row: OutletRow): SafeHtml {
  const label = rowLabel(row);
  return row.opening === undefined ? html`${label}${row.tag}` : html`<tspan font-style="italic"${row.opening.lang}>${label}</tspan>${row.tag}`;
}

/** The rows, each of no outlet whose label another row's repeats (a reprint and its source, neither naming an outlet, open with the same words) tagged with its article's short id. */
function distinctRows(rows: readonly OutletRow[]): OutletRow[] {
  const labels = new Map<string, number>();
  for (const row of rows) labels.set(rowLabel(row), (labels.get(rowLabel(row)) ?? 0) + 1);
  return rows.map((row) => (row.article !== undefined && labels.get(rowLabel(row))! > 1 ? { ...row, tag: ` (${shortenedAtWord(row.article, SHORT_ID)})` } : row));
}

/** A row's name in full, as the table and the description give it. */
function rowName(row: OutletRow): string {
  return `${row.outlet}${row.tag}`;
}

/** "1 article, 8 live blog posts". */
function rowCount(row: OutletRow): string {
  return `${count(row.articles, 'article')}${row.posts > 0 ? `, ${count(row.posts, 'live blog post')}` : ''}`;
}

/** "2026-03-14 05:00, 2026-03-14 09:30": each time once, the first `MAX_SHOWN_ITEMS`, the rest counted. */
function timesText(dates: readonly string[]): string {
  const { shown, more } = firstShown([...new Set(dates)]);
  return `${shown.join(', ')}${moreNote(more)}`;
}

/**
 * Apart by less than this (in the chart's units, a pixel or more on a
 * screen) two dots of a row are drawn as one: a dot is 12 across, so none
 * is lost to the eye, and a row holds at most one dot per `DOT_STEP` of its
 * width, however many articles it has (a story of 1,000 articles drew 56 KB
 * of dots, to the tenth of a unit).
 */
export const DOT_STEP = 2;

/** The x positions of a row's dots of articles, or of posts, one per `DOT_STEP`. */
function dotPositions(marks: readonly Mark[], post: boolean, x: (time: number) => number): number[] {
  return [...new Set(marks.filter((one) => one.post === post).map((one) => Math.round(x(one.time) / DOT_STEP) * DOT_STEP))];
}

function tickLabel(time: number, span: number): string {
  const iso = new Date(time).toISOString();
  return span < 2 * DAY ? `${iso.slice(5, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

/**
 * Where the time axis is marked: under two days, at its ends and quarters,
 * labelled with the time; else at midnights (UTC), every day or every few
 * days up to `MAX_DAY_TICKS`, each labelled with its day, so no two labels
 * name one day and a day's label stands where that day begins.
 */
function axisTicks(first: number, last: number): number[] {
  const span = last - first;
  if (span === 0) return [first];
  if (span < 2 * DAY) return [0, 0.25, 0.5, 0.75, 1].map((share) => first + share * span);
  const step = Math.ceil(span / DAY / MAX_DAY_TICKS) * DAY;
  const ticks: number[] = [];
  for (let tick = Math.ceil(first / DAY) * DAY; tick <= last; tick += step) ticks.push(tick);
  return ticks;
}

/** The chart of `articles`, a live blog's posts placed by `timeline` (the story report's, `storyTimeline`), the texts of those that name neither outlet nor title in `texts`. */
export function coverageChart(articles: readonly StoryArticle[], timeline: readonly TimelineEntry[] = [], texts: ArticleTexts = new Map()): SafeHtml {
  const rows = distinctRows(chartRows(outletRows(articles, timeline, texts)));
  if (rows.length === 0) return html`<p class="muted">No dated article to chart.</p>`;
  const undated = articles.length - rows.reduce((sum, row) => sum + row.articles, 0);
  const posts = rows.some((row) => row.posts > 0);
  const times = rows.flatMap((row) => row.marks.map((one) => one.time));
  const first = times.reduce((earliest, time) => Math.min(earliest, time), Infinity);
  const last = times.reduce((latest, time) => Math.max(latest, time), -Infinity);
  const span = last - first;
  const plot = WIDTH - LABEL_WIDTH - RIGHT;
  const x = (time: number) => LABEL_WIDTH + (span === 0 ? plot / 2 : ((time - first) / span) * plot);
  const height = TOP + rows.length * ROW + AXIS;
  const axisY = TOP + rows.length * ROW;
  const ticks = axisTicks(first, last);
  const description = rows.map((row) => `${rowName(row)}: ${rowCount(row)} (${timesText(row.marks.map((one) => one.date))})`).join('; ');
  return html`<figure class="chart">
<svg role="img" aria-labelledby="coverage-title coverage-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">
<title id="coverage-title">Coverage by outlet over time</title>
<desc id="coverage-desc">${description}</desc>
${rows.map((row, i) => {
  const y = TOP + i * ROW + ROW / 2;
  return html`<line class="grid" x1="${LABEL_WIDTH}" x2="${WIDTH - RIGHT}" y1="${y}" y2="${y}"/>
<text x="${LABEL_WIDTH - 8}" y="${y + 4}" text-anchor="end">${rowLabelView(row)}</text>
${dotPositions(row.marks, false, x).map((cx) => html`<circle class="dot" cx="${cx}" cy="${y}" r="6"/>`)}${dotPositions(row.marks, true, x).map((cx) => html`<circle class="dot post" cx="${cx}" cy="${y}" r="4"/>`)}`;
})}
<line class="axis" x1="${LABEL_WIDTH}" x2="${WIDTH - RIGHT}" y1="${axisY}" y2="${axisY}"/>
${ticks.map(
  (tick) => html`<line class="axis" x1="${x(tick).toFixed(1)}" x2="${x(tick).toFixed(1)}" y1="${axisY}" y2="${axisY + 5}"/>
<text x="${x(tick).toFixed(1)}" y="${axisY + 20}" text-anchor="middle">${tickLabel(tick, span)}</text>`,
)}
</svg>
<figcaption>Each dot is an article, placed at the time it was published (UTC)${posts ? ', or a smaller one a live blog’s post, at the time it was posted' : ''}; articles published at about the same time share a dot.${rows.some((row) => row.opening) ? ' A label in italics is the words an article that names neither outlet nor title opens with.' : ''}${undated > 0 ? ` ${count(undated, 'article')} with no date ${undated === 1 ? 'is' : 'are'} not shown.` : ''}</figcaption>
</figure>
<details>
<summary>Coverage as a table</summary>
<table>
<caption>Articles by outlet</caption>
<thead><tr><th scope="col">Outlet</th><th scope="col" class="number">Articles</th><th scope="col">Published</th></tr></thead>
<tbody>${rows.map((row) => html`<tr><th scope="row">${rowName(row)}</th><td class="number">${row.articles}${row.posts > 0 ? ` (${count(row.posts, 'post')})` : ''}</td><td>${timesText(row.marks.map((one) => one.date))}</td></tr>`)}</tbody>
</table>
</details>`;
}
