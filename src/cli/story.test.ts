import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../read/test-support/shared-data.js';
import { openStore } from '../store/index.js';
import { FERRY_RECORDS } from '../summarize/test-support/ferry.js';
import { runMain as run } from './test-support/fake-io.js';
import { examplesDatabase } from './test-support/examples-db.js';

const { db } = examplesDatabase('tidings-cli-story-');
/** The story holding the Harbor Daily original, its reprint and its rewrite. */
let dam = '';
beforeAll(async () => {
  const store = openStore(db);
  const stories = await store.listStories(10);
  dam = stories.find((story) => story.headline?.startsWith('Brenmouth evacuation zone widened'))!.id;
  await store.close();
});

describe('tidings story', () => {
  it('prints help with examples', async () => {
    const { code, stdout } = await run(['story', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: tidings story <id>[\s\S]*Examples:/);
  });

  it('shows the cited summary, the articles with their verdicts, and who copied whom', async () => {
    const { code, stdout, stderr } = await run(['story', dam, '--db', db]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Story ${dam}: \\d articles from \\d outlets?, 2026-03-14`));
    expect(stdout).toMatch(/\[1\]/);
    expect(stdout).toContain('\nSources\n');
    expect(stdout).toMatch(/\nArticles\n[\s\S]*original[\s\S]*\nCopies\n/);
    expect(stdout).toMatch(/Lakeshore Morning Post \[lmp-2026-03-14-0412\] reprints Harbor Daily \[\w+\]: \d+% of its sentences/);
    expect(stdout).toMatch(/rewrites Harbor Daily/);
  });

  it('marks a summary sentence stating one side of a same-day disagreement, with the other value and its source, in text, Markdown and JSON', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tidings-cli-ferry-'));
    try {
      const file = path.join(folder, 'ferry.jsonl');
      const ferryDb = path.join(folder, 'ferry.db');
      writeFileSync(file, FERRY_RECORDS.map((record) => JSON.stringify(record)).join('\n'));
      expect((await run(['ingest', file, '--db', ferryDb])).code).toBe(0);
      const store = openStore(ferryDb);
      const [ferry] = await store.listStories(10);
      await store.close();
      const { stdout } = await run(['story', ferry.id, '--db', ferryDb]);
      // Named by the words each opens with: the records give neither outlet nor title.
      const source = (id: string) => new RegExp(`\\n\\[(\\d+)\\] \\(untitled\\) ${FERRY_RECORDS.find((record) => record.id === id)!.text.slice(0, 20)}`).exec(stdout)?.[1];
      const [second, third] = [source('orrin-2'), source('orrin-3')];
      expect(stdout).toMatch(new RegExp(`Twelve people died[^\\n]*\\n  \\(Disputed, people killed: this sentence says 12; other sources say at least 14 \\[${second}\\], 14 \\[${third}[^\\n]*\\)\\n`));
      const md = (await run(['story', ferry.id, '--db', ferryDb, '--format', 'md'])).stdout;
      expect(md).toMatch(new RegExp(`\\n> Disputed, people killed: this sentence says 12; other sources say at least 14 \\[${second}\\], 14 \\[${third}[^\\n]*\\n`));
      const json = JSON.parse((await run(['story', ferry.id, '--db', ferryDb, '--format', 'json'])).stdout);
      const disputed = json.summary.sentences.flatMap((sentence: { disputed?: unknown[] }) => sentence.disputed ?? []);
      const killed = disputed.find((dispute: { label: string }) => dispute.label === 'people killed');
      expect(killed.stated).toMatchObject({ value: 12, qualifier: 'exact' });
      expect(killed.others[0]).toEqual({ value: 14, qualifier: 'at-least', sources: [{ article: 'orrin-2', span: expect.any(Object), number: Number(second) }] });
      expect(json.summary.sources[Number(second) - 1]).toBe('orrin-2');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names the related stories: the inquiry two weeks later, with its size and dates', async () => {
    const { stdout } = await run(['story', dam, '--db', db]);
    expect(stdout).toMatch(/\nRelated stories\n {2}s\d+ \(0\.\d\d\): Inquiry into Corrin Falls Dam opens[^\n]* — 1 article from 1 outlet, 2026-03-30\n/);
    const json = JSON.parse((await run(['story', dam, '--db', db, '--format', 'json'])).stdout);
    expect(json.related.map((story: { headline: string }) => story.headline)).toEqual([expect.stringMatching(/^Inquiry into Corrin Falls Dam/)]);
    const md = (await run(['story', dam, '--db', db, '--format', 'md'])).stdout;
    expect(md).toMatch(/\n## Related stories\n\n- s\d+ \(0\.\d\d\): Inquiry into Corrin Falls Dam/);
  });

  it('writes Markdown and JSON whose citations read back from the articles', async () => {
    const md = await run(['story', dam, '--db', db, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Brenmouth evacuation zone widened to 1,650[\s\S]*## Sources[\s\S]*## Articles[\s\S]*\| Date \| Outlet \| Verdict \|[\s\S]*## Copies/);
    const json = await run(['story', dam, '--db', db, '--format', 'json']);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.version).toBe(10);
    expect(parsed.unread).toEqual([]);
    expect(parsed.story.id).toBe(dam);
    expect(parsed.articles.map((article: { verdict: string }) => article.verdict)).toContain('reprint');
    expect(parsed.copies.length).toBeGreaterThan(0);
    for (const sentence of parsed.summary.sentences) {
      for (const citation of sentence.citations) expect(citation.text.length).toBe(citation.span.end - citation.span.start);
    }
  });

  it('gives every summary span as just {start, end}, as GET /api/stories/:id does, so a script reads the cited text back alike from both (verify25)', async () => {
    const parsed = JSON.parse((await run(['story', dam, '--db', db, '--format', 'json'])).stdout);
    const texts = new Map<string, string>();
    const store = openStore(db);
    for (const article of await store.articles(parsed.articles.map((article: { id: string }) => article.id))) texts.set(article.id, article.text);
    await store.close();
    const spans = parsed.summary.sentences.flatMap((sentence: { parts: object[]; citations: { span: object }[] }) => [...sentence.parts, ...sentence.citations.map((citation) => citation.span)]);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(Object.keys(span)).toEqual(['start', 'end']);
    for (const sentence of parsed.summary.sentences) {
      for (const citation of sentence.citations) expect(texts.get(citation.article)!.slice(citation.span.start, citation.span.end)).toBe(citation.text);
    }
  });

  it('heads every story with the headline "tidings stories" lists for it, the flood story too: listed by its newest figure', async () => {
    const store = openStore(db);
    const stories = await store.listStories(10);
    await store.close();
    expect(stories.length).toBeGreaterThan(1);
    for (const story of stories) {
      const parsed = JSON.parse((await run(['story', story.id, '--db', db, '--format', 'json'])).stdout);
      const headline = parsed.summary.headline.text;
      expect(parsed.articles.find((article: { id: string }) => article.id === parsed.summary.headline.article).title).toBe(headline);
      expect(headline).toBe(story.headline);
      if (story.id === dam) expect(headline).toMatch(/1,650/);
    }
  });

  it('reports the quotes with their speakers, where sources differ and the names', async () => {
    const { code, stdout } = await run(['story', dam, '--db', db]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nQuotes\n  Odile Fenwright: “We have never seen the Velmar rise this fast,” — Harbor Daily, /);
    expect(stdout).toMatch(/\nWhere sources differ\n[\s\S]*people evacuated: about 1,200 \(Harbor Daily[^)]*\) vs about 1,400 \(Northgate Courier\)/);
    expect(stdout).toMatch(/\nNames\n[\s\S]*Tomas Keldren \(person, also Keldren\)/);
    const md = await run(['story', dam, '--db', db, '--format', 'md']);
    expect(md.stdout).toMatch(/\n## Quotes\n\n- Odile Fenwright: /);
    expect(md.stdout).toMatch(/\n## Where sources differ\n\n- [\s\S]*\n- people evacuated: /);
  });

  it('gives the quotes, entities, facts and timeline in JSON, each span reading back its words', async () => {
    const { stdout } = await run(['story', dam, '--db', db, '--format', 'json']);
    const parsed = JSON.parse(stdout);
    const texts = new Map<string, string>();
    const store = openStore(db);
    for (const article of await store.storyArticles(dam)) texts.set(article.id, article.text);
    await store.close();
    const keldren = parsed.quotes.find((quote: { speaker: string | null }) => quote.speaker === 'Tomas Keldren');
    expect(keldren.occurrences.length).toBeGreaterThan(0);
    for (const occurrence of keldren.occurrences) expect(texts.get(occurrence.article)!.slice(occurrence.span.start, occurrence.span.end)).toBe(occurrence.text);
    const evacuated = parsed.facts.find((fact: { label: string }) => fact.label === 'people evacuated');
    expect(evacuated.status).toBe('conflicting');
    expect(evacuated.values.map((value: { value: number }) => value.value)).toEqual(expect.arrayContaining([1200, 1400]));
    expect(parsed.entities.some((entity: { name: string; type: string }) => entity.name === 'Corrin Falls Dam')).toBe(true);
    expect(parsed.timeline.map((entry: { article: string }) => entry.article)).toHaveLength(parsed.articles.length);
  });

  it('names articles of one JSONL file that name neither outlet nor title by the words they open with, their ids after where two read alike, the same after an export read back in (mend28: by their ids alone before)', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tidings-cli-story-items-'));
    try {
      const text = (n: number) =>
        `The Ossa River broke through its embankment in Trevik on Saturday, and ${n} hundred people were evacuated from the low streets. "The water came in minutes," said Mayor Ilse Varn. Crews worked through the night to shore up the embankment near the old mill.`;
      const lines = [1, 2].map((n) => JSON.stringify({ id: `trevik-${n}`, text: text(n + 3) }));
      writeFileSync(path.join(folder, 'items.jsonl'), `${lines.join('\n')}\n`);
      const database = path.join(folder, 'tidings.db');
      expect((await run(['ingest', path.join(folder, 'items.jsonl'), '--db', database])).code).toBe(0);
      const { stdout } = await run(['story', 's1', '--db', database]);
      const opening = '(untitled) The Ossa River broke through its…';
      expect(stdout).toMatch(/\n\[1\] \(untitled\) The Ossa River broke through its embankment in Trevik on Saturday, and [45]… \([^)\n]*items\.jsonl#[12]\)\n/);
      expect(stdout).toContain(`\n  ${opening} [trevik-2] reprints ${opening} [trevik-1]: 100% of its sentences\n`);
      expect(stdout).toContain(`Ilse Varn: “The water came in minutes,” — ${opening} [trevik-1], ${opening} [trevik-2]`);
      const exported = path.join(folder, 'ex1.jsonl');
      writeFileSync(exported, (await run(['export', '--db', database])).stdout);
      const copy = path.join(folder, 'copy.db');
      expect((await run(['ingest', exported, '--db', copy])).code).toBe(0);
      const again = (await run(['story', 's1', '--db', copy])).stdout;
      const named = (output: string) => output.split('\n').filter((line) => /trevik-\d|Ossa River broke/.test(line)).map((line) => line.replace(/ \([^)]*jsonl#\d\)$/, ''));
      expect(named(again)).toEqual(named(stdout));
      expect(again).not.toMatch(/ex1\.jsonl \[|ex1\.jsonl {2}/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('gives a live blog read from a feed as one timeline entry per post, at its time, its span reading back the post', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'tidings-cli-story-live-'));
    try {
      const database = path.join(folder, 'tidings.db');
      expect((await run(['ingest', path.join(FIXTURES, 'live-marra-storm.rss'), '--db', database])).code).toBe(0);
      const store = openStore(database);
      const storm = (await store.listStories(10)).find((story) => story.headline?.startsWith('Storm Marra'))!.id;
      await store.close();
      const { timeline } = JSON.parse((await run(['story', storm, '--db', database, '--format', 'json'])).stdout);
      expect(timeline.map((entry: { published: string }) => entry.published)).toEqual(['07:10', '09:45', '11:20', '13:05', '15:30', '17:15', '19:40', '22:05'].map((time) => `2026-11-20T${time}:00Z`));
      for (const entry of timeline) expect(entry.post.text.startsWith(`${entry.published.slice(11, 16)}\n\n`)).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('lists at most --limit articles and copies in text and Markdown, with a count of the rest; JSON lists all', async () => {
    const json = JSON.parse((await run(['story', dam, '--db', db, '--format', 'json', '--limit', '1'])).stdout);
    expect(json.articles.length).toBeGreaterThan(2);
    expect(json.copies).toHaveLength(2);
    const { code, stdout } = await run(['story', dam, '--db', db, '--limit', '1']);
    expect(code).toBe(0);
    const listed = (heading: string) => stdout.split(`\n${heading}\n`)[1].split('\n\n')[0].split('\n');
    expect(listed('Articles')).toEqual([expect.stringContaining(`[${json.articles[0].id}]`), `  … and ${json.articles.length - 1} more articles (--limit N lists more; --format json lists all)`]);
    expect(listed('Copies')).toEqual([expect.stringContaining(`[${json.copies[0].article}]`), '  … and 1 more copy (--limit N lists more; --format json lists all)']);
    const all = (await run(['story', dam, '--db', db])).stdout;
    expect(all).not.toContain('more articles');
    expect(all.split('\nArticles\n')[1].split('\n\n')[0].split('\n')).toHaveLength(json.articles.length);
    const md = (await run(['story', dam, '--db', db, '--format', 'md', '--limit', '1'])).stdout;
    expect(md.split('\n').filter((line) => line.startsWith('| 2026-'))).toHaveLength(1);
    expect(md).toContain(`more articles (`);
    expect(md.split('\n').filter((line) => line.startsWith('- ') && /reprints|rewrites/.test(line))).toHaveLength(1);
    expect((await run(['story', dam, '--db', db, '--limit', '0'])).code).toBe(2);
  });

  it('takes a bare number for the story the lists show with an "s" before it', async () => {
    const byNumber = await run(['story', dam.slice(1), '--db', db, '--format', 'json']);
    expect(byNumber.code).toBe(0);
    expect(JSON.parse(byNumber.stdout).story.id).toBe(dam);
    expect((await run(['story', '999', '--db', db])).stderr).toMatch(/no story "999"/);
  });

  it('refuses an unknown story id (exit 1) and bad usage (exit 2)', async () => {
    const unknown = await run(['story', 'nope', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe(`tidings: ${db}: no story "nope" (tidings stories lists them)\n`);
    expect((await run(['story', '--db', db])).code).toBe(2);
    expect((await run(['story', dam, 'extra', '--db', db])).code).toBe(2);
    expect((await run(['story', dam, '--db', db, '--format', 'html'])).code).toBe(2);
  });
});
