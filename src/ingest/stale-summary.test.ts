import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { SUMMARY_REVISION } from '../summarize/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { ingest, showStory, storyView } from './index.js';
import { withStoreAt } from './test-support/with-store.js';

const temp = tempFolder('tidings-stale-summary-');
afterAll(() => temp.remove());

const ferryReport = (id: string, outlet: string, extra: string) => ({
  id,
  outlet,
  title: 'Ferry to Halvey Island halted after engine fire',
  published: '2031-04-02T09:00:00Z',
  text: `The morning ferry to Halvey Island was halted on Tuesday after a fire broke out in its engine room. All 84 passengers were brought back to Dunmore Quay by lifeboat, the harbour office said. ${extra}`,
});

describe('showStory and storyView, a cached summary citing an article the view no longer reads', () => {
  it('make the summary again instead of stopping on the stale cache', async () => {
    const file = temp.file('ferry.jsonl');
    const articles = [ferryReport('ferry-1', 'Dunmore Tide', 'The ferry company said repairs would take a week.'), ferryReport('ferry-2', 'Halvey Echo', 'Islanders said the crossing is their only link to the mainland.')];
    writeFileSync(file, articles.map((article) => JSON.stringify(article)).join('\n'));
    await withStoreAt(temp.file('ferry.db'), async (store) => {
      await ingest(store, [file]);
      const [story] = await store.listStories(10);
      const shown = (await showStory(store, story.id))!;
      const stale = {
        ...shown.summary,
        articles: [...shown.summary.articles, 'ferry-gone'],
        sentences: shown.summary.sentences.map((sentence, index) => (index === 0 ? { ...sentence, citations: [...sentence.citations, { article: 'ferry-gone', span: { start: 0, end: 10 }, support: 1, grade: 'states' as const }] } : sentence)),
      };
      await store.saveSummary(story.id, story.version, SUMMARY_REVISION, stale);
      const again = (await showStory(store, story.id))!;
      expect(again.cached).toBe(false);
      expect(again.summary.sentences.flatMap((sentence) => sentence.citations.map((citation) => citation.article))).not.toContain('ferry-gone');
      const view = (await storyView(store, story.id))!;
      expect(view.summary.articles).not.toContain('ferry-gone');
      expect((await showStory(store, story.id))!.cached).toBe(true);
    });
  });
});
