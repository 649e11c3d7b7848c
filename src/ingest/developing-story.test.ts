import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { spansOverlap, spanText } from '../article.js';
import { tempFolder } from '../store/test-support/records.js';
import { summaryPartsText } from '../summarize/index.js';
import { ingest, removeArticles, storyView, type StoryView } from './index.js';
import { STORM_CORRECTION, STORM_REPORTS, stormJsonl } from './test-support/developing-storm.js';
import { withStoreAt } from './test-support/with-store.js';

const temp = tempFolder('tidings-developing-story-');
afterAll(() => temp.remove());

/** The view of the story holding the given reports, ingested from one JSONL file. */
async function viewOf(name: string, jsonl: string): Promise<StoryView> {
  const file = temp.file(`${name}.jsonl`);
  writeFileSync(file, jsonl);
  return withStoreAt(temp.file(`${name}.db`), async (store) => {
    await ingest(store, [file]);
    const [story] = await store.listStories(10);
    return (await storyView(store, story.id))!;
  });
}

const sentenceTexts = (view: StoryView) => view.summary.sentences.map((sentence) => summaryPartsText(view.segmented.find((article) => article.id === sentence.article)!.text, sentence.parts));

describe('storyView, a story whose toll rose over four days, each day reprinted by the wire', () => {
  it('opens the summary on the final toll, cited to the reports that state it, and states no superseded toll as current', async () => {
    const view = await viewOf('storm', stormJsonl());
    expect(view.articles.map((article) => article.id).sort()).toEqual([...new Set(STORM_REPORTS.map((report) => report.id))].sort());
    expect(view.segmented.find((article) => article.id === STORM_CORRECTION.id)!.text).toContain('that eleven people had died');

    const [opening] = sentenceTexts(view);
    expect(opening).toMatch(/\beleven\b/i);
    const citing = view.summary.sentences[0].citations.map((citation) => view.segmented.find((article) => article.id === citation.article)!);
    expect(citing.length).toBeGreaterThan(1);
    for (const article of citing) expect(article.text).toMatch(/\beleven\b/i);

    const toll = view.report.facts.find((fact) => fact.key === 'killed:people')!;
    expect(toll.values.map((value) => value.value)).toEqual(expect.arrayContaining([3, 7, 11]));
    const superseded = toll.values.filter((value) => value.value !== 11).flatMap((value) => value.sources);
    for (const sentence of view.summary.sentences) {
      for (const source of superseded.filter((candidate) => candidate.article === sentence.article)) {
        const stated = spanText(view.segmented.find((article) => article.id === source.article)!.text, source.span);
        expect(sentence.parts.some((part) => spansOverlap(part, source.span)), `summary states the superseded "${stated}"`).toBe(false);
      }
    }
  });

  it('heads the story with no title giving a superseded toll ("Storm Verra kills three…" above eleven dead)', async () => {
    const view = await viewOf('storm-headline', stormJsonl());
    const headline = view.summary.headline!;
    expect(view.segmented.find((article) => article.id === headline.article)!.title).toBe(headline.text);
    expect(headline.text).not.toMatch(/\b(?:three|seven|ten)\b/i);
    const monday = STORM_REPORTS.filter((report) => report.published.startsWith('2026-10-05'));
    const mondayView = await viewOf('storm-headline-monday', monday.map((report) => JSON.stringify(report)).join('\n'));
    expect(mondayView.summary.headline?.text).toBe(mondayView.story.headline);
  });

  it('lists the story under the headline its view shows, which gives no superseded toll, and keeps the summary\'s record of the reports that do', async () => {
    const file = temp.file('storm-list.jsonl');
    writeFileSync(file, stormJsonl());
    await withStoreAt(temp.file('storm-list.db'), async (store) => {
      await ingest(store, [file], { batchSize: 5 });
      const [listed] = await store.listStories(10);
      expect(listed.headline).not.toMatch(/\b(?:three|seven|ten)\b/i);
      expect(listed.headline).toMatch(/\beleven\b/i);
      const view = (await storyView(store, listed.id))!;
      expect(view.summary.headline?.text).toBe(listed.headline);
      expect(view.summary.outdated).toEqual(expect.arrayContaining(['skerry-1', 'skerry-2']));
      expect(view.summary.outdated).not.toContain('skerry-3');

      await removeArticles(store, ['carrow-courier-1']);
      const [remade] = await store.listStories(10);
      expect(remade.id).toBe(listed.id);
      expect(remade.headline).toBe(listed.headline);
    });
  });

  it('keeps the summary of the first day alone as it was: the day-1 toll leads, as the wire wrote it', async () => {
    const monday = STORM_REPORTS.filter((report) => report.published.startsWith('2026-10-05'));
    const view = await viewOf('storm-monday', monday.map((report) => JSON.stringify(report)).join('\n'));
    const [opening] = sentenceTexts(view);
    expect(opening).toMatch(/^Storm Verra killed three people on the Skelmor coast/);
    expect(view.summary.sentences[0].citations.length).toBe(8);
  });
});
