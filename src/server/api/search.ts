import type { Hono } from 'hono';
import { SEARCH_JSON_VERSION } from '../../render/json.js';
import { versioned } from '../../version.js';
import { validQuery, type ServerParts } from '../context.js';
import { fetchPageAt, pageRequest } from '../paging.js';

export function searchRoutes(app: Hono, parts: ServerParts): void {
  app.get('/api/search', async (c) => {
    const { q, ...page } = validQuery(c, parts.schemas.search);
    const request = pageRequest(page, parts.settings.pageSize);
    const { items, page: info } = await fetchPageAt((offset, count) => parts.settings.store.search(q, count, offset), request);
    return c.json(versioned(SEARCH_JSON_VERSION, { query: q, hits: items, page: info }));
  });
}
