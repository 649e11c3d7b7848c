/**
 * `tidings <command> <args…>` in a child process, for the tests that run
 * writers side by side: `node --import tsx src/cli/test-support/tidings-child.ts ingest - --db FILE`.
 */
import { main } from '../main.js';

process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
