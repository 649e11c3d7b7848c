import { describe, expect, it, vi } from 'vitest';
import { prepare } from '../../pipeline.js';
import * as citationDiffs from '../../render/citation-diff.js';
import { makeArticle } from '../../store/test-support/records.js';
import { summarize } from '../../summarize/index.js';
import { summaryView } from './summary.js';

vi.mock('../../render/citation-diff.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../render/citation-diff.js')>();
  return { ...original, summarySentenceWords: vi.fn(original.summarySentenceWords), passageDiff: vi.fn(original.passageDiff) };
});

describe('the check boxes under a story page summary (mend25c)', () => {
  it('join each sentence\'s words once, whatever number of passages it cites, and set each passage against them once', () => {
    const text = 'The dam gate at Brenmouth failed early on Saturday morning and forced 1,200 people from their homes.\nOfficials opened two shelters in the town.';
    const story = ['one', 'two', 'three', 'four'].map((id, index) => prepare(makeArticle(id, text, { outlet: `Outlet ${index}`, published: `2026-03-14T0${index + 5}:00:00Z` })));
    const summary = summarize(story, { copies: ['two', 'three', 'four'] });
    const citations = summary.sentences.map((sentence) => sentence.citations.length);
    expect(citations.some((count) => count > 1)).toBe(true);
    vi.mocked(citationDiffs.summarySentenceWords).mockClear();
    vi.mocked(citationDiffs.passageDiff).mockClear();
    const out = summaryView(summary, story, 's1').value;
    expect(out.match(/<details class="check">/g)).toHaveLength(summary.sentences.length);
    expect(vi.mocked(citationDiffs.summarySentenceWords).mock.calls).toHaveLength(summary.sentences.length);
    expect(vi.mocked(citationDiffs.passageDiff).mock.calls).toHaveLength(citations.reduce((sum, count) => sum + count, 0));
  });
});
