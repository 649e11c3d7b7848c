import type { Hono } from 'hono';
import { validQuery, type ServerParts } from '../context.js';
import { pageFrom, pageRequest } from '../paging.js';

export function outletRoutes(app: Hono, parts: ServerParts): void {
  app.get('/api/outlets', async (c) => {
    const request = pageRequest(validQuery(c, parts.schemas.page), parts.settings.pageSize);
    const outlets = await parts.settings.store.outlets(request.offset + request.limit + 1);
    const { items, page } = pageFrom(outlets.slice(request.offset), request);
    return c.json({ outlets: items, page });
  });
}
