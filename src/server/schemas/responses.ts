/**
 * What the API answers, as zod schemas: the OpenAPI document is generated
 * from them and the tests check every response against them, so the
 * documentation cannot drift from the code.
 */
import { z } from 'zod';
import { MAX_QUOTED_CHARS } from '../../render/shown.js';

const nullableText = z.string().nullable();

export const span = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) }).describe('[start, end) in UTF-16 code units of the article text');
/** Beside a text cut to its first `MAX_QUOTED_CHARS` characters. */
const textTruncated = z.literal(true).optional().describe(`the text is cut to its first ${MAX_QUOTED_CHARS.toLocaleString('en-US')} characters; its span gives the whole`);
const quotedSpan = span.extend({ text: z.string().describe('the characters the span covers'), textTruncated });

export const errorResponse = z.strictObject({
  error: z.string(),
  details: z.array(z.strictObject({ path: z.string().describe('where in the request (dotted path, or "")'), message: z.string() })),
});

export const pageInfo = z.strictObject({
  limit: z.number().int(),
  offset: z.number().int(),
  next: z.string().nullable().describe('cursor of the next page; null on the last page'),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.strictObject({ items: z.array(item), page: pageInfo });
}

export const storyRow = z.strictObject({
  id: z.string(),
  headline: nullableText,
  size: z.number().int().describe('articles'),
  outlets: z.number().int().describe('distinct outlets'),
  firstSeen: z.string().describe("its earliest article's date: published (a live blog's first post when earlier), else when it was ingested"),
  lastSeen: z.string().describe("its latest article's date: published, else when it was ingested"),
  firstPublished: nullableText.describe('the earliest date its articles give; null when none gives one'),
  lastPublished: nullableText.describe('the latest date its articles give; null when none gives one'),
  version: z.number().int().describe('bumped whenever the story gains articles'),
});

export const relatedStory = storyRow.extend({
  similarity: z.number().describe('the highest similarity of an article of either story to the other'),
  links: z.number().int().describe('how many articles came near the other story'),
});

const copyKind = z.enum(['reprint', 'rewrite', 'independent']);

const wordEdit = z.strictObject({ op: z.enum(['equal', 'insert', 'delete', 'replace']), source: quotedSpan.optional(), copy: quotedSpan.optional() });

export const storyArticle = z.strictObject({
  id: z.string(),
  outlet: nullableText,
  title: nullableText,
  url: nullableText,
  published: nullableText,
  seen: z.string(),
  input: z.string(),
  similarity: z.number(),
  verdict: z.enum(['reprint', 'rewrite', 'independent', 'original']),
  revised: z.boolean().describe('an update replaced an earlier text of it (a report corrected or developed under its id)'),
});

export const copyView = z.strictObject({
  article: z.string().describe('the copy'),
  source: z.string().describe('the article it copied'),
  kind: z.enum(['reprint', 'rewrite']),
  share: z.number().describe("share of the copy's sentences taken from the source"),
  sentences: z.array(
    z.strictObject({
      sentence: quotedSpan.describe("the copy's sentence"),
      source: quotedSpan.describe("the source's sentence"),
      similarity: z.number(),
      verbatim: z.boolean(),
      edits: z.array(wordEdit).describe("the word edits: against the source's sentence, the two merged ones (merged), or the part a split half took (split)"),
      merged: z
        .strictObject({ first: quotedSpan, second: quotedSpan, leftOut: quotedSpan.optional().describe('the source sentences between the two, in no edit') })
        .optional()
        .describe('the sentence merges two sentences of the source'),
      split: z
        .strictObject({ sentence: quotedSpan.describe("the copy's sentence holding the rest"), part: quotedSpan.describe('the part of the source sentence this one took'), rest: quotedSpan })
        .optional()
        .describe("the sentence is half of the source's sentence split in two"),
    }),
  ),
});

const versionChanges = z.strictObject({
  headline: z.strictObject({ before: nullableText, after: nullableText }).optional().describe('the title changed (null: none)'),
  sentences: z
    .array(
      z.strictObject({
        kind: z.enum(['added', 'removed', 'changed']),
        before: quotedSpan.optional().describe('the sentence in the earlier version (absent when added)'),
        after: quotedSpan.optional().describe('the sentence in the later version (absent when removed)'),
        edits: z.array(wordEdit).optional().describe('changed: the word edits, source the earlier words, copy the later'),
      }),
    )
    .describe('run by run in the order of the texts: in each run of differing sentences, those removed, then those added or changed'),
  numbers: z.array(z.strictObject({ before: quotedSpan, after: quotedSpan })).describe('words replaced in a changed sentence holding a number on both sides ("12" → "14")'),
});

const earlierVersion = z.strictObject({
  replaced: z.string().describe('when the text that replaced it was stored (ISO 8601)'),
  title: nullableText,
  published: nullableText,
  modified: nullableText,
  updated: nullableText.describe('when the text that replaced it says it was modified'),
  changes: versionChanges.describe('what the next text (the next earlier version, or the article as stored now) changed; spans of before are in this version, of after in the next'),
});

export const revisionItem = z
  .strictObject({ article: z.string(), versions: z.array(earlierVersion).describe('its earlier versions kept, oldest first') })
  .describe('an article an update replaced, with what each update changed');

export const versionsResponse = revisionItem.extend({
  version: z.number().int().describe('format version of the earlier versions'),
  versions: z.array(earlierVersion.extend({ text: z.string().describe('the earlier version as read') })).describe('its earlier versions kept (at most ingest.keptVersions), oldest first; none when it was never updated, or updated before they were kept'),
});

const origin = z.strictObject({ input: z.string(), format: z.enum(['text', 'html', 'feed', 'jsonl', 'sgml']), item: z.number().int().optional() });

export const articleMetadata = z.strictObject({
  id: z.string(),
  url: nullableText,
  outlet: nullableText,
  title: nullableText,
  byline: nullableText,
  published: nullableText,
  modified: nullableText,
  language: nullableText,
  origin,
});

export const articleResponse = articleMetadata.extend({
  version: z.number().int().describe('format version of the article'),
  text: z.string(),
  paragraphs: z.array(span),
  sentences: z.array(span.extend({ paragraph: z.number().int() })),
  messages: z.array(z.strictObject({ stage: z.string(), rule: z.string(), reason: z.string(), span: span.optional() })),
  posts: z
    .array(z.strictObject({ span, written: span.describe('the time as the page writes it'), time: z.string().describe('ISO 8601; the time of day alone when the page gives no date') }))
    .optional()
    .describe("a live blog's posts, oldest first, as the reader put them"),
});

/** A fact value a summary sentence states or is disputed by (`markDisputes`). */
const disputedValue = z.strictObject({
  value: z.union([z.number(), z.string()]).describe('a count or amount, an ISO date, or with `unit` "name" or "title" a person\'s name or title as written (titles lower-cased)'),
  qualifier: z.enum(['exact', 'about', 'more-than', 'at-least', 'nearly', 'up-to', 'less-than', 'range']),
  upper: z.number().optional(),
  unit: z.string().optional(),
});

const summaryBase = z.strictObject({
  version: z.number().int(),
  headline: z.strictObject({ article: z.string(), text: z.string(), textTruncated, span: span.optional() }).nullable(),
  length: z.strictObject({ words: z.number().int(), bytes: z.number().int(), sentences: z.number().int() }),
  sentences: z.array(
    z.strictObject({
      text: z.string(),
      textTruncated,
      article: z.string().describe('the article the words are taken from'),
      parts: z.array(span),
      truncated: z.boolean().optional(),
      citations: z.array(
        z.strictObject({
          article: z.string(),
          span: span,
          support: z.number(),
          grade: z.enum(['states', 'partly']).describe('`states`: the cited sentence makes the whole claim of the summary sentence; `partly`: only part of it, with less detail'),
          number: z.number().int().describe('1-based number of the cited source'),
          text: z.string().describe('the cited sentence, read back through the span'),
          textTruncated,
        }),
      ),
      citationCount: z.number().int().describe('how many articles state the sentence (citations lists the first `sources` in a story)'),
      disputed: z
        .array(
          z.strictObject({
            label: z.string().describe('what the fact counts, e.g. "people killed"'),
            stated: disputedValue.extend({ sources: z.array(z.strictObject({ article: z.string(), span })).describe('every article stating the value') }),
            others: z.array(disputedValue.extend({ sources: z.array(z.strictObject({ article: z.string(), span, number: z.number().int().describe('1-based number of the source, as citations are numbered') })).describe('the first `sources` articles stating it') })),
          }),
        )
        .optional()
        .describe('numbers, dates, ages, names and titles the sentence states that other sources give otherwise the same day, each with the values it cannot be true with'),
    }),
  ),
  sources: z.array(z.string()).describe('cited article ids, and those of the disputing values, in number order'),
});

export const storySummary = summaryBase.extend({ sourceArticles: z.array(articleMetadata).describe('the cited articles, in citation-number order') });

const citedSpan = z.strictObject({ article: z.string(), span, text: z.string().describe('the characters the span covers'), textTruncated });

export const quoteItem = z.strictObject({
  key: z.string(),
  kind: z.enum(['direct', 'indirect']),
  speaker: nullableText.describe('the speaker most articles name'),
  text: z.string().describe('the fullest version of the words'),
  textTruncated,
  articles: z.number().int().describe('how many articles carry it'),
  occurrences: z.array(citedSpan.extend({ speaker: nullableText, speakerSpan: quotedSpan.extend({ textTruncated }).nullable().describe('where the article names the speaker for these words (a name, a pronoun, "the statement"); null where it does not: a report carried on past its verb') })).describe('the first `sources` occurrences'),
  occurrenceCount: z.number().int(),
});

export const entityItem = z.strictObject({
  key: z.string(),
  name: z.string(),
  type: z.enum(['person', 'organisation', 'place', 'vessel', 'product', 'work']),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  countsBySource: z.record(z.string(), z.number().int()).describe('mentions per article id, the first `sources` articles'),
  sourceCount: z.number().int().describe('articles mentioning it'),
  mentions: z.array(z.strictObject({ article: z.string(), span })).describe('the first `sources` mentions'),
  mentionCount: z.number().int(),
});

export const spellingItem = z.strictObject({
  spellings: z
    .array(z.strictObject({ name: z.string(), entity: z.string().describe('the entity key'), articles: z.array(z.string()).describe('ids of the first `sources` articles writing it'), articleCount: z.number().int(), mentions: z.number().int() }))
    .describe('one person the sources spell differently, most mentioned spelling first'),
});

export const factItem = z.strictObject({
  key: z.string(),
  label: z.string().describe('e.g. "people evacuated"'),
  status: z.enum(['agreed', 'single-source', 'conflicting', 'updated']).describe('conflicting: same-day reports disagree; updated: a later report revises'),
  sources: z.number().int().describe('articles stating it'),
  independent: z.number().int().describe('independent sources stating it: an outlet\'s articles, and copies with what they copy, count once'),
  values: z.array(
    z.strictObject({
      value: z.union([z.number(), z.string()]).describe('a count or amount, an ISO date, or with `unit` "name" or "title" a person\'s name or title as written (titles lower-cased)'),
      qualifier: z.enum(['exact', 'about', 'more-than', 'at-least', 'nearly', 'up-to', 'less-than', 'range']),
      upper: z.number().nullable(),
      unit: nullableText,
      sources: z.array(citedSpan.extend({ day: nullableText })).describe('the first `sources` sources'),
      sourceCount: z.number().int(),
      reading: z.number().int().describe('values sharing a reading can all be true together ("340" and "about 340"); numbered from 0 in the order of the values'),
    }),
  ),
});

export const timelineItem = z.strictObject({
  article: z.string(),
  outlet: nullableText,
  published: nullableText.describe("when it was told: the article's publication date, or a live blog post's time"),
  title: nullableText,
  post: z
    .strictObject({ span, text: z.string().describe('the characters the span covers'), textTruncated })
    .nullable()
    .describe("a live blog's post, from its time as written to its last paragraph: a blog is an entry for each post (a blog of more than 20 posts, for its first, its last and those first stating a fact or a quotation, at most 20)"),
});

export const otherLanguageItem = z
  .strictObject({
    article: z.string(),
    language: z.string().describe('ISO 639-1 code, detected from the text, else as the article declares it'),
    quotes: z.boolean().describe('true when its quotations were read, by the cues of its language (French, German, Spanish, Italian, Portuguese, Dutch)'),
    names: z.boolean().describe('true when its names were read, by the rules of its language (French, German, Spanish, Italian, Portuguese, Dutch)'),
    facts: z.boolean().describe("true when its numbers and dates were read, by the words of its language (French, German, Spanish, Italian, Portuguese, Dutch), and lined up with the other articles' in `facts`; a person's age beside a name where its names are read"),
  })
  .describe('an article not in English, and what was read in it');

/** A page of each list of a story, by its name in `GET /api/stories/{id}/{section}`. */
export const sectionPages = {
  articles: pageOf(storyArticle),
  copies: pageOf(copyView),
  quotes: pageOf(quoteItem),
  entities: pageOf(entityItem),
  spellings: pageOf(spellingItem),
  facts: pageOf(factItem),
  timeline: pageOf(timelineItem),
  otherLanguages: pageOf(otherLanguageItem),
  revisions: pageOf(revisionItem),
  unread: pageOf(z.string().describe('an article not read for quotes, names and facts: the story has more articles than a report reads (200), and its originals and rewrites come first')),
};

const storyFormatVersion = z.number().int().describe('format version of the story and its pages');
type Sections = typeof sectionPages;

/** A page of one of a story's lists as `GET /api/stories/{id}/{section}` answers it: the page, with the story's format version. */
export const sectionResponses = Object.fromEntries(Object.entries(sectionPages).map(([section, page]) => [section, page.extend({ version: storyFormatVersion })])) as {
  [S in keyof Sections]: z.ZodObject<{ version: typeof storyFormatVersion; items: Sections[S]['shape']['items']; page: typeof pageInfo }, z.core.$strict>;
};

/** A story with the first page of each of its lists. */
export const storyResponse = z.strictObject({
  version: storyFormatVersion,
  story: storyRow,
  summary: storySummary,
  related: z.array(relatedStory).describe('stories some article of this one came near (follow-ups, background), most similar first'),
  ...sectionPages,
});

export const storiesResponse = z.strictObject({ version: z.number().int().describe('format version of the story list, as tidings stories --format json gives it'), stories: z.array(storyRow), page: pageInfo });

export const searchResponse = z.strictObject({
  version: z.number().int().describe('format version of the hits, as tidings search --format json gives it'),
  query: z.string(),
  hits: z.array(
    z.strictObject({
      id: z.string(),
      title: nullableText,
      outlet: nullableText,
      published: nullableText,
      story: nullableText,
      snippet: z.string().describe('text around the matches, matched words in [brackets]'),
      marked: z
        .array(z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) }))
        .describe('the matched words: [start, end) in UTF-16 code units of the snippet, inside its brackets, in order; a bracket the article itself holds ("[Updated 10:40]") is none of them'),
      readingLanguage: nullableText.describe('the language the article is read in (a BCP 47 tag, "fr"), null when not known: the lang of its title and snippet'),
    }),
  ),
  page: pageInfo,
});

export const outletsResponse = z.strictObject({
  version: z.number().int().describe('format version of the outlets, as tidings outlets --format json gives it'),
  outlets: z.array(
    z.strictObject({
      outlet: nullableText.describe('null for the articles that name no outlet'),
      articles: z.number().int(),
      copied: z.number().int().describe('its articles that later articles of other outlets reprinted or rewrote'),
      reprints: z.number().int(),
      rewrites: z.number().int(),
      sources: z.array(z.strictObject({ outlet: nullableText, articles: z.number().int() })).describe('the outlets its reprints and rewrites take from, most first'),
    }),
  ),
  page: pageInfo,
});

/** Where a problem is in what was sent. */
const problemPlace = z.string().describe('where in the request: the article\'s path in a JSON body ("2" in a list, "articles.2"; "" for a body that is one article), else as the reader names it (a line of a file, a feed\'s item)');

export const ingestResponse = z.strictObject({
  version: z.number().int().describe("format version of the ingest's report"),
  added: z.number().int(),
  replaced: z.number().int().describe('stored articles whose text a new one posted under the same id replaced'),
  alreadyStored: z.number().int(),
  articles: z.array(
    z.strictObject({
      id: z.string(),
      status: z
        .enum(['added', 'replaced', 'already-stored', 'removed'])
        .describe('replaced: its id was stored with another text, and this one is stored in its place (its story and copies worked out again); removed: an article removed before (DELETE), skipped'),
      storedAs: nullableText.describe('already-stored under another id: the stored article with the same outlet and text; else null'),
      story: nullableText.describe('the story it joined, or is in when already stored (that of the article stored, itself or storedAs); null when removed'),
      title: nullableText.describe('its title as stored (for already-stored, that of the article stored); null when removed or it has none'),
      verdict: z.strictObject({ kind: copyKind, sources: z.array(z.strictObject({ article: z.string(), share: z.number() })) }).nullable(),
    }),
  ),
  retraced: z
    .array(z.strictObject({ article: z.string(), kind: copyKind, sources: z.array(z.string()) }))
    .describe('articles stored before that copy one of the new articles published before them (an archive posted after its reprints): their new verdicts, as tidings ingest counts them; the copies of a replaced article traced again to its new text are not listed (its status, replaced, tells of the update)'),
  problems: z.array(z.strictObject({ place: problemPlace, reason: z.string() })),
  datesLeftOut: z
    .array(z.strictObject({ article: z.string(), place: problemPlace, reason: z.string() }))
    .describe('dates the added articles gave that were left out: unreadable, or not possibly theirs (more than two days ahead, before 1900)'),
});

export const removalResponse = z.strictObject({
  version: z.number().int().describe('format version, as tidings remove --format json gives it'),
  removed: z.array(z.string()).describe('the article removed; a tombstone keeps POST /api/articles from adding it again (tidings remove --undo allows it)'),
  changedStories: z.array(z.string()).describe('stories made again: a new version, headline and summary'),
  notFound: z.array(z.string()).describe('ids asked for that no stored article has (always empty here: an unknown id answers 404)'),
  leftoverTexts: z.array(z.string()).describe('the id when no article was stored under it but the earlier texts an update cut short left (killed before storing its new text): those deleted, a tombstone left'),
  emptiedStories: z.array(z.string()).describe('stories left with no article: deleted'),
  retraced: z
    .array(z.strictObject({ article: z.string(), kind: copyKind, sources: z.array(z.string()) }))
    .describe('copies of the removed article traced again against the remaining ones'),
  logKeepsText: z.boolean().describe("the database's write-ahead log still holds the removed text: another process was reading the database; a later removal with no reader empties it"),
});

export const allowResponse = z.strictObject({
  version: z.number().int().describe('format version, as tidings remove --undo --format json gives it'),
  allowed: z.array(z.string()).describe('the article whose tombstone was lifted: posting it again adds it'),
  notRemoved: z.array(z.string()).describe('ids asked for that were not removed (always empty here: such an id answers 404)'),
});

export const summarizeResponse = summaryBase.extend({
  articles: z.array(articleMetadata),
  problems: errorResponse.shape.details,
});
