import type { Hono } from 'hono';
import { articleRevisions } from '../../ingest/index.js';
import { removalJson } from '../../render/json.js';
import { versioned } from '../../version.js';
import { revisionsJson } from '../../render/revisions.js';
import { segment } from '../../segment/index.js';
import type { ServerParts } from '../context.js';
import { HttpError } from '../errors.js';
import type { IngestOutcome } from '../ingester.js';
import { apiIngestPayload } from '../request-body.js';
import { pathId } from '../schemas/requests.js';
import { articleJson, INGEST_API_JSON_VERSION, VERSIONS_API_JSON_VERSION } from './json.js';

export function articleRoutes(app: Hono, parts: ServerParts): void {
  app.post('/api/articles', async (c) => {
    const payload = await apiIngestPayload(c);
    const outcome = await parts.ingester.run(payload);
    if (outcome.articles.length === 0) throw nothingRead(outcome, payload.name);
    return c.json(versioned(INGEST_API_JSON_VERSION, outcome), outcome.added + outcome.replaced > 0 ? 201 : 200);
  });

  app.get('/api/articles/:id', async (c) => {
    const id = pathId(c.req.param('id'));
    const [article] = await parts.settings.store.articles([id]);
    if (!article) throw noArticle(id);
    return c.json(articleJson(segment(article)));
  });

  app.get('/api/articles/:id/versions', async (c) => {
    const id = pathId(c.req.param('id'));
    const [article] = await parts.settings.store.articles([id]);
    if (!article) throw noArticle(id);
    const [revisions] = await articleRevisions(parts.settings.store, [id], [segment(article)]);
    return c.json(versioned(VERSIONS_API_JSON_VERSION, revisionsJson(revisions, { texts: true })));
  });

  app.delete('/api/articles/:id', async (c) => {
    const id = pathId(c.req.param('id'));
    const report = await parts.ingester.remove([id]);
    if (report.removed.length + report.leftoverTexts.length === 0) throw noArticle(id);
    return c.json(removalJson(report));
  });

  app.delete('/api/removed/:id', async (c) => {
    const id = pathId(c.req.param('id'));
    const undone = await parts.ingester.allow([id]);
    if (undone.allowed.length === 0) throw new HttpError(404, `no removed article ${JSON.stringify(id)}`, [{ path: 'id', message: 'only an article removed with DELETE /api/articles/{id} or tidings remove has a tombstone' }]);
    return c.json(removalJson(undone));
  });
}

function noArticle(id: string): HttpError {
  return new HttpError(404, `no article ${JSON.stringify(id)}`, [{ path: 'id', message: 'search or a story lists article ids' }]);
}

/** Nothing in the request could be read as an article: bad input, each reason listed. */
export function nothingRead(outcome: IngestOutcome, name: string): HttpError {
  const details = outcome.problems.map((problem) => ({ path: problem.place, message: problem.reason }));
  return new HttpError(400, `no article could be read from ${name}`, details);
}
