/**
 * `tidings remove` in a child process, one id after another, for the test that kills it (SIGKILL):
 * `node --import tsx src/ingest/test-support/remove-child.ts <db> <ids…>`.
 */
import { main } from '../../cli/main.js';

const [db, ...ids] = process.argv.slice(2);
for (const id of ids) await main(['remove', id, '--db', db], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
