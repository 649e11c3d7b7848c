/**
 * `tidings ingest` in a child process, for the tests that kill it (SIGKILL) or stop it (SIGINT):
 * `node --import tsx src/ingest/test-support/ingest-child.ts <args…>`.
 */
import { main } from '../../cli/main.js';

process.exitCode = await main(['ingest', ...process.argv.slice(2)], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
