/**
 * `tidings serve` in a child process, for the browser test:
 * `node --import tsx src/server/test-support/serve-child.ts --db FILE --port 0`.
 */
import { main } from '../../cli/main.js';

process.exitCode = await main(['serve', ...process.argv.slice(2)], { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
