import type { Hono } from 'hono';
import { validQuery, type ServerParts } from '../context.js';
import { outletPage } from '../outlet-page.js';
import { pageRequest } from '../paging.js';

export function outletRoutes(app: Hono, parts: ServerParts): void {
  app.get('/api/outlets', async (c) => {
    const { items, page } = await outletPage(parts.settings.store, pageRequest(validQuery(c, parts.schemas.page), parts.settings.pageSize));
    return c.json({ outlets: items, page });
  });
}
