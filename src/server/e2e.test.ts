/**
 * End to end, in headless Chromium against the real `tidings serve`: articles
 * posted over HTTP, a story page read, a citation followed to the highlighted
 * sentence, the keyboard path to the citations, and hostile markup that must
 * not run. Screenshots go to test-artifacts/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { available } from '../read/test-support/shared-data.js';
import { tempFolder } from '../store/test-support/records.js';
import { CONTENT_SECURITY_POLICY } from './app.js';
import { ingestResponse, storyResponse } from './schemas/responses.js';
import { artifact, chromiumAvailable, launchChromium } from './test-support/browser.js';
import { startServerProcess, type ServerProcess } from './test-support/server-process.js';
import { articleFiles, EXAMPLES, HOSTILE_ARTICLE, postFiles, SEEDS } from './test-support/fixtures.js';

const temp = tempFolder('tidings-e2e-');
let server: ServerProcess;
let browser: Browser;

/** Lists the text under 4.5:1 contrast on the page it runs in. */
const LOW_CONTRAST = readFileSync(fileURLToPath(new URL('./test-support/low-contrast.js', import.meta.url)), 'utf8');

/** What the hostile article's scripts would set, were they ever run. */
const PWNED = 'window.__pwned';

/** A page that records every dialog (alert, confirm) a script would open. */
async function trappedPage(): Promise<{ page: Page; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, dialogs };
}

/** Posts the files, opens the first one's story, follows a citation, checks the highlight; screenshots named by `label`. */
async function readStoryThroughCitation(files: readonly string[], label: string): Promise<void> {
  const answers = (await postFiles(fetch, server.url.slice(0, -1), files)).map((answer) => ingestResponse.parse(answer));
  const storyId = answers[0].articles[0].story!;
  const story = storyResponse.parse(await (await fetch(`${server.url}api/stories/${storyId}`)).json());
  const citation = story.summary.sentences[0].citations[0];

  const { page } = await trappedPage();
  const response = await page.goto(`${server.url}stories/${storyId}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await page.screenshot({ path: artifact(`story-${label}.png`), fullPage: true });
  expect(await page.evaluate(LOW_CONTRAST), 'text under 4.5:1 contrast').toEqual([]);

  let tabs = 0;
  while (!(await page.evaluate('document.activeElement?.classList.contains("cite") ?? false'))) {
    await page.keyboard.press('Tab');
    tabs += 1;
    expect(tabs, 'Tab reaches a citation link').toBeLessThan(40);
  }
  const focusedHref = await page.evaluate('document.activeElement.getAttribute("href")');
  expect(focusedHref).toContain(`hl=${citation.span.start}-${citation.span.end}`);

  await page.locator('.summary a.cite').first().click();
  await page.waitForURL(/\/articles\//);
  const mark = page.locator('mark#highlight');
  await expect.poll(() => mark.isVisible()).toBe(true);
  expect(await page.locator('mark').allTextContents().then((parts) => parts.join(''))).toBe(citation.text);
  const box = (await mark.boundingBox())!;
  const height = page.viewportSize()!.height;
  expect(box.y >= -1 && box.y + box.height <= height, `the cited sentence is scrolled into view: ${JSON.stringify(box)}`).toBe(true);
  await page.screenshot({ path: artifact(`article-highlight-${label}.png`) });
  expect(await page.evaluate(LOW_CONTRAST), 'text under 4.5:1 contrast').toEqual([]);
  await page.close();
}

describe.skipIf(!chromiumAvailable())('the web reader in Chromium', () => {
  beforeAll(async () => {
    server = await startServerProcess(temp.file('e2e.db'));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (server) {
      const { code, stdout } = await server.stop();
      expect(code).toBe(0);
      expect(stdout).toContain('stopped');
    }
    temp.remove();
  });

  it('reads a story of the bundled examples and follows a citation to the highlighted sentence', async () => {
    await readStoryThroughCitation(articleFiles(EXAMPLES), 'examples');
  });

  it.skipIf(!available(SEEDS, 'browser test on the seed articles'))('does the same with the two seed articles', async () => {
    await readStoryThroughCitation(articleFiles(SEEDS), 'seeds');
  });

  it('fits a phone: at 390 px wide no page scrolls sideways (the search box shrinks, long addresses wrap, a wide table or the coverage chart scrolls in its own box)', async () => {
    const answers = (await postFiles(fetch, server.url.slice(0, -1), articleFiles(EXAMPLES))).map((answer) => ingestResponse.parse(answer));
    const article = answers.flatMap((answer) => answer.articles).find((item) => item.id === 'lmp-2026-03-14-0412')!;
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const path of ['', `stories/${article.story}`, `articles/${article.id}`, 'outlets', 'search?q=Brenmouth', 'submit']) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
      expect([path, overflow]).toEqual([path, 0]);
      expect(await page.evaluate(LOW_CONTRAST), path).toEqual([]);
    }
    await page.goto(`${server.url}stories/${article.story}`);
    const timeline = await page.evaluate('(({ scrollWidth, clientWidth }) => scrollWidth - clientWidth)(document.querySelector("#timeline-heading").parentElement.querySelector("table"))');
    expect(timeline, 'the timeline fits a phone, its day and time of day on two lines (the time column squeezed what was told out of the box)').toBe(0);
    const label = await page.evaluate('document.querySelector(".chart text").getBoundingClientRect().height');
    expect(label, 'the coverage chart\'s labels stay readable (they were shrunk to 4 px)').toBeGreaterThanOrEqual(9);
    await page.screenshot({ path: artifact('story-390.png'), fullPage: true });
    await page.close();
  });

  it('checks a summary sentence against its sources on a phone, by keyboard: citation links targets of 24 px at least, each cited passage set against the sentence (verify25)', async () => {
    const answers = (await postFiles(fetch, server.url.slice(0, -1), articleFiles(EXAMPLES))).map((answer) => ingestResponse.parse(answer));
    const article = answers.flatMap((answer) => answer.articles).find((item) => item.id === 'lmp-2026-03-14-0412')!;
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}stories/${article.story}`);
    const sides = (await page.evaluate('[...document.querySelectorAll(".summary a.cite")].map((link) => { const box = link.getBoundingClientRect(); return Math.min(box.width, box.height); })')) as number[];
    expect(sides.length).toBeGreaterThan(0);
    expect(Math.min(...sides), 'the smallest side of a citation link (16 px before)').toBeGreaterThanOrEqual(24);
    const cited = (await page.evaluate('[...document.querySelectorAll("details.check")].findIndex((check) => check.querySelectorAll("li").length > 1)')) as number;
    expect(cited, 'a sentence cited by more than its own article').toBeGreaterThanOrEqual(0);
    let tabs = 0;
    while (!(await page.evaluate(`document.activeElement?.parentElement === document.querySelectorAll("details.check")[${cited}]`))) {
      await page.keyboard.press('Tab');
      tabs += 1;
      expect(tabs, 'Tab reaches the check of the first sentence other articles state').toBeLessThan(80);
    }
    await page.keyboard.press('Enter');
    const check = page.locator('details.check').nth(cited);
    expect(await check.getAttribute('open')).not.toBeNull();
    expect(await check.locator('li').count()).toBeGreaterThan(1);
    expect(await check.locator('.grade-partly, .grade-states').first().isVisible()).toBe(true);
    expect(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')).toBe(0);
    expect(await page.evaluate(LOW_CONTRAST), 'text under 4.5:1 contrast').toEqual([]);
    await page.screenshot({ path: artifact('story-check-390.png'), fullPage: true });
    await page.close();
  });

  it('never runs what an article carries: no dialog, no script, a strict policy on every page', async () => {
    const posted = await fetch(`${server.url}api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(HOSTILE_ARTICLE) });
    const story = ingestResponse.parse(await posted.json()).articles[0].story!;
    const { page, dialogs } = await trappedPage();
    for (const path of [`articles/${HOSTILE_ARTICLE.id}`, `articles/${HOSTILE_ARTICLE.id}?hl=0-20`, `stories/${story}`, 'search?q=alert', '']) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.headers()['content-security-policy'], path).toBe(CONTENT_SECURITY_POLICY);
      expect(await page.evaluate(PWNED), path).toBeUndefined();
      expect(await page.locator('script, img, iframe, object, embed').count(), path).toBe(0);
    }
    await page.goto(`${server.url}submit`);
    await page.getByLabel('Article text or HTML page').fill(`${HOSTILE_ARTICLE.title}\n\n${HOSTILE_ARTICLE.text}`);
    await page.getByRole('button', { name: 'Add' }).click();
    await page.waitForURL(/\/submit$/);
    await page.locator('main a[href^="/articles/"]').first().click();
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('h1').textContent()).toContain('<script>alert(1)</script>');
    expect(await page.evaluate(PWNED)).toBeUndefined();
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: artifact('hostile-article.png'), fullPage: true });
    await page.close();
  });
});
