/**
 * Regenerates the README's opening example: the output of
 * `tidings ingest examples/ && tidings stories` and of `tidings story s1`,
 * run through the CLI's `main` on a copy of the bundled examples in a
 * temporary folder (so the paths read `examples/…` as a user's would). Each
 * console block after its command line in README.md is replaced; nothing
 * else is touched.
 *
 *   npx tsx scripts/readme-example.ts
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from '../src/cli/test-support/fake-io.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const README = path.join(ROOT, 'README.md');

/** Runs the CLI as `npx tidings …` would in the current folder; the output, or an exit on failure. */
async function tidings(args: string[]): Promise<string> {
  const { code, stdout, stderr } = await runMain(args);
  if (code !== 0) {
    console.error(`readme-example: tidings ${args.join(' ')} exited ${code}\n${stderr}`);
    process.exit(1);
  }
  return stdout;
}

/** `text` with the fenced block that follows the line `$ command` replaced by that line and `output`. */
function replaceBlock(text: string, command: string, output: string): string {
  const line = `$ ${command}\n`;
  const start = text.indexOf(line);
  const end = start < 0 ? -1 : text.indexOf('```', start);
  if (end < 0) throw new Error(`readme-example: README.md has no console block for "${command}"`);
  return text.slice(0, start) + line + output.replace(/\n*$/, '\n') + text.slice(end);
}

const folder = mkdtempSync(path.join(tmpdir(), 'tidings-readme-'));
try {
  cpSync(path.join(ROOT, 'examples'), path.join(folder, 'examples'), { recursive: true });
  process.chdir(folder);
  const listed = (await tidings(['ingest', 'examples/'])) + (await tidings(['stories']));
  const story = await tidings(['story', 's1']);
  let readme = readFileSync(README, 'utf8');
  readme = replaceBlock(readme, 'npx tidings ingest examples/ && npx tidings stories', listed);
  readme = replaceBlock(readme, 'npx tidings story s1', story);
  writeFileSync(README, readme);
  console.log('README.md: example output regenerated');
} finally {
  process.chdir(ROOT);
  rmSync(folder, { recursive: true, force: true });
}
