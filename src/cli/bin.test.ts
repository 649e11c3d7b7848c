import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../store/test-support/records.js';

const temp = tempFolder('tidings-bin-');
afterAll(() => temp.remove());

describe('bin/tidings.js', () => {
  it('says how to build a checkout that was never built, with no stack trace (audit29: a fresh clone printed ERR_MODULE_NOT_FOUND)', () => {
    const bin = path.join(temp.file('checkout'), 'bin');
    mkdirSync(bin, { recursive: true });
    cpSync(path.resolve('bin/tidings.js'), path.join(bin, 'tidings.js'));
    const run = spawnSync(process.execPath, [path.join(bin, 'tidings.js'), 'stories'], { encoding: 'utf8' });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({
      status: 1,
      stdout: '',
      stderr: 'tidings: this checkout is not built yet (no dist/cli/main.js): run "npm run build" (npm install runs it)\n',
    });
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
