import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORRECTED_ID, CORRECTED_REPORT, FIRST_REPORT } from '../ingest/test-support/corrections.js';
import { openStore } from '../store/index.js';
import { runMain as run } from './test-support/fake-io.js';

const folder = mkdtempSync(path.join(tmpdir(), 'tidings-cli-story-updates-'));
const database = path.join(folder, 'tidings.db');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Another outlet's report of the same capsizing, so the story outlives the corrected report's takedown. */
const COURIER_REPORT = JSON.stringify({
  id: 'courier-ferry-quillon',
  outlet: 'Marrow Island Courier',
  published: '2026-06-02T09:00:00Z',
  title: 'Ferry capsizes off Quillon Point',
  text: [
    'A passenger ferry capsized in rough seas off Quillon Point on Tuesday evening, the harbour authority said.',
    'Fishing boats rescued 40 people, according to the coast guard, and the ferry had about 60 people on board when it left Marrow.',
    'Divers will search the wreck on Wednesday morning, the harbour authority said.',
  ].join('\n\n'),
});

beforeAll(async () => {
  for (const [name, report] of [['first.jsonl', FIRST_REPORT], ['courier.jsonl', COURIER_REPORT], ['corrected.jsonl', CORRECTED_REPORT]] as const) {
    writeFileSync(path.join(folder, name), `${report}\n`);
    expect((await run(['ingest', path.join(folder, name), '--db', database])).code).toBe(0);
  }
});

describe('tidings story: what an update changed', () => {
  it('tells in text when each update came and what it changed: the headline, the number, the sentence word by word', async () => {
    const { code, stdout } = await run(['story', 's1', '--db', database]);
    expect(code).toBe(0);
    const updates = stdout.split('\nUpdates (what each new text of an article changed)\n')[1].split('\n\n')[0].split('\n');
    expect(updates).toEqual([
      `  Brackwater Ledger [${CORRECTED_ID}]: 1 update kept`,
      expect.stringMatching(/^ {4}modified 2026-06-02 11:30, stored \d{4}-\d\d-\d\d \d\d:\d\d$/),
      '      headline: "Ferry capsizes off Quillon Point, 12 dead" → "Ferry disaster off Quillon Point: toll rises to 14"',
      '      numbers: "Twelve" → "Fourteen"',
      '      changed: [-Twelve-] {+Fourteen+} people died and 40 were rescued by fishing boats, according to the coast guard',
    ]);
    expect(stdout).toContain(`[${CORRECTED_ID}] (updated since first stored)`);
  });

  it('gives the same in Markdown, and every change with its spans in JSON', async () => {
    const md = (await run(['story', 's1', '--db', database, '--format', 'md'])).stdout;
    expect(md).toContain('\n## Updates\n\nWhat each new text of an article changed.\n\n- Brackwater Ledger \\[ledger-ferry-quillon\\]: 1 update kept\n');
    expect(md).toContain('\n    - changed: ~~Twelve~~ **Fourteen** people died and 40 were rescued');
    const json = JSON.parse((await run(['story', 's1', '--db', database, '--format', 'json'])).stdout);
    expect(json.revisions).toHaveLength(1);
    const [version] = json.revisions[0].versions;
    expect(json.revisions[0].article).toBe(CORRECTED_ID);
    expect(version).toMatchObject({ title: 'Ferry capsizes off Quillon Point, 12 dead', published: '2026-06-02T07:00:00Z', modified: null, updated: '2026-06-02T11:30:00Z' });
    expect(version.text).toBeUndefined();
    expect(version.changes.numbers).toEqual([{ before: { start: expect.any(Number), end: expect.any(Number), text: 'Twelve' }, after: { start: expect.any(Number), end: expect.any(Number), text: 'Fourteen' } }]);
    expect(version.changes.sentences.map((sentence: { kind: string }) => sentence.kind)).toEqual(['changed']);
  });

  it('shows no updates once the article is taken down, and keeps none of its versions, while the story stays', async () => {
    expect((await run(['remove', CORRECTED_ID, '--db', database])).code).toBe(0);
    const { code, stdout } = await run(['story', 's1', '--db', database]);
    expect(code).toBe(0);
    expect(stdout).toContain('[courier-ferry-quillon]');
    expect(stdout).not.toContain('Updates');
    const store = openStore(database);
    try {
      expect(await store.articleVersions([CORRECTED_ID])).toEqual(new Map());
    } finally {
      await store.close();
    }
  });
});
