/**
 * The web reader checked as an accessibility reviewer would, in headless
 * Chromium against the real `tidings serve`: the bundled examples, a
 * fictional story of 40 reports (citations numbered past 9, "[+N more]"),
 * a French report, a hostile headline and quotation, a removed article. On
 * each main page, at a desktop's width, a phone's (390 px), the narrowest
 * WCAG asks to reflow at (320 px) and 200% zoom (640 px at twice the
 * pixels): nothing scrolls sideways, every link, button, disclosure, field
 * and chart has a name, headings do not skip a level, one main landmark,
 * no id twice, text at 4.5:1 with every disclosure open (the struck and
 * underlined words, the disputed values), nothing an article carries
 * becomes markup; and by keyboard, the skip link first, then every stop
 * with a visible focus, in view.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { tempFolder } from '../store/test-support/records.js';
import { ingestResponse } from './schemas/responses.js';
import { artifact, chromiumAvailable, launchChromium } from './test-support/browser.js';
import { startServerProcess, type ServerProcess } from './test-support/server-process.js';
import { articleFiles, EXAMPLES, postFiles } from './test-support/fixtures.js';

const temp = tempFolder('tidings-a11y-');
let server: ServerProcess;
let browser: Browser;
/** The pages checked, by what they show. */
const pages: Record<string, string> = {};

const script = (name: string) => readFileSync(fileURLToPath(new URL(`./test-support/${name}`, import.meta.url)), 'utf8');
const PAGE_CHECKS = script('page-checks.js');
const LOW_CONTRAST = script('low-contrast.js');

/** Sentences of a fictional ferry fire, the first three in every report, the others in some. */
const FERRY = [
  'The ferry Morrow Lantern caught fire in the Saltreach Channel late on Tuesday, forcing {N} passengers into lifeboats, the Pellham Coastguard said.',
  'The fire started in the engine room shortly after 10 p.m., about 12 kilometres from the port of Ostwick, according to the operator, Greyfen Lines.',
  '"Every passenger was accounted for by midnight," coastguard commander Ilse Varrow told reporters on the quay.',
  'Three crew members were treated for smoke inhalation at Ostwick General Hospital.',
  'Two tugboats towed the ferry back to Ostwick on Wednesday morning.',
  'The Pellham Maritime Safety Board has opened an investigation into the cause of the fire.',
  'Greyfen Lines cancelled all crossings on the route until Friday.',
  'Harbour master Tobin Rell said the channel would reopen to other traffic by noon.',
];
const TOWNS = ['Ostwick', 'Hallin', 'Pellham', 'Saltreach', 'Kelby', 'Dunmere', 'Lowtide', 'Marrow'];
const PAPERS = ['Gazette', 'Courier', 'Post', 'Herald', 'Daily'];

/** 40 reports of the fire from 40 outlets, a quarter hour apart; one gives another number of passengers, one a hostile headline and quotation. */
function ferryReports(): Record<string, unknown>[] {
  return Array.from({ length: 40 }, (_, index) => {
    const sentences = FERRY.filter((_, k) => k < 3 || (k + index) % 3 !== 0).map((sentence) => sentence.replace('{N}', index === 5 ? '412' : '430'));
    sentences.push(`Reporter ${index + 1} watched ${(index % 6) + 2} lifeboats come in at berth ${index + 1}.`);
    const hostile = index === 7;
    return {
      id: `ferry-${index}`,
      outlet: `${TOWNS[index % 8]} ${PAPERS[Math.floor(index / 8)]}`,
      url: `https://news-${index}.example/ferry-fire`,
      title: hostile ? 'Ferry fire: <script>alert("title")</script> & <b>bold</b> "quotes"' : 'Passengers rescued as ferry Morrow Lantern burns',
      published: new Date(Date.parse('2026-05-12T22:30:00Z') + index * 900_000).toISOString(),
      text: `${hostile ? '"<img src=x onerror=alert(2)> we were <b>terrified</b>," said Dorin Maspel after the fire on the ferry Morrow Lantern.\n\n' : ''}${sentences.join('\n\n')}`,
    };
  });
}

const FRENCH = {
  id: 'pont-orle',
  outlet: 'Le Courrier de Vannes-sur-Orle',
  title: 'Le nouveau pont de Vannes-sur-Orle ouvre aux piétons',
  published: '2026-05-20T09:00:00+02:00',
  text: "Le nouveau pont de Vannes-sur-Orle a ouvert samedi matin aux piétons et aux cyclistes, après trois ans de travaux.\n\n« C'est un grand jour pour la ville », a déclaré la maire Lise Armand devant environ 2 000 habitants.\n\nLe pont mesure 240 mètres et a coûté 18 millions d'euros, selon la mairie.",
};

async function post(articles: unknown): Promise<ReturnType<typeof ingestResponse.parse>> {
  const response = await fetch(`${server.url}api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(articles) });
  expect(response.status).toBe(201);
  return ingestResponse.parse(await response.json());
}

/** Opens a page at these settings, every disclosure opened when `open`. */
async function open(context: BrowserContextOptions, path: string, status: number, opened = false): Promise<Page> {
  const page = await browser.newPage(context);
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status(), path).toBe(status);
  if (opened) await page.evaluate('document.querySelectorAll("details").forEach((details) => { details.open = true; })');
  return page;
}

interface PageCheck {
  unnamed: string[];
  headings: string;
  landmarks: Record<string, number>;
  duplicateIds: string[];
  sideways: { scroll: number; sticking: string[] };
  markup: number;
}

/** What is wrong with a page's heading levels in order ("1 2 3 2"): not one h1 first, or a level skipped; undefined when nothing is. */
function headingProblem(headings: string): string | undefined {
  const levels = headings.split(' ').map(Number);
  if (levels[0] !== 1 || levels.filter((level) => level === 1).length !== 1) return 'not one h1, first';
  const skip = levels.findIndex((level, i) => i > 0 && level > levels[i - 1] + 1);
  return skip === -1 ? undefined : `h${levels[skip - 1]} then h${levels[skip]}`;
}

const VIEWS: Record<string, BrowserContextOptions> = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 } },
  narrowest: { viewport: { width: 320, height: 640 } },
  zoom200: { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
};

describe.skipIf(!chromiumAvailable())('the web reader, as an accessibility reviewer reads it (web26)', () => {
  beforeAll(async () => {
    server = await startServerProcess(temp.file('a11y.db'));
    browser = await launchChromium();
    const examples = (await postFiles(fetch, server.url.slice(0, -1), articleFiles(EXAMPLES))).map((answer) => ingestResponse.parse(answer));
    const ferry = await post(ferryReports());
    const french = await post(FRENCH);
    const gone = await post({ ...FRENCH, id: 'pont-orle-doublon', outlet: 'Orle Matin', text: `${FRENCH.text}\n\nLes voitures pourront l'emprunter à partir du 1er juin.` });
    expect((await fetch(`${server.url}api/articles/pont-orle-doublon`, { method: 'DELETE' })).status).toBe(200);
    const examplesStory = examples.flatMap((answer) => answer.articles).find((article) => article.id === 'lmp-2026-03-14-0412')!.story!;
    Object.assign(pages, {
      stories: '',
      'examples story': `stories/${examplesStory}`,
      'ferry story': `stories/${ferry.articles[0].story}`,
      'French story': `stories/${french.articles[0].story}`,
      'hostile article': 'articles/ferry-7',
      'cited article': `articles/lmp-2026-03-14-0412?hl=0-40&story=${examplesStory}`,
      search: 'search?q=ferry+fire',
      'hostile search': `search?q=${encodeURIComponent('"<script>"')}`,
      outlets: 'outlets',
      submit: 'submit',
    });
    expect(gone.articles[0].status).toBe('added');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (server) await server.stop();
    temp.remove();
  });

  it('lays out every main page, and the error pages, at a desktop, a phone, 320 px and 200% zoom with nothing scrolling sideways, everything named, headings in order and nothing an article carries become markup', async () => {
    const all = { ...pages, 'story not found': 'stories/s999', 'removed article': 'articles/pont-orle-doublon' };
    const status = (label: string) => (label === 'story not found' ? 404 : label === 'removed article' ? 410 : 200);
    const found: string[] = [];
    for (const [view, context] of Object.entries(VIEWS)) {
      for (const [label, path] of Object.entries(all)) {
        const page = await open(context, path, status(label), true);
        const check = (await page.evaluate(PAGE_CHECKS)) as PageCheck;
        const where = `${label} (${view})`;
        if (check.sideways.scroll !== 0 || check.sideways.sticking.length > 0) found.push(`${where} scrolls sideways ${check.sideways.scroll} px: ${check.sideways.sticking.join('; ')}`);
        if (check.unnamed.length > 0) found.push(`${where} has no name: ${check.unnamed.join('; ')}`);
        if (headingProblem(check.headings)) found.push(`${where} headings ${check.headings}: ${headingProblem(check.headings)}`);
        const { banner, main, contentinfo, search, unlabelledNavigation } = check.landmarks;
        if (banner !== 1 || main !== 1 || contentinfo !== 1 || search !== 1 || unlabelledNavigation > 0) found.push(`${where} landmarks ${JSON.stringify(check.landmarks)}`);
        if (check.duplicateIds.length > 0) found.push(`${where} ids twice: ${check.duplicateIds.join(', ')}`);
        if (check.markup > 0) found.push(`${where} has ${check.markup} script or img elements`);
        if (view === 'desktop' || view === 'phone') {
          const low = (await page.evaluate(LOW_CONTRAST)) as string[];
          if (low.length > 0) found.push(`${where} text under 4.5:1: ${low.slice(0, 3).join('; ')}`);
        }
        if (label === 'ferry story' && view !== 'desktop') await page.screenshot({ path: artifact(`a11y-ferry-${view}.png`) });
        await page.close();
      }
    }
    expect(found).toEqual([]);
  }, 120_000);

  it('shows a hostile headline and quotation as text', async () => {
    const page = await open(VIEWS.desktop, pages['hostile article'], 200);
    expect(await page.locator('h1').textContent()).toBe('Ferry fire: <script>alert("title")</script> & <b>bold</b> "quotes"');
    expect(await page.locator('main').textContent()).toContain('"<img src=x onerror=alert(2)> we were <b>terrified</b>," said Dorin Maspel');
    await page.close();
    const search = await open(VIEWS.desktop, pages['hostile search'], 200);
    expect(await search.locator('main h2').allTextContents()).toContain('Ferry fire: <script>alert("title")</script> & <b>bold</b> "quotes"');
    await search.close();
  });

  it('reaches every control of the main pages by keyboard, the skip link first, each with a visible focus, in view', async () => {
    for (const label of ['stories', 'ferry story', 'cited article', 'search', 'submit']) {
      const page = await open(VIEWS.phone, pages[label], 200);
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement.className'), label).toBe('skip');
      expect(await page.evaluate('document.activeElement.getBoundingClientRect().left >= 0'), 'the skip link is shown when focused').toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate('document.activeElement.id'), label).toBe('main');
      const stops = Number(await page.evaluate('[...document.querySelectorAll("main a[href], main button, main input, main textarea, main select, main summary")].filter((element) => element.getClientRects().length > 0 && !element.closest("details:not([open]) > :not(summary)")).length'));
      const seen = new Set<string>();
      for (let tab = 0; tab < Math.min(stops, 60) + 5; tab++) {
        await page.keyboard.press('Tab');
        const focus = (await page.evaluate(`(() => {
          const element = document.activeElement;
          if (!element || !element.closest('main')) return null;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return {
            key: [...document.querySelectorAll('*')].indexOf(element) + ' ' + element.outerHTML.slice(0, 160),
            visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            inView: box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
          };
        })()`)) as { key: string; visible: boolean; inView: boolean } | null;
        if (focus === null) break;
        expect([label, focus.key, focus.visible, focus.inView]).toEqual([label, focus.key, true, true]);
        seen.add(focus.key);
      }
      expect(seen.size, `${label}: Tab stops in main`).toBeGreaterThanOrEqual(Math.min(stops, 60));
      await page.close();
    }
  }, 60_000);
});
