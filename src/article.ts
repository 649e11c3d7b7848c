/**
 * The one type every stage enriches. An `Article` carries its text once;
 * paragraphs, sentences, tokens, messages and citations are `{start, end}`
 * spans into that text (UTF-16 offsets, `end` exclusive), never copies, so
 * any span can be checked against the source with `spanText`.
 *
 * Stages never mutate an article: each returns a new object that adds fields.
 */

/** A half-open range `[start, end)` of UTF-16 code units in `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** The input formats Tidings reads. */
export type Format = 'text' | 'html' | 'feed' | 'jsonl' | 'sgml';

/** Where an article came from: the input as the user named it, and the format read. */
export interface Origin {
  /** File path, URL, or `-` for stdin. */
  input: string;
  format: Format;
  /** Position of the article inside a multi-article input (feed item, JSONL line, SGML doc), 1-based. */
  item?: number;
}

/**
 * Something a stage removed, changed or could not parse, recorded instead of
 * being dropped silently (as vfile's `file.message`). `span` points into
 * `Article.text` when the problem is inside the kept text.
 */
export interface Message {
  /** Which stage wrote it: `read`, `clean`, `segment`... */
  stage: string;
  /** A short stable identifier of the rule, e.g. `repeated-headline`. */
  rule: string;
  /** A sentence a person can read. */
  reason: string;
  span?: Span;
}

/**
 * A post of a live blog, as `read` finds them (`src/read/live-blog.ts`):
 * the paragraphs it holds, its time as written, and that time read.
 */
export interface Post {
  /** From its time's paragraph to the end of its last paragraph. */
  span: Span;
  /** The time as the page writes it ("14:32", "Updated 09.15 GMT", "35 min ago"). */
  written: Span;
  /** ISO 8601: a date-time when the page's date tells the day (a relative time's in UTC), else the time of day alone ("14:32"). */
  time: string;
}

/** Whether two spans share a character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

/** Whether `span` starts inside the post (a fact, quotation or claim told in it). */
export function inPost(post: Post, span: Span): boolean {
  return span.start >= post.span.start && span.start < post.span.end;
}

/** The day of a post's time, `YYYY-MM-DD`; undefined when its time is a time of day alone (a page with no date). */
export function postDay(post: Post): string | undefined {
  return /^\d{4}-\d{2}-\d{2}T/.test(post.time) ? post.time.slice(0, 10) : undefined;
}

export interface Token extends Span {
  /** Lower-cased surface form with quotes and dashes normalized. */
  norm: string;
  /** Porter stem of `norm` (ROUGE-1.5.5's stemmer). */
  stem: string;
  /** True for function words (ROUGE's stopword list). */
  stop: boolean;
  /** True for tokens made only of punctuation. */
  punct: boolean;
  /**
   * Which surface form this is, as a key for memos of what a form means:
   * tokens of one `form` have the same `norm`, `stem`, `stop` and `punct`
   * (one `norm` may have several forms). Numbered within this process,
   * never reused in it; not comparable across processes.
   */
  form: number;
}

export interface Sentence extends Span {
  /** Index into `Article.paragraphs`. */
  paragraph: number;
  /** Index of the first token in `Article.tokens`. */
  tokenStart: number;
  /** One past the index of the last token in `Article.tokens`. */
  tokenEnd: number;
}

export interface Article {
  /** Stable identifier: given by the input (DOCNO, JSONL `id`) or derived from URL or text. */
  id: string;
  url?: string;
  /** Publisher name, e.g. "Harbor Daily". */
  outlet?: string;
  title?: string;
  byline?: string;
  /** ISO 8601 date or date-time. */
  published?: string;
  /** ISO 8601 date or date-time. */
  modified?: string;
  /** BCP 47 language tag when known, e.g. `en`. */
  language?: string;
  /** The article body as read: normalized line breaks and quotes, immutable afterwards. */
  text: string;
  /** Paragraphs of article content, in order. Boilerplate removed by cleaning is not among them. */
  paragraphs: Span[];
  messages: Message[];
  origin: Origin;
  /** Set by `read` on a live blog: its posts, oldest first, as they are in `text`. */
  posts?: Post[];
  /** Set by `segment`. */
  sentences?: Sentence[];
  /** Set by `segment`. */
  tokens?: Token[];
  /**
   * Set by `segment`: the language its sentences and stopwords were read in
   * (`readingLanguage`: the one declared unless the text clearly says otherwise, else the text's), an ISO 639-1 code;
   * absent when neither tells. Not stored: segmenting finds it again.
   */
  textLanguage?: string;
}

/** An article after `segment`: sentences and tokens are present. */
export interface SegmentedArticle extends Article {
  sentences: Sentence[];
  tokens: Token[];
}

/** Where in its input an article was read, as problems name it: `line 7` of a JSONL file, `item 3` of a feed or SGML file, '' for a whole file. */
export function originPlace(origin: Origin): string {
  if (!origin.item) return '';
  return `${origin.format === 'jsonl' ? 'line' : 'item'} ${origin.item}`;
}

/** Title characters a feed item's place quotes. */
const PLACE_TITLE_CHARS = 80;

/**
 * Where an article sits in its input, as problems name it; a feed item also
 * by its title and address, which a reader of the feed knows it by (its
 * number they cannot see): `item 2, "Watch: the river at dawn", https://…`.
 */
export function itemPlace(origin: Origin, item: { title?: string; url?: string }): string {
  const place = originPlace(origin);
  if (origin.format !== 'feed' || !place) return place;
  const title = item.title?.trim();
  const quoted = title ? JSON.stringify(title.length > PLACE_TITLE_CHARS ? `${title.slice(0, PLACE_TITLE_CHARS)}…` : title) : undefined;
  return [place, quoted, item.url].filter(Boolean).join(', ');
}

/** The characters a span covers. Throws on a span that does not fit the text. */
export function spanText(text: string, span: Span): string {
  if (
    !Number.isInteger(span.start) ||
    !Number.isInteger(span.end) ||
    span.start < 0 ||
    span.end < span.start ||
    span.end > text.length
  ) {
    throw new RangeError(
      `tidings: expected a span inside a text of ${text.length} characters, got {start: ${span.start}, end: ${span.end}}`,
    );
  }
  return text.slice(span.start, span.end);
}

/** The span from `start` to `end` without the spaces and control characters at either side (empty where only they stand). */
export function trimmedSpan(text: string, start: number, end: number): Span {
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return { start, end };
}

/** What cleaning kept of the article: its paragraphs' text, a blank line between each two (what search indexes). */
export function keptText(article: Article): string {
  return article.paragraphs.map((paragraph) => spanText(article.text, paragraph)).join('\n\n');
}

export function isSegmented(article: Article): article is SegmentedArticle {
  return Array.isArray(article.sentences) && Array.isArray(article.tokens);
}

/** Throws a misuse error unless the article went through `segment`. */
export function assertSegmented(article: Article, caller: string): asserts article is SegmentedArticle {
  if (!isSegmented(article)) {
    throw new TypeError(`tidings: ${caller} expected a segmented article (run segment first), got article ${JSON.stringify(article?.id)} without sentences`);
  }
}

/**
 * `read` made to read each article once: an article never changes once made,
 * so a later call with the same article object answers what the first found
 * (kept as long as the article is: a WeakMap).
 */
export function oncePerArticle<A extends object, T>(read: (article: A) => T): (article: A) => T {
  const found = new WeakMap<A, T>();
  return (article) => {
    if (found.has(article)) return found.get(article)!;
    const value = read(article);
    found.set(article, value);
    return value;
  };
}
