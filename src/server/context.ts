import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpError } from './errors.js';
import { Ingester } from './ingester.js';
import type { AppSettings } from './options.js';
import { requestSchemas, type RequestSchemas } from './schemas/requests.js';
import { StoryViews } from './story-view.js';

/** What every route of one app shares. */
export interface ServerParts {
  settings: AppSettings;
  schemas: RequestSchemas;
  stories: StoryViews;
  ingester: Ingester;
}

export function serverParts(settings: AppSettings): ServerParts {
  return {
    settings,
    schemas: requestSchemas(settings.maxPageSize),
    stories: new StoryViews(settings.store, settings.cachedStories),
    ingester: new Ingester(settings.store),
  };
}

/** The request's query string, validated (a zod error is a 400); an empty parameter (`?q=`, as a form sends) counts as absent. */
export function validQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  return schema.parse(Object.fromEntries(Object.entries(c.req.query()).filter(([, value]) => value !== '')));
}

/** The request's URL; a Host header no URL can name ("evil.1", "999.0.0.1") is bad input (400), not a bug. */
export function requestUrl(c: Context): URL {
  try {
    return new URL(c.req.url);
  } catch {
    throw new HttpError(400, `the request names no valid host: ${JSON.stringify(c.req.header('host') ?? '')}`, [{ path: 'host', message: 'name this server by its address or host name' }]);
  }
}
