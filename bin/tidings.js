#!/usr/bin/env node
/** The CLI's entry: runs the compiled CLI, or says how to build it when a checkout was never built. */
let main;
try {
  ({ main } = await import('../dist/cli/main.js'));
} catch (error) {
  // Windows names the module with backslashes.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !/dist[\\/]cli[\\/]main\.js/.test(String(error.message))) throw error;
  process.stderr.write('tidings: this checkout is not built yet (no dist/cli/main.js): run "npm run build" (npm install runs it)\n');
  process.exit(1);
}

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
