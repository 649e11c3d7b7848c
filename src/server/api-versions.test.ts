import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORRECTED_ID, CORRECTED_REPORT, FIRST_REPORT } from '../ingest/test-support/corrections.js';
import { errorResponse, ingestResponse, removalResponse, sectionResponses, storyResponse, versionsResponse } from './schemas/responses.js';
import { VERSIONS_API_JSON_VERSION } from './api/json.js';
import { postJson, testApp, type TestApp } from './test-support/fixtures.js';

let t: TestApp;
let story: string;

beforeAll(async () => {
  t = testApp();
  story = ingestResponse.parse(await (await postJson(t.app, '/api/articles', JSON.parse(FIRST_REPORT))).json()).articles[0].story!;
  expect(ingestResponse.parse(await (await postJson(t.app, '/api/articles', JSON.parse(CORRECTED_REPORT))).json())).toMatchObject({ replaced: 1 });
});
afterAll(() => t.close());

async function json(url: string, status = 200): Promise<unknown> {
  const response = await t.app.request(url);
  expect(response.status, url).toBe(status);
  return response.json();
}

const versionsUrl = (id: string) => `/api/articles/${encodeURIComponent(id)}/versions`;

describe('what an update changed, in the API and the web reader', () => {
  it("gives an article's earlier versions with their text and what the correction changed", async () => {
    const body = versionsResponse.parse(await json(versionsUrl(CORRECTED_ID)));
    expect(body.article).toBe(CORRECTED_ID);
    const [version] = body.versions;
    expect(version).toMatchObject({ title: 'Ferry capsizes off Quillon Point, 12 dead', published: '2026-06-02T07:00:00Z', modified: null, updated: '2026-06-02T11:30:00Z' });
    expect(version.changes.headline).toEqual({ before: 'Ferry capsizes off Quillon Point, 12 dead', after: 'Ferry disaster off Quillon Point: toll rises to 14' });
    expect(version.changes.numbers.map((number) => [number.before.text, number.after.text])).toEqual([['Twelve', 'Fourteen']]);
    const [number] = version.changes.numbers;
    expect(version.text.slice(number.before.start, number.before.end)).toBe('Twelve');
  });

  it('lists the revised articles of a story in its revisions section, without their earlier texts', async () => {
    const revisions = storyResponse.parse(await json(`/api/stories/${story}`)).revisions.items;
    expect(revisions.map((revision) => revision.article)).toEqual([CORRECTED_ID]);
    expect(revisions[0].versions[0]).not.toHaveProperty('text');
    const page = sectionResponses.revisions.parse(await json(`/api/stories/${story}/revisions?limit=1`));
    expect(page.items).toEqual(revisions);
  });

  it("expands what changed in the article's entry on the story page, as escaped HTML inside <details>", async () => {
    const page = await (await t.app.request(`/stories/${story}`)).text();
    expect(page).toContain('<details class="revisions"><summary>What changed (1 update)</summary>');
    expect(page).toContain('<p>Headline: <del>Ferry capsizes off Quillon Point, 12 dead</del> <ins>Ferry disaster off Quillon Point: toll rises to 14</ins></p>');
    expect(page).toContain('<p>Numbers: <del>Twelve</del> → <ins>Fourteen</ins></p>');
    expect(page).toContain('<p class="diff"><del>Twelve</del> <ins>Fourteen</ins> people died and 40 were rescued');
    const articlePage = await (await t.app.request(`/articles/${CORRECTED_ID}`)).text();
    expect(articlePage).toContain('<h2 id="versions-heading">Earlier versions</h2><details class="revisions"><summary>What changed (1 update)</summary>');
    expect(articlePage).toContain('<p>Numbers: <del>Twelve</del> → <ins>Fourteen</ins></p>');
  });

  it('keeps a hostile headline of an update inert', async () => {
    const hostile = { ...JSON.parse(CORRECTED_REPORT), title: 'Toll rises <script>alert(1)</script>', modified: '2026-06-02T13:00:00Z' };
    expect(ingestResponse.parse(await (await postJson(t.app, '/api/articles', hostile)).json())).toMatchObject({ replaced: 1 });
    const page = await (await t.app.request(`/stories/${story}`)).text();
    expect(page).toContain('<ins>Toll rises &lt;script&gt;alert(1)&lt;/script&gt;</ins>');
    expect(page).not.toContain('<script>alert(1)');
    expect(versionsResponse.parse(await json(versionsUrl(CORRECTED_ID))).versions).toHaveLength(2);
  });

  it('answers an article never updated with no versions, an unknown one 404, and a removed one 404 with its versions gone', async () => {
    expect((await postJson(t.app, '/api/articles', { id: 'other-report', outlet: 'Marrow Gazette', text: 'The island council of Marrow met on Thursday to discuss the ferry timetable for the summer.' })).status).toBe(201);
    expect(versionsResponse.parse(await json(versionsUrl('other-report')))).toEqual({ version: VERSIONS_API_JSON_VERSION, article: 'other-report', versions: [] });
    expect(await (await t.app.request('/articles/other-report')).text()).not.toContain('Earlier versions');
    expect(errorResponse.parse(await json(versionsUrl('no-such-article'), 404)).error).toBe('no article "no-such-article"');
    const removed = await t.app.request(`/api/articles/${CORRECTED_ID}`, { method: 'DELETE' });
    expect(removalResponse.parse(await removed.json()).removed).toEqual([CORRECTED_ID]);
    await json(versionsUrl(CORRECTED_ID), 404);
    expect(await t.store.articleVersions([CORRECTED_ID])).toEqual(new Map());
  });
});
