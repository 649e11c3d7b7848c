import type { Hono } from 'hono';
import { z } from 'zod';
import { validQuery, type ServerParts } from '../context.js';
import { HttpError } from '../errors.js';
import { fetchPageAt, pageRequest } from '../paging.js';
import { STORIES_JSON_VERSION } from '../../render/json.js';
import { versioned } from '../../version.js';
import { filteredStories, storyIdIn } from '../../store/index.js';
import { pathId } from '../schemas/requests.js';
import { sectionJson, storyJson, STORY_SECTIONS, type SectionViewers } from './json.js';

export const sectionParam = z.enum(STORY_SECTIONS);

export function storyRoutes(app: Hono, parts: ServerParts): void {
  const { settings, schemas, stories } = parts;
  const viewers: SectionViewers = { copies: (view, links) => stories.copyViews(view, links), revisions: (view, articles) => stories.revisions(view, articles) };

  app.get('/api/stories', async (c) => {
    const { since, outlet, q, ...page } = validQuery(c, schemas.stories);
    const { items, page: info } = await fetchPageAt((offset, count) => filteredStories(settings.store, { since, outlet, q }, count, offset), pageRequest(page, settings.pageSize));
    return c.json(versioned(STORIES_JSON_VERSION, { stories: items, page: info }));
  });

  app.get('/api/stories/:id', async (c) => {
    const id = await storyIdIn(settings.store, pathId(c.req.param('id')));
    const { limit, sources } = validQuery(c, schemas.story);
    const view = await stories.get(id);
    if (!view) throw unknownStory(id);
    return c.json(await storyJson(view, { limit: limit ?? settings.pageSize, offset: 0, sources: sources ?? settings.sourcesPerItem }, viewers));
  });

  app.get('/api/stories/:id/:section', async (c) => {
    const id = await storyIdIn(settings.store, pathId(c.req.param('id')));
    const section = sectionParam.safeParse(c.req.param('section'));
    if (!section.success) throw new HttpError(404, `no list ${JSON.stringify(c.req.param('section'))} in a story`, [{ path: 'section', message: `a story's lists are ${STORY_SECTIONS.join(', ')}` }]);
    const { sources, ...page } = validQuery(c, schemas.storySection);
    const request = { ...pageRequest(page, settings.pageSize), sources: sources ?? settings.sourcesPerItem };
    const view = await stories.get(id);
    if (!view) throw unknownStory(id);
    return c.json(await sectionJson(view, section.data, request, viewers));
  });
}

export function unknownStory(id: string): HttpError {
  return new HttpError(404, `no story ${JSON.stringify(id)}`, [{ path: 'id', message: 'GET /api/stories lists the stories' }]);
}
