/**
 * What requests may carry, as zod schemas: the routes validate with them and
 * the OpenAPI document is generated from them, so the two cannot disagree.
 */
import { z } from 'zod';
import { JSONL_FIELDS } from '../../read/index.js';
import { sinceDate } from '../../store/since-date.js';
import { defaultSummarizeOptions } from '../../summarize/index.js';

/** Longest text query (search box, story filter) accepted. */
export const MAX_QUERY_CHARS = 500;
/** Longest outlet name the story list's outlet filter takes. */
export const MAX_OUTLET_FILTER_CHARS = 200;
/** Most articles one request may carry (ingest or summarize). */
export const MAX_ARTICLES_PER_REQUEST = 1000;
/** Most sources one item of a story may list (`sources`: a sentence's citations, a quote's occurrences…). */
export const MAX_SOURCES_PER_ITEM = 1000;

export const idParam = z.string().min(1).max(512).describe('an id as the API returned it');

const idPath = z.object({ id: idParam });

/** The `:id` of a path, checked: a wrong one is named as `id` in the error's details. */
export function pathId(value: string | undefined): string {
  return idPath.parse({ id: value }).id;
}

/** A field's JSON type, by what the JSONL reader takes (`takes`): names may be a list, dates Unix time (a number), ids a number, an outlet an object with a name. */
const FIELD_VALUES: Record<(typeof JSONL_FIELDS)[number]['takes'], () => z.ZodType> = {
  string: () => z.string(),
  'string or names': () => z.union([z.string(), z.array(z.string())]),
  'string or number': () => z.union([z.string(), z.number()]),
  'string or named': () => z.union([z.string(), z.looseObject({ name: z.string() })]),
};

/**
 * One article in our JSONL field names (and their aliases): `text` (or
 * `body`, `content`) or `html` is required; other keys are refused, so a
 * misspelled field is an error rather than silently ignored.
 */
export const articleInput = z
  .strictObject(
    Object.fromEntries(
      JSONL_FIELDS.flatMap((field) =>
        [field.name, ...field.aliases].map((key) => [key, FIELD_VALUES[field.takes]().optional().describe(key === field.name ? field.meaning : `alias of ${field.name}`)]),
      ),
    ),
  )
  .refine((record) => ['text', 'body', 'content', 'html'].some((key) => typeof record[key] === 'string' && record[key].trim() !== ''), {
    message: 'an article needs a non-empty "text" (or "body", "content") or "html" field',
  })
  .describe('an article in the JSONL field names; text (or body, content) or html is required');

export const articleList = z.array(articleInput).min(1).max(MAX_ARTICLES_PER_REQUEST);

export const budget = z
  .union([
    z.strictObject({ words: z.number().int().positive() }),
    z.strictObject({ bytes: z.number().int().positive() }),
    z.strictObject({ sentences: z.number().int().positive() }),
  ])
  .describe(`summary length: one of words, bytes or sentences (default ${JSON.stringify(defaultSummarizeOptions.budget)})`);

/** The articles under `articles`, the third shape of a body of articles, and what a route takes beside them (all optional, since a list or one article gives none). */
export const articlesEnvelope = z.strictObject({ articles: articleList }).describe('the articles under "articles"');
export const summarizeEnvelope = articlesEnvelope.extend({ budget: budget.optional() }).describe('the articles under "articles", and the summary length');

/** A JSON body of articles, in any of the three shapes every route taking articles reads: one article, a list of them, or `envelope` (`{articles: [...]}` and the route's other fields). */
export function articlesBody(envelope: z.ZodType) {
  return z.union([articleInput, articleList, envelope]).describe('one article, a list of articles, or {"articles": [...]}');
}

export const ingestHtmlQuery = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, error: 'url must be an http(s) address' })
    .max(2048)
    .optional()
    .describe('the address the HTML page was fetched from (for a text/html body)'),
});

export function pageQueryShape(maxPageSize: number) {
  return {
    limit: z.coerce.number().int().min(1).max(maxPageSize).optional().describe(`items per page, 1 to ${maxPageSize}`),
    cursor: z.string().min(1).max(200).optional().describe('the `next` value of the previous page'),
    offset: z.coerce.number().int().min(0).max(1_000_000).optional().describe('items to skip (instead of cursor)'),
  };
}

const onlyOnePosition = (query: { cursor?: string; offset?: number }) => query.cursor === undefined || query.offset === undefined;
const onePositionError = { message: 'give cursor or offset, not both', path: ['offset'] };

const NO_WORDS = 'give the words to search for';
const textQuery = z
  .string({ error: NO_WORDS })
  .trim()
  .min(1, { error: NO_WORDS })
  .max(MAX_QUERY_CHARS, { error: `at most ${MAX_QUERY_CHARS} characters` });

const sources = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_SOURCES_PER_ITEM)
  .optional()
  .describe(`sources listed per item, 1 to ${MAX_SOURCES_PER_ITEM}: a summary sentence's citations, a quote's occurrences, an entity's mentions and countsBySource, a spelling's articles, a value's sources; each item counts them all`);

export function requestSchemas(maxPageSize: number) {
  const page = pageQueryShape(maxPageSize);
  return {
    page: z.strictObject(page).refine(onlyOnePosition, onePositionError),
    stories: z
      .strictObject({
        ...page,
        since: sinceDate.optional().describe('only stories last seen on or after this date (ISO 8601): the last date their articles give, else their last ingest time'),
        outlet: z.string().trim().min(1).max(MAX_OUTLET_FILTER_CHARS).optional().describe('only stories with an article from this outlet (A–Z in any case)'),
        q: textQuery.optional().describe('only stories with an article matching these words (full-text search)'),
      })
      .refine(onlyOnePosition, onePositionError),
    search: z
      .strictObject({ ...page, q: textQuery.describe('words to find; "quoted phrase", prefix*') })
      .refine(onlyOnePosition, onePositionError),
    story: z.strictObject({ limit: page.limit, sources }),
    storySection: z.strictObject({ ...page, sources }).refine(onlyOnePosition, onePositionError),
  };
}

export type RequestSchemas = ReturnType<typeof requestSchemas>;
export type ArticleInput = z.infer<typeof articleInput>;
export type PageQuery = z.infer<RequestSchemas['page']>;
export type StoriesQuery = z.infer<RequestSchemas['stories']>;
