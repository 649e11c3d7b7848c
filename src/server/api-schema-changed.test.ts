import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SchemaChangedError } from '../errors.js';
import { SCHEMA_VERSION } from '../store/index.js';
import { errorResponse } from './schemas/responses.js';
import { postJson, testApp, type TestApp, wireItems } from './test-support/fixtures.js';

let t: TestApp;
beforeEach(() => (t = testApp()));
afterEach(() => t.close());

/** What a newer Tidings's migration does to the file the server has open: a later schema version. */
function migrateUnderneath(file: string): void {
  const db = new Database(file);
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  db.close();
}

describe('a server whose database a newer Tidings migrated', () => {
  it('refuses every write with 503 telling to restart it, writes nothing, and keeps serving readers', async () => {
    const [first, second] = wireItems();
    expect((await postJson(t.app, '/api/articles', first)).status).toBe(201);
    migrateUnderneath(t.store.location);
    const refused = await postJson(t.app, '/api/articles', second);
    expect(refused.status).toBe(503);
    expect(errorResponse.parse(await refused.json()).error).toMatch(/^the database was migrated by a newer Tidings while this server ran: restart tidings serve \(another Tidings migrated the database to schema version \d+ while this process had it open at version \d+; nothing was written/);
    expect((await t.app.request(`/api/articles/${String(first.id)}`, { method: 'DELETE' })).status).toBe(503);
    expect((await t.store.articles([String(first.id), String(second.id)])).map((article) => article.id)).toEqual([String(first.id)]);
    expect((await t.app.request('/api/stories')).status).toBe(200);
  });

  it('stops a long-running writer at its next write: the store refuses the lock and any write transaction', async () => {
    migrateUnderneath(t.store.location);
    await expect(t.store.lockWriter('tidings ingest --every')).rejects.toBeInstanceOf(SchemaChangedError);
  });
});
