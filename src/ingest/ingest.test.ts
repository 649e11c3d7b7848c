import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { available, EXAMPLES, SEEDS } from '../read/test-support/shared-data.js';
import type { OpenStoreOptions, Store } from '../store/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { REPORT_MAX_ARTICLES, REPORT_REVISION, storyReport } from '../facts/index.js';
import { ingest, showStory, storyCopyViews, storyView, type IngestProgress } from './index.js';
import { generateCorpus, toJsonl } from './test-support/corpus.js';
import { withStoreAt } from './test-support/with-store.js';

const temp = tempFolder('tidings-ingest-');
afterAll(() => temp.remove());

const withStore = <T>(name: string, run: (store: Store) => Promise<T>, options: Partial<OpenStoreOptions> = {}): Promise<T> => withStoreAt(temp.file(name), run, options);

describe('ingest', () => {
  it('reports every problem of an input with 200,000 bad lines and stores nothing from it (they were spread into one call, past the call stack)', async () => {
    const file = temp.file('bad-lines.jsonl');
    writeFileSync(file, Array.from({ length: 200_000 }, (_, index) => `not json ${index}`).join('\n'));
    await withStore('bad-lines.db', async (store) => {
      const report = await ingest(store, [file]);
      expect(report).toMatchObject({ added: 0, stories: 0 });
      expect(report.problems).toHaveLength(200_000);
      expect(report.problems[199_999].message).toMatch(/bad-lines\.jsonl.*line 200000/);
    });
  });

  it('groups the examples into their three stories, links the follow-up to its event and finds the reprint and the rewrite', async () => {
    await withStore('examples.db', async (store) => {
      const report = await ingest(store, [EXAMPLES]);
      expect(report).toMatchObject({ added: 9, alreadyStored: 0, problems: [], stories: 3, newStories: 3 });
      const stories = await store.listStories(10);
      expect(stories.map((story) => story.size).sort()).toEqual([1, 2, 6]);
      const inquiry = stories.find((story) => story.headline?.startsWith('Inquiry into Corrin Falls Dam'))!;
      const related = (await store.story(inquiry.id))!.related;
      expect(related.map((story) => story.size)).toEqual([6]);
      expect(related[0].headline).toMatch(/^Brenmouth evacuation zone widened to 1,650 people/);
      const flood = stories.find((story) => story.size === 6)!;
      const detail = (await store.story(flood.id))!;
      const verdicts = Object.fromEntries(detail.articles.map((article) => [article.input.replace(/^.*\//, ''), article.verdict]));
      expect(verdicts).toMatchObject({
        'harbor-daily-brenmouth-dam-spillway-failure.txt': 'original',
        'trendline-buzz-brenmouth-dam-gate-failure.txt': 'rewrite',
        'northgate-courier-brenmouth-flood-evacuation.html': 'independent',
      });
      expect(detail.copies.map((copy) => [copy.article, copy.kind, copy.source])).toContainEqual(['lmp-2026-03-14-0412', 'reprint', detail.articles[0].id]);
    });
  });

  it('adds nothing the second time, and says so', async () => {
    await withStore('again.db', async (store) => {
      await ingest(store, [EXAMPLES]);
      const again = await ingest(store, [EXAMPLES]);
      expect(again).toMatchObject({ added: 0, alreadyStored: 9, problems: [], stories: 0, newStories: 0 });
      expect((await store.counts()).articles).toBe(9);
    });
  });

  it('continues a story across runs (the clusterer state is restored from the store)', async () => {
    const { lines } = generateCorpus(60, 3);
    const first = temp.file('first.jsonl');
    const second = temp.file('second.jsonl');
    writeFileSync(first, toJsonl(lines.slice(0, 30)));
    writeFileSync(second, toJsonl(lines.slice(30)));
    const together = await withStore('together.db', async (store) => {
      await ingest(store, [first, second], { batchSize: 7 });
      return (await store.listStories(100)).map((story) => [story.id, story.size]);
    });
    const apart = await withStore('apart.db', async (store) => {
      await ingest(store, [first], { batchSize: 7 });
      await ingest(store, [second], { batchSize: 7 });
      return (await store.listStories(100)).map((story) => [story.id, story.size]);
    });
    expect(apart).toEqual(together);
  });

  it('reports unreadable inputs and keeps the rest', async () => {
    const broken = temp.file('broken.jsonl');
    writeFileSync(broken, '{"id": "ok", "text": "The river rose by two metres overnight, officials said."}\nnot json\n{"id": "empty"}\n');
    await withStore('broken.db', async (store) => {
      const report = await ingest(store, [broken, temp.file('missing.txt')]);
      expect(report.added).toBe(1);
      expect(report.problems.map((problem) => problem.message)).toEqual([
        expect.stringMatching(/broken\.jsonl \(line 2\): not valid JSON/),
        expect.stringMatching(/broken\.jsonl \(line 3\)/),
        expect.stringMatching(/missing\.txt: no such file or folder/),
      ]);
    });
  });

  it('reports the dates it left out of the articles it stored: unreadable, or in 2999', async () => {
    const lines = [
      { id: 'future', published: '2999-03-05', text: 'The river rose by two metres overnight, officials said on Friday.' },
      { id: 'garbled', published: 'next Tuesday-ish', text: 'The council voted to close the old bridge to lorries from Monday.' },
      { id: 'dated', published: '05.03.2026', text: 'Ferry crossings were cancelled for a third day as gales battered the coast.' },
      { id: 'short', published: '2999-03-05', text: 'Too short.' },
    ];
    const file = temp.file('dates.jsonl');
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));
    await withStore('dates.db', async (store) => {
      const report = await ingest(store, [file]);
      expect(report.added).toBe(3);
      expect(report.datesLeftOut).toEqual([
        { id: 'future', input: file, place: 'line 1', reason: expect.stringMatching(/^the published date "2999-03-05" is after the time of reading/) },
        { id: 'garbled', input: file, place: 'line 2', reason: 'could not read the published date "next Tuesday-ish"; left it out' },
      ]);
      expect((await store.articles(['dated']))[0].published).toBe('2026-03-05');
    });
  });

  it('reports an article of fewer than minWords words left after cleaning as a problem and stores it nowhere, counting each Chinese character as a word', async () => {
    const lines = [
      { id: 'word', text: 'x' },
      { id: 'greeting', text: 'Hello world.' },
      { id: 'brief', text: 'The river rose by two metres overnight, officials said.' },
      { id: 'chinese', text: '国家统计局今天发布了新的经济数据。' },
    ];
    const file = temp.file('short.jsonl');
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));
    await withStore('short.db', async (store) => {
      const report = await ingest(store, [file]);
      expect(report).toMatchObject({ added: 2, stories: 2 });
      expect(report.problems.map((problem) => problem.message)).toEqual([
        expect.stringMatching(/short\.jsonl \(line 1\): too short to store as an article: 1 word left after cleaning, fewer than 8$/),
        expect.stringMatching(/short\.jsonl \(line 2\): too short to store as an article: 2 words left after cleaning, fewer than 8$/),
      ]);
      expect((await store.articles(['word', 'greeting', 'brief', 'chinese'])).map((article) => article.id).sort()).toEqual(['brief', 'chinese']);
      expect((await ingest(store, [file], { minWords: 1 })).added).toBe(2);
    });
  });

  it('names a feed item too short to store by its title and link, and stores the feed\'s other items', async () => {
    const file = temp.file('links.rss');
    writeFileSync(file, `<rss version="2.0"><channel><title>Harbor Photo Desk</title>
<item><title>Watch: the river at dawn</title><link>https://photos.example/video/2</link><description><![CDATA[<a href="https://photos.example/video/2">Watch the video</a>]]></description></item>
<item><title>Dam inquiry opens</title><link>https://photos.example/news/4</link><description>An independent inquiry into the failure of the Corrin Falls Dam spillway gate opened in Brenmouth on Monday.</description></item>
</channel></rss>`);
    await withStore('links.db', async (store) => {
      const report = await ingest(store, [file]);
      expect(report.added).toBe(1);
      expect(report.problems.map((problem) => problem.message)).toEqual([
        `${file} (item 1, "Watch: the river at dawn", https://photos.example/video/2): too short to store as an article: 3 words left after cleaning, fewer than 8`,
      ]);
    });
  });

  it('reports progress with the total once every input is read', async () => {
    const { lines, distinct } = generateCorpus(50, 5);
    const file = temp.file('progress.jsonl');
    writeFileSync(file, toJsonl(lines));
    const seen: IngestProgress[] = [];
    await withStore('progress.db', async (store) => {
      await ingest(store, [file], { batchSize: 10, onProgress: (progress) => seen.push(progress) });
    });
    const last = seen[seen.length - 1];
    expect(last).toEqual({ done: lines.length, total: lines.length, added: distinct, alreadyStored: lines.length - distinct, problems: 0, replaced: [], retraced: [], datesLeftOut: [] });
    expect(seen.length).toBeGreaterThan(3);
  });

  it('tells each date left out and each replaced text once, in the progress call after its batch is written, not all so far in every call (mend25c)', async () => {
    const places = ['Arnholt', 'Bexley Vale', 'Corran', 'Dunmere', 'Elsford', 'Fenwick'];
    const lines = (verb: string) => places.map((place, index) => JSON.stringify({ id: `flood-${index}`, published: '2999-03-05', text: `The river at ${place} ${verb} by ${index + 2} metres overnight and the council closed ${index + 3} roads, officials said on Friday.` }));
    const file = temp.file('progress-once.jsonl');
    writeFileSync(file, lines('rose').join('\n'));
    await withStore('progress-once.db', async (store) => {
      const seen: IngestProgress[] = [];
      const first = await ingest(store, [file], { batchSize: 2, onProgress: (progress) => seen.push(progress) });
      expect(seen.length).toBeGreaterThan(3);
      expect(first.datesLeftOut).toHaveLength(places.length);
      expect(seen.flatMap((progress) => progress.datesLeftOut)).toEqual(first.datesLeftOut);
      writeFileSync(file, lines('fell').join('\n'));
      seen.length = 0;
      const second = await ingest(store, [file], { batchSize: 2, onProgress: (progress) => seen.push(progress) });
      expect(second.replaced).toHaveLength(places.length);
      expect(seen.flatMap((progress) => progress.replaced)).toEqual(second.replaced.map((update) => update.id));
      expect(seen.flatMap((progress) => progress.datesLeftOut)).toEqual(second.datesLeftOut);
    });
  });

  it('shows a story with a cited summary, cached until the story changes', async () => {
    await withStore('show.db', async (store) => {
      await ingest(store, [EXAMPLES]);
      const [newest] = await store.listStories(1);
      const shown = (await showStory(store, newest.id))!;
      expect(shown.cached).toBe(false);
      expect(shown.summary.sentences.length).toBeGreaterThan(0);
      expect(shown.summary.articles.every((id) => shown.articles.some((article) => article.id === id))).toBe(true);
      const again = (await showStory(store, newest.id))!;
      expect(again.cached).toBe(true);
      expect(again.summary).toEqual(shown.summary);
      expect(await showStory(store, 'no-such-story')).toBeUndefined();
    });
  });

  it('caches the report of a story version: a second view reads it back, a story that grows makes it again', async () => {
    await withStore('report.db', async (store) => {
      await ingest(store, [EXAMPLES]);
      const [largest] = (await store.listStories(10)).sort((a, b) => b.size - a.size);
      const view = (await storyView(store, largest.id))!;
      expect(view.report.facts.length).toBeGreaterThan(0);
      expect(await store.cachedReport(largest.id, view.story.version, REPORT_REVISION)).toEqual(view.report);
      expect((await storyView(store, largest.id))!.report).toEqual(view.report);
      expect(await store.cachedReport(largest.id, view.story.version + 1, REPORT_REVISION)).toBeUndefined();
      expect(await store.cachedReport(largest.id, view.story.version, REPORT_REVISION + 1)).toBeUndefined();
    });
  });

  it('reads at most REPORT_MAX_ARTICLES of a large story for its report: the original first, its latest reprints left unread, not analysed, and named', async () => {
    await withStore('large.db', async (store) => {
      const text = [
        'Crews in Vell Harbor pulled 14 people from the flooded ferry terminal on Tuesday, the port authority said.',
        '"We reached everyone we could before the second surge," harbor master Ilse Varga said at the quay.',
        'The terminal will stay closed while engineers inspect the sea wall that gave way during the storm.',
      ].join('\n\n');
      const reprints = REPORT_MAX_ARTICLES + 5;
      const lines = Array.from({ length: reprints + 1 }, (_, n) => ({
        id: n === 0 ? 'vell-original' : `vell-reprint-${n}`,
        outlet: n === 0 ? 'Vell Coast Wire' : `Reprint Outlet ${n}`,
        title: 'Fourteen rescued from flooded Vell Harbor ferry terminal',
        published: new Date(Date.UTC(2026, 2, 3, 9, n)).toISOString(),
        text: n === 0 ? text : `${text}\n\nThis report was distributed to subscriber number ${n} of the Vell Coast Wire network.`,
      }));
      const file = temp.file('vell.jsonl');
      writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));
      await ingest(store, [file]);
      const [story] = await store.listStories(1);
      const view = (await storyView(store, story.id))!;
      expect(view.articles).toHaveLength(reprints + 1);
      expect(view.report.unread).toEqual(lines.slice(REPORT_MAX_ARTICLES).map((line) => line.id));
      expect(view.report.unread.every((id) => view.copies.some((copy) => copy.article === id && copy.kind === 'reprint'))).toBe(true);
      expect(view.report.quotes.some((quote) => quote.occurrences.some((occurrence) => occurrence.article === 'vell-original'))).toBe(true);
      const analysed = await store.cachedAnalyses(lines.map((line) => line.id), REPORT_REVISION);
      expect(analysed.size).toBe(REPORT_MAX_ARTICLES);
      expect(view.report.unread.some((id) => analysed.has(id))).toBe(false);
      expect(await store.cachedCopiedSentences(view.report.unread, REPORT_REVISION)).toEqual([]);
      expect(view.segmented.map((article) => article.id)).toEqual(lines.slice(0, REPORT_MAX_ARTICLES).map((line) => line.id));
      expect(new Set(view.summary.sentences.flatMap((sentence) => sentence.citations.map((citation) => citation.article))).size).toBeGreaterThan(1);
      expect(view.report.timeline).toHaveLength(reprints + 1);
      const unreadCopies = view.copies.filter((copy) => view.report.unread.includes(copy.article));
      const edits = await storyCopyViews(store, view, unreadCopies);
      expect(edits.map((copy) => copy.article)).toEqual(unreadCopies.map((copy) => copy.article));
      expect(edits.every((copy) => copy.sentences.length > 0)).toBe(true);
    });
  });

  it("keeps each article's analysis and the sentences its copies took per report revision: a story that grows has only its new articles analysed and aligned, and its report is the one made afresh", async () => {
    await withStore('analyses.db', async (store) => {
      const brenmouth = ['harbor-daily-brenmouth-dam-spillway-failure.txt', 'northgate-courier-brenmouth-flood-evacuation.html', 'trendline-buzz-brenmouth-dam-gate-failure.txt'];
      await ingest(store, brenmouth.slice(0, 2).map((file) => path.join(EXAMPLES, file)));
      const [story] = await store.listStories(1);
      const before = (await storyView(store, story.id))!;
      const [first, second] = before.articles.map((article) => article.id);
      const saved = await store.cachedAnalyses([first, second], REPORT_REVISION);
      expect([...saved.keys()].sort()).toEqual([first, second].sort());
      expect(await store.cachedAnalyses([first], REPORT_REVISION + 1)).toEqual(new Map());
      const quoted = saved.get(first)!;
      expect(quoted.quotes.length).toBeGreaterThan(0);
      await store.saveAnalyses(REPORT_REVISION, new Map([[first, { ...quoted, quotes: [] }]]));
      await store.saveAnalyses(REPORT_REVISION - 1, new Map([[second, { ...saved.get(second)!, quotes: [] }]]));
      await ingest(store, [path.join(EXAMPLES, brenmouth[2])]);
      const grown = (await storyView(store, story.id))!;
      expect(grown.articles).toHaveLength(3);
      expect(grown.report.quotes.some((quote) => quote.occurrences.some((occurrence) => occurrence.article === first))).toBe(false);
      expect(grown.report.quotes.some((quote) => quote.occurrences.some((occurrence) => occurrence.article === second))).toBe(true);
      expect((await store.cachedAnalyses([second], REPORT_REVISION)).get(second)).toEqual(saved.get(second));
      await store.saveAnalyses(REPORT_REVISION, new Map([[first, quoted]]));
      const ids = grown.articles.map((article) => article.id);
      const stored = await store.cachedAnalyses(ids, REPORT_REVISION);
      const copies = await storyCopyViews(store, grown, grown.copies);
      expect(storyReport(grown.segmented, { copies, analyses: ids.map((id) => stored.get(id)!) })).toEqual(storyReport(grown.segmented, { copies }));
      expect(copies.length).toBeGreaterThan(0);
      const spans = ({ start, end }: { start: number; end: number }) => ({ start, end });
      const copied = await store.cachedCopiedSentences(ids, REPORT_REVISION);
      expect(copied).toHaveLength(copies.length);
      for (const copy of copies) {
        const saved = copied.find((candidate) => candidate.article === copy.article && candidate.source === copy.source);
        expect(saved?.sentences).toEqual(copy.sentences.map((pair) => ({ sentence: spans(pair.sentence), source: spans(pair.source) })));
      }
    });
  });

  it('groups an archive read out of date order as if read in order, in one order window or in windows of two', async () => {
    const report = (event: string, place: string, day: number, detail: string) => ({
      id: `${event}-${day}`,
      outlet: 'Eastmarch Echo',
      published: new Date(Date.UTC(2026, 0, 1 + day)).toISOString(),
      title: `${event} at ${place}`,
      text: `The ${event.toLowerCase()} at ${place} kept crews from the Eastmarch fire service busy on day ${day}. ${detail} Officials at ${place} said the cause of the ${event.toLowerCase()} was not yet known.`,
    });
    const mill = (day: number) => report('Grain silo fire', 'Corrin Mill', day, 'Smoke from the Corrin Mill silo drifted over the harbour.');
    const ferry = (day: number) => report('Ferry engine fire', 'Kessock Quay', day, 'Passengers of the Kessock ferry were taken off by lifeboat.');
    const lines = [ferry(40), ferry(41), mill(0), mill(1), ferry(42), ferry(43), mill(2), mill(3)];
    const archive = temp.file('archive.jsonl');
    writeFileSync(archive, toJsonl(lines));
    const windowed = await withStore('archive-window.db', (store) => ingest(store, [archive], { batchSize: 2 }));
    const unordered = await withStore('archive-unordered.db', (store) => ingest(store, [archive], { batchSize: 2, orderWindow: 2 }));
    expect(windowed.stories).toBe(2);
    expect(unordered.stories).toBe(2);
  });

  it('rejects misuse', async () => {
    await expect(ingest({} as Store, [EXAMPLES])).rejects.toThrow(/tidings: expected a Store/);
    await withStore('misuse.db', async (store) => {
      await expect(ingest(store, [EXAMPLES], { batchSize: 0 })).rejects.toThrow(/ingest.batchSize/);
      await expect(ingest(store, [EXAMPLES], { batchSize: 4, orderWindow: 2 })).rejects.toThrow(/ingest.orderWindow of at least batchSize/);
      await expect(ingest(store, [EXAMPLES], { batch: 3 } as never)).rejects.toThrow(/ingest option/);
    });
  });
});

describe.runIf(available(SEEDS, 'ingest seeds'))('ingest the seeds', () => {
  it('puts both seed articles in one story, the second not a copy of the first', async () => {
    await withStore('seeds.db', async (store) => {
      const report = await ingest(store, [SEEDS]);
      expect(report).toMatchObject({ added: 2, problems: [], stories: 1 });
      const [story] = await store.listStories(10);
      const detail = (await store.story(story.id))!;
      expect(detail.articles.map((article) => article.verdict)).toEqual(['independent', 'independent']);
      expect(detail.copies).toEqual([]);
    });
  });
});
