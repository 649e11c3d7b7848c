/**
 * An ingest killed (SIGKILL, by itself) right after it commits the first
 * batch that leaves stories to have their headlines checked, before it checks
 * them: `node --import tsx src/ingest/test-support/headline-kill-child.ts <db> <input>`.
 */
import { openStore, type IngestBatch, type Store } from '../../store/index.js';
import { ingest } from '../index.js';

const [db, input] = process.argv.slice(2);
const store = openStore(db);
const killing: Store = Object.assign(Object.create(store) as Store, {
  writeBatch: async (batch: IngestBatch) => {
    await store.writeBatch(batch);
    if ((batch.headlineChecks ?? []).length > 0) process.kill(process.pid, 'SIGKILL');
  },
});
await ingest(killing, [input]);
await store.close();
