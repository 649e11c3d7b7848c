/**
 * Regenerates the README's example outputs (`scripts/readme-blocks.ts`): each
 * console block after its `$ command` line in README.md is replaced with what
 * the CLI prints now; nothing else is touched.
 *
 *   npx tsx scripts/readme-example.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readmeBlocks, replaceBlock } from './readme-blocks.js';

const README = fileURLToPath(new URL('../README.md', import.meta.url));

try {
  const readme = (await readmeBlocks()).reduce(replaceBlock, readFileSync(README, 'utf8'));
  writeFileSync(README, readme);
  console.log('README.md: example output regenerated');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
