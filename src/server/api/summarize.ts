import type { Hono } from 'hono';
import { originPlace, type SegmentedArticle } from '../../article.js';
import { prepare, summaryWithDisputes } from '../../pipeline.js';
import { readString } from '../../read/index.js';
import { SummaryIntake } from '../../summarize/index.js';
import type { ServerParts } from '../context.js';
import { HttpError } from '../errors.js';
import { summaryJson } from './json.js';
import { articlesAsJsonl, bodyPlace, JSON_TYPE, jsonBody, mediaType, parseArticlesBody, unsupportedType } from '../request-body.js';
import { summarizeEnvelope } from '../schemas/requests.js';

/**
 * Articles in, the cited summary out with its disputed values (as `tidings
 * summarize --format json`); nothing is stored. The body takes the shapes
 * `POST /api/articles` takes (one article, a list, `{articles, budget?}`).
 */
export function summarizeRoutes(app: Hono, parts: ServerParts): void {
  app.post('/api/summarize', async (c) => {
    if (mediaType(c) !== JSON_TYPE) throw unsupportedType(mediaType(c), [JSON_TYPE]);
    const body = parseArticlesBody(await jsonBody(c), summarizeEnvelope);
    const { articles, problems } = readString(articlesAsJsonl(body.articles), { input: 'request', format: 'jsonl' });
    const prepared: SegmentedArticle[] = [];
    const seen = new Set<string>();
    const intake = new SummaryIntake(parts.settings.summaryLimits);
    for (const article of articles) {
      if (seen.has(article.id)) continue;
      seen.add(article.id);
      // Counted as sent, before it is prepared: the article past the limit is refused unread.
      const overLimit = intake.add(article);
      if (overLimit !== undefined) {
        throw new HttpError(413, `the request has ${overLimit}`, [{ path: bodyPlace(body.path, originPlace(article.origin)), message: 'the first article past the limit: send fewer articles, or shorter ones, per request' }]);
      }
      const ready = prepare(article);
      if (ready.sentences.length > 0) prepared.push(ready);
    }
    const details = problems.map((problem) => ({ path: bodyPlace(body.path, problem.place), message: problem.reason }));
    if (prepared.length === 0) throw new HttpError(400, 'no article could be read from the request', details);
    const summary = summaryWithDisputes(prepared, body.fields.budget ? { budget: body.fields.budget } : undefined);
    return c.json({ ...summaryJson(summary, prepared), problems: details });
  });
}
