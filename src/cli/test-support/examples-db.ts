import { afterAll, beforeAll, expect } from 'vitest';
import { EXAMPLES } from '../../read/test-support/shared-data.js';
import { tempFolder } from '../../store/test-support/records.js';
import { runMain } from './fake-io.js';

/**
 * A database holding the bundled examples, ingested once through
 * `tidings ingest` before the file's tests and deleted after them, with the
 * temporary folder it lives in (for other files the tests write). Progress
 * lines are allowed on stderr: on a loaded machine the ingest may take longer
 * than the progress delay (1 s); anything else there fails.
 */
export function examplesDatabase(prefix: string): { db: string; temp: ReturnType<typeof tempFolder> } {
  const temp = tempFolder(prefix);
  const db = temp.file('examples.db');
  beforeAll(async () => {
    const { code, stderr } = await runMain(['ingest', EXAMPLES, '--db', db]);
    expect(stderr.replace(/^Ingesting articles: .*\n/gm, '')).toBe('');
    expect(code).toBe(0);
  });
  afterAll(() => temp.remove());
  return { db, temp };
}
