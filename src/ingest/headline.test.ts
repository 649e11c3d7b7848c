import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../store/test-support/records.js';
import { ingest } from './index.js';
import { withStoreAt } from './test-support/with-store.js';

const temp = tempFolder('tidings-headline-');
afterAll(() => temp.remove());

/** Three untitled reports of one (fictional) merger: a feature first, then two reports whose first sentences are long. */
const MERGER = [
  {
    id: 'feature',
    published: '2026-05-04',
    text: 'Times are tough on the waterfront.\n\nStill, it boggles the mind that hardship is driving Pellam Ferries and Skellan Lines, the two ferry firms of the Velmar estuary, to talk about a merger that would leave Brenmouth with one ferry company and one timetable.\n\nThe talks between Pellam Ferries and Skellan Lines began last month, people close to the two ferry firms said.',
  },
  {
    id: 'report',
    published: '2026-05-05',
    text: 'Pellam Ferries and Skellan Lines, the two ferry firms that carry most of the traffic across the Velmar estuary, have held talks about a merger, a person involved in the talks said on Tuesday.\n\nA merger of Pellam Ferries and Skellan Lines would leave Brenmouth with one ferry company and one timetable for the estuary crossing.\n\nNeither ferry firm would comment on the talks.',
  },
  {
    id: 'follow',
    published: '2026-05-06',
    text: 'The boards of Pellam Ferries and Skellan Lines are expected to meet on Thursday to consider a merger that would form the only ferry company on the Velmar estuary, a source close to the talks said.\n\nThe merger talks between Pellam Ferries and Skellan Lines were first reported on Tuesday.\n\nBrenmouth council said it would study the merger of the two ferry firms.',
  },
];

describe('the headline of a story of untitled reports', () => {
  it('is a report\'s first line, not the scene-setting first line of a feature that came first (audit27: "Times are tough in the oil patch.")', async () => {
    const file = temp.file('merger.jsonl');
    writeFileSync(file, MERGER.map((record) => JSON.stringify(record)).join('\n'));
    await withStoreAt(temp.file('merger.db'), async (store) => {
      const report = await ingest(store, [file]);
      expect(report).toMatchObject({ added: 3, stories: 1 });
      const [story] = await store.listStories(5);
      expect(story.size).toBe(3);
      expect(story.headline).toMatch(/^Pellam Ferries and Skellan Lines/);
    });
  });
});
