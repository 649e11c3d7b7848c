/**
 * The README's example outputs as the CLI prints them now: `tidings ingest
 * examples/ && tidings stories`, `tidings story s1`, `tidings outlets` and
 * `tidings remove 6ecca6618a5ace1d`, run through the CLI's `main` on a copy
 * of the bundled examples in a temporary folder (so the paths read
 * `examples/…` as a user's would). `scripts/readme-example.ts` writes them
 * into README.md; `src/readme.test.ts` checks that README.md shows them.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from '../src/cli/test-support/fake-io.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A console block of the README: the command after its `$ `, and what it prints. */
export interface ReadmeBlock {
  command: string;
  output: string;
}

/** Runs `tidings …` as a user would in the current folder: its output, or an error naming the command. */
async function tidings(args: string[]): Promise<string> {
  const { code, stdout, stderr } = await runMain(args);
  if (code !== 0) throw new Error(`readme example: tidings ${args.join(' ')} exited ${code}\n${stderr}`);
  return stdout;
}

/** Every example block of the README with the output the CLI prints now, in the README's order. */
export async function readmeBlocks(): Promise<ReadmeBlock[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'tidings-readme-'));
  const cwd = process.cwd();
  try {
    cpSync(path.join(ROOT, 'examples'), path.join(folder, 'examples'), { recursive: true });
    process.chdir(folder);
    const listed = (await tidings(['ingest', 'examples/'])) + (await tidings(['stories']));
    return [
      { command: 'npx tidings ingest examples/ && npx tidings stories', output: listed },
      { command: 'npx tidings story s1', output: await tidings(['story', 's1']) },
      { command: 'tidings outlets', output: await tidings(['outlets']) },
      { command: 'tidings remove 6ecca6618a5ace1d', output: await tidings(['remove', '6ecca6618a5ace1d']) },
    ];
  } finally {
    process.chdir(cwd);
    rmSync(folder, { recursive: true, force: true });
  }
}

/** `text` with the fenced block that follows the line `$ command` replaced by that line and `output`. */
export function replaceBlock(text: string, { command, output }: ReadmeBlock): string {
  const line = `$ ${command}\n`;
  const start = text.indexOf(line);
  const end = start < 0 ? -1 : text.indexOf('```', start);
  if (end < 0) throw new Error(`readme example: README.md has no console block for "${command}"`);
  return text.slice(0, start) + line + output.replace(/\n*$/, '\n') + text.slice(end);
}
