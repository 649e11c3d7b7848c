import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../store/test-support/records.js';

const temp = tempFolder('tidings-bin-');
afterAll(() => temp.remove());

/** The run failed with the hint to build, alone on standard error. */
function expectBuildHint(run: ReturnType<typeof spawnSync>): void {
  expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
    status: 1,
    stdout: '',
    stderr: 'tidings: this checkout is not built yet (no dist/cli/main.js): run "npm run build" (npm install runs it)\n',
  });
}

describe('bin/tidings.js', () => {
  it('says how to build a checkout that was never built, with no stack trace (audit29: a fresh clone printed ERR_MODULE_NOT_FOUND)', () => {
    const bin = path.join(temp.file('checkout'), 'bin');
    mkdirSync(bin, { recursive: true });
    cpSync(path.resolve('bin/tidings.js'), path.join(bin, 'tidings.js'));
    const run = spawnSync(process.execPath, [path.join(bin, 'tidings.js'), 'stories'], { encoding: 'utf8' });
    expectBuildHint(run);
  });

  it('says so too when the missing module is named with backslashes, as on Windows (mend29b: only forward slashes matched, so Windows got the stack trace)', () => {
    const hooks = temp.file('windows-hooks.mjs');
    const register = temp.file('windows-register.mjs');
    // A resolve hook fails the import of dist/cli/main.js as Node does on Windows, naming C:\…\dist\cli\main.js.
    writeFileSync(
      hooks,
      `export async function resolve(specifier, context, next) {
  if (!specifier.endsWith('dist/cli/main.js')) return next(specifier, context);
  throw Object.assign(new Error(String.raw\`Cannot find module 'C:\\checkout\\dist\\cli\\main.js' imported from C:\\checkout\\bin\\tidings.js\`), { code: 'ERR_MODULE_NOT_FOUND' });
}
`,
    );
    writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(register).href, path.resolve('bin/tidings.js'), 'stories'], { encoding: 'utf8' });
    expectBuildHint(run);
  });

  it('runs the built CLI with the arguments and sets the exit code it returns', () => {
    const checkout = temp.file('built');
    mkdirSync(path.join(checkout, 'bin'), { recursive: true });
    mkdirSync(path.join(checkout, 'dist', 'cli'), { recursive: true });
    cpSync(path.resolve('bin/tidings.js'), path.join(checkout, 'bin', 'tidings.js'));
    writeFileSync(path.join(checkout, 'package.json'), '{"type": "module"}');
    writeFileSync(path.join(checkout, 'dist', 'cli', 'main.js'), 'export async function main(argv, io) { io.stdout.write(argv.join("|")); return 3; }\n');
    const run = spawnSync(process.execPath, [path.join(checkout, 'bin', 'tidings.js'), 'stories', '--limit', '2'], { encoding: 'utf8' });
    expect({ status: run.status, stdout: run.stdout }).toEqual({ status: 3, stdout: 'stories|--limit|2' });
  });
});
