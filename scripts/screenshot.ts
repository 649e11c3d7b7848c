/**
 * Regenerates docs/screenshot-story.png, the README's picture of a story page:
 * the bundled fictional examples ingested into a temporary database, served
 * on a free localhost port, the largest story opened in headless Chromium,
 * its first summary sentence's citations opened to be checked.
 *
 *   npx tsx scripts/screenshot.ts [output.png]
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ingest } from '../src/ingest/index.js';
import { createApp, startServer } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const output = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs', 'screenshot-story.png'));

if (!existsSync(CHROMIUM)) {
  console.error(`screenshot: ${CHROMIUM} is absent (apt-get install -y chromium)`);
  process.exit(1);
}

const folder = mkdtempSync(path.join(tmpdir(), 'tidings-screenshot-'));
const store = openStore(path.join(folder, 'examples.db'), { create: true });
try {
  await ingest(store, [path.join(ROOT, 'examples')]);
  const [story] = (await store.listStories(100)).sort((a, b) => b.size - a.size);
  const server = await startServer(createApp({ store }), { port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    await page.goto(`${server.url}stories/${encodeURIComponent(story.id)}`);
    await page.locator('details.check summary').first().click();
    mkdirSync(path.dirname(output), { recursive: true });
    await page.screenshot({ path: output });
    console.log(`screenshot: story ${story.id} (${story.size} articles) → ${path.relative(process.cwd(), output)}`);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
}
