import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRemoveOptions, ingest } from '../ingest/index.js';
import { removeStored } from '../ingest/remove.js';
import { CORRECTED_ID, FIRST_REPORT } from '../ingest/test-support/corrections.js';
import { withStoreAt } from '../ingest/test-support/with-store.js';
import { EXAMPLES } from '../read/test-support/shared-data.js';
import { runMain as run } from './test-support/fake-io.js';
import { examplesDatabase } from './test-support/examples-db.js';

const { db, temp } = examplesDatabase('tidings-cli-remove-');
const REPRINT = 'lmp-2026-03-14-0412';

describe('tidings remove', () => {
  it('prints help with examples', async () => {
    const { code, stdout } = await run(['remove', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: tidings remove <article-ids…>[\s\S]*--undo[\s\S]*Examples:/);
  });

  it('removes an article, says what became of its story, and the next ingest skips it until --undo allows it back', async () => {
    const removed = await run(['remove', REPRINT, '--db', db]);
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(new RegExp(`^removed 1 article: ${REPRINT}\nstories made again: s\\d+\n$`));
    expect((await run(['search', 'syndication', '--db', db])).stdout).toBe('No article matches "syndication".\n');

    const again = await run(['ingest', EXAMPLES, '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^ingested 0 new articles \(8 already stored, 1 skipped: removed on \d{4}-\d\d-\d\d, 0 problems\) into 0 stories\n$/);

    const twice = await run(['remove', REPRINT, '--db', db]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(new RegExp(`^tidings: no article "${REPRINT}" in .*examples\\.db \\(removed on \\d{4}-\\d\\d-\\d\\d\\)\n$`));
    const undo = await run(['remove', REPRINT, '--undo', '--db', db]);
    expect(undo.code).toBe(0);
    expect(undo.stdout).toBe(`allowed back 1 article: ${REPRINT} (the next ingest that reads it adds it again)\n`);
    const back = await run(['ingest', EXAMPLES, '--db', db]);
    expect(back.stdout).toMatch(/^ingested 1 new article \(8 already stored, 0 problems\) into 1 story\n$/);
  });

  it('names each unknown id on stderr with exit 1, removing the others; --format json says the same', async () => {
    const unknown = await run(['remove', 'no-such-id', '--db', db]);
    expect(unknown).toEqual({ code: 1, stdout: '', stderr: `tidings: no article "no-such-id" in ${db}\n` });
    const { code, stdout, stderr } = await run(['remove', 'vws-2026-03-15-brenmouth-0087', 'no-such-id', '--db', db, '--format', 'json']);
    expect(code).toBe(1);
    expect(stderr).toBe(`tidings: no article "no-such-id" in ${db}\n`);
    expect(JSON.parse(stdout)).toMatchObject({ version: 2, removed: ['vws-2026-03-15-brenmouth-0087'], notFound: ['no-such-id'], emptiedStories: [], retraced: [] });
    const notRemoved = await run(['remove', 'no-such-id', '--undo', '--db', db]);
    expect(notRemoved).toEqual({ code: 1, stdout: '', stderr: `tidings: "no-such-id" was not removed from ${db}\n` });
  });

  it('treats bad usage as exit 2 and a missing database as exit 1, without a stack trace', async () => {
    expect((await run(['remove', '--db', db])).code).toBe(2);
    expect((await run(['remove', REPRINT, '--format', 'xml', '--db', db])).code).toBe(2);
    const missing = await run(['remove', REPRINT, '--db', temp.file('missing.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^tidings: .*missing\.db: /);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('tidings remove, an id an update cut short left without its article', () => {
  it('removes the earlier texts it kept and says so (exit 0), then knows the id as removed', async () => {
    const file = temp.file('cut-short.db');
    await withStoreAt(file, async (store) => {
      await ingest(store, [writeTo(temp.file('ferry.jsonl'), FIRST_REPORT)]);
      await removeStored(store, [CORRECTED_ID], defaultRemoveOptions, { tombstones: false, keptVersions: 3 });
    });
    const removed = await run(['remove', CORRECTED_ID, '--db', file]);
    expect(removed).toEqual({ code: 0, stderr: '', stdout: `removed the earlier texts kept under an id no article is stored under (an update cut short before its new text was stored): ${CORRECTED_ID}\n` });
    const twice = await run(['remove', CORRECTED_ID, '--db', file]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/\(removed on \d{4}-\d\d-\d\d\)\n$/);
  });
});

function writeTo(file: string, content: string): string {
  writeFileSync(file, content);
  return file;
}
