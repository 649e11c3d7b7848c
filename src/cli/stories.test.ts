import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { emptyClusterer, makeArticle, makeRecord } from '../store/test-support/records.js';
import { runMain as run } from './test-support/fake-io.js';
import { examplesDatabase } from './test-support/examples-db.js';

const { db, temp } = examplesDatabase('tidings-cli-stories-');

describe('tidings stories', () => {
  it('prints help with examples', async () => {
    const { code, stdout } = await run(['stories', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: tidings stories[\s\S]*Examples:/);
  });

  it('lists stories newest first: headline, size, outlets, first and last seen', async () => {
    const { code, stdout, stderr } = await run(['stories', '--db', db]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^STORY\s+ARTICLES\s+OUTLETS\s+FIRST SEEN\s+LAST SEEN\s+HEADLINE$/);
    expect(lines[1]).toMatch(/^s\d+\s+1\s+1\s+2026-03-30\s+2026-03-30\s+Inquiry into Corrin Falls Dam/);
    expect(lines[2]).toMatch(/^s\d+\s+2\s+\d\s+2026-03-21\s+2026-03-22\s+.*Ossa River/);
    expect(lines.some((line) => /Brenmouth evacuation zone widened to 1,650 people/.test(line))).toBe(true);
  });

  it("shows the days a story's articles give, not an undated article's ingest day, marking a story an undated article updated later (it lists higher than its dates say); a story with none dated shows its ingest days, marked", async () => {
    const own = temp.file('undated.db');
    const wire = temp.file('undated.jsonl');
    const lines = [
      { id: 'dated', outlet: 'Harbor Daily', published: '2026-03-14', text: 'A spillway gate at the Corrin Falls Dam gave way on Saturday, forcing 1,200 people from their homes in Brenmouth.' },
      { id: 'undated', outlet: 'Undated Times', text: 'A spillway gate at the Corrin Falls Dam gave way on Saturday, forcing 1,200 people from their homes in Brenmouth.' },
      { id: 'alone', outlet: 'Valdoria Post', text: 'The regional assembly of Valdoria approved a new fisheries budget on a narrow vote after a long debate.' },
    ];
    writeFileSync(wire, lines.map((line) => JSON.stringify(line)).join('\n'));
    expect((await run(['ingest', wire, '--db', own])).code).toBe(0);
    const ingested = new Date().toISOString().slice(0, 10);
    const table = (await run(['stories', '--db', own])).stdout.trimEnd().split('\n');
    expect(table.find((line) => line.includes('Corrin Falls'))).toMatch(/^s\d+\s+2\s+2\s+2026-03-14\s+2026-03-14\+\s/);
    expect(table.find((line) => line.includes('Valdoria'))).toMatch(new RegExp(`^s\\d+\\s+1\\s+1\\s+${ingested}\\*\\s+${ingested}\\*\\s`));
    expect(table.slice(-2)).toEqual([
      '* no article of the story gives a date: the days it was ingested',
      '+ an article with no date, ingested later, also updated the story (and puts it higher in the list)',
    ]);
    const since = (await run(['stories', '--db', own, '--since', ingested])).stdout;
    expect([since.includes('Valdoria'), since.includes('Corrin Falls')]).toEqual([true, false]);
    const story = (await run(['story', 's1', '--db', own])).stdout;
    expect(story).toMatch(/^Story s1: 2 articles from 2 outlets, 2026-03-14\n/);
    expect(story).toMatch(/\n  undated     Undated Times\s+reprint/);
  });

  it('writes JSON, newest first, and respects --limit', async () => {
    const { code, stdout } = await run(['stories', '--db', db, '--format', 'json']);
    expect(code).toBe(0);
    const { version, stories } = JSON.parse(stdout);
    expect(version).toBe(2);
    expect(stories.map((story: { lastSeen: string }) => story.lastSeen)).toEqual(stories.map((story: { lastSeen: string }) => story.lastSeen).sort().reverse());
    expect(stories.reduce((sum: number, story: { size: number }) => sum + story.size, 0)).toBe(9);
    const limited = JSON.parse((await run(['stories', '--db', db, '--format', 'json', '--limit', '1'])).stdout);
    expect(limited.stories).toEqual(stories.slice(0, 1));
  });

  it('heads a story whose articles have no title with the opening sentence of the earliest, as its story view does', async () => {
    const untitled = temp.file('untitled.db');
    const lines = [
      { id: 'u1', published: '2026-04-02', text: 'The Harrow Point lighthouse keeper reported a fire in the lamp room late on Tuesday night.\n\nCrews from Kessock put it out within an hour.' },
      { id: 'u2', published: '2026-04-03', text: 'A fire in the lamp room of the Harrow Point lighthouse was put out by crews from Kessock, the keeper said, and the light will be dark for a week while the lens is repaired after the blaze.' },
    ];
    const feed = temp.file('untitled.jsonl');
    writeFileSync(feed, lines.map((line) => JSON.stringify(line)).join('\n'));
    expect((await run(['ingest', feed, '--db', untitled])).code).toBe(0);
    const { stories } = JSON.parse((await run(['stories', '--db', untitled, '--format', 'json'])).stdout);
    expect(stories.map((story: { headline: string }) => story.headline)).toEqual(['The Harrow Point lighthouse keeper reported a fire in the lamp room late on Tuesday night.']);
    const view = JSON.parse((await run(['story', stories[0].id, '--db', untitled, '--format', 'json'])).stdout);
    expect(view.summary.headline).toMatchObject({ article: 'u1', text: stories[0].headline });
  });

  it('calls a story of no headline "(no headline)" in the list and as a related story, not the "(untitled)" of an article named by its opening (mend29f)', async () => {
    const headless = temp.file('headless.db');
    const store = openStore(headless, { create: true });
    const record = (id: string, story: string, related: { story: string; similarity: number }[]) => {
      const made = makeRecord(makeArticle(id, `The Tessel ferry report ${id}.`, { published: '2026-05-02T08:00:00Z' }), story);
      return { ...made, story: { ...made.story, related } };
    };
    await store.writeBatch({ articles: [record('t1', 'A', []), record('t2', 'B', [{ story: 'A', similarity: 0.44 }])], clusterer: emptyClusterer(0) });
    await store.close();
    const listed = (await run(['stories', '--db', headless])).stdout.trimEnd().split('\n').slice(1);
    expect(listed.map((line) => line.replace(/^.*\d{4}-\d{2}-\d{2}\s+/, ''))).toEqual(['(no headline)', '(no headline)']);
    const { stdout } = await run(['story', 'B', '--db', headless]);
    expect(stdout).toMatch(/\nRelated stories\n {2}A \(0\.44\): \(no headline\) — 1 article, 2026-05-02\n/);
  });

  it('filters by outlet (any case), date and words, as the web reader does', async () => {
    const headlines = async (...flags: string[]) => (await run(['stories', '--db', db, ...flags])).stdout.trimEnd().split('\n').slice(1).map((line) => line.replace(/^.*\d{4}-\d{2}-\d{2}\s+/, ''));
    expect(await headlines('--outlet', 'HARBOR daily')).toEqual([expect.stringMatching(/^Brenmouth evacuation zone widened to 1,650 people/)]);
    expect(await headlines('--since', '2026-03-20')).toEqual([expect.stringMatching(/^Inquiry into Corrin Falls Dam/), expect.stringMatching(/Ossa River/)]);
    expect(await headlines('--search', 'Ossa', '--since', '2026-03-01')).toEqual([expect.stringMatching(/Ossa River/)]);
    const none = await run(['stories', '--db', db, '--outlet', 'Nobody']);
    expect(none.stdout.trim()).toBe('No story matches these filters.');
    for (const since of ['yesterday', '2026-02-30', '2026-03-15 23:00']) expect((await run(['stories', '--db', db, '--since', since])).code).toBe(2);
    for (const outlet of ['', '  ']) {
      expect(await run(['stories', '--db', db, '--outlet', outlet])).toEqual({ code: 2, stdout: '', stderr: `tidings stories: --outlet needs an outlet's name (tidings outlets lists them), got ${JSON.stringify(outlet)}\nRun "tidings stories --help" for usage.\n` });
    }
    expect((await run(['stories', '--db', db, '--outlet', ' harbor daily '])).stdout).toContain("Brenmouth evacuation zone widened");
  });

  it('says when there is no story yet', async () => {
    const empty = temp.file('empty.db');
    await openStore(empty, { create: true }).close();
    const { code, stdout } = await run(['stories', '--db', empty]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/No stories yet/);
  });

  it('refuses a missing database (exit 1) and bad flags (exit 2)', async () => {
    const missing = await run(['stories', '--db', temp.file('missing.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/missing\.db: no Tidings database here \(tidings ingest creates one\)/);
    expect((await run(['stories', '--db', db, '--limit', '0'])).code).toBe(2);
    expect((await run(['stories', '--db', db, '--format', 'xml'])).code).toBe(2);
    expect((await run(['stories', 'extra'])).code).toBe(2);
  });
});
