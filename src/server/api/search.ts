import type { Hono } from 'hono';
import { validQuery, type ServerParts } from '../context.js';
import { pageFrom, pageRequest } from '../paging.js';

export function searchRoutes(app: Hono, parts: ServerParts): void {
  app.get('/api/search', async (c) => {
    const { q, ...page } = validQuery(c, parts.schemas.search);
    const request = pageRequest(page, parts.settings.pageSize);
    const hits = await parts.settings.store.search(q, request.offset + request.limit + 1);
    const { items, page: info } = pageFrom(hits.slice(request.offset), request);
    return c.json({ query: q, hits: items, page: info });
  });
}
