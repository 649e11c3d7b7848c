import type { Hono } from 'hono';
import { OUTLETS_JSON_VERSION } from '../../render/json.js';
import { versioned } from '../../version.js';
import { validQuery, type ServerParts } from '../context.js';
import { fetchPage, pageRequest } from '../paging.js';

export function outletRoutes(app: Hono, parts: ServerParts): void {
  app.get('/api/outlets', async (c) => {
    const { items, page } = await fetchPage((count) => parts.settings.store.outlets(count), pageRequest(validQuery(c, parts.schemas.page), parts.settings.pageSize));
    return c.json(versioned(OUTLETS_JSON_VERSION, { outlets: items, page }));
  });
}
