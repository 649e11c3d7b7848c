import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { storyReport } from '../facts/index.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { markDisputes, summarize, summaryPartsText } from './index.js';

/** A fictional ferry capsizing told by four outlets on one day: the first gives 12 dead, the three others 14. */
const ferry = () => [
  textArticle('Twelve people died when the ferry Marla Voss capsized on Lake Orrin on Saturday, the harbour authority of Tessaly said. The ferry was carrying 40 passengers from Tessaly to the island of Brenn when a storm struck.', { id: 'orrin-1', published: '2026-09-12T10:00:00Z' }),
  textArticle('At least 14 people were killed when a ferry capsized on Lake Orrin during a storm on Saturday. Rescuers pulled 26 survivors from the water near Brenn.', { id: 'orrin-2', published: '2026-09-12T12:00:00Z' }),
  textArticle('The ferry Marla Voss sank in a sudden storm on Lake Orrin. Fourteen people died, police in Tessaly said, and 26 were rescued.', { id: 'orrin-3', published: '2026-09-12T14:00:00Z' }),
  textArticle('Police said 14 people died in the sinking of the Marla Voss, which had sailed from Tessaly with 40 passengers on board.', { id: 'orrin-4', published: '2026-09-12T16:00:00Z' }),
];

describe('a summary sentence that states one side of a conflict says so', () => {
  const articles = ferry();
  const report = storyReport(articles);
  const summary = summarize(articles, { budget: { sentences: 1 } });

  it('keeps the sentence the summary picks, the minority value of 12 dead, and marks it disputed with the other value and its sources', () => {
    const killed = report.facts.find((fact) => fact.key === 'killed:people');
    expect(killed?.status).toBe('conflicting');
    const marked = markDisputes(summary, report.facts);
    expect(marked.sentences.map((sentence) => sentence.article)).toEqual(summary.sentences.map((sentence) => sentence.article));
    const [sentence] = marked.sentences;
    expect(summaryPartsText(articles[0].text, sentence.parts)).toMatch(/^Twelve people died/);
    expect(sentence.disputed).toHaveLength(1);
    const [dispute] = sentence.disputed!;
    expect(dispute.label).toBe(killed!.label);
    expect(dispute.stated.value).toBe(12);
    expect(dispute.stated.sources.map((source) => source.article)).toEqual(['orrin-1']);
    expect(dispute.others.map((value) => [value.qualifier, value.value])).toEqual([['at-least', 14], ['exact', 14]]);
    expect(dispute.others.flatMap((value) => value.sources.map((source) => source.article)).sort()).toEqual(['orrin-2', 'orrin-3', 'orrin-4']);
    const other = dispute.others[0].sources[0];
    expect(spanText(articles[1].text, other.span)).toBe('At least 14 people');
  });

  it('marks nothing where the sentence states no disputed value, or the facts agree', () => {
    const second = summarize(articles.slice(1), { budget: { sentences: 1 } });
    expect(markDisputes(second, storyReport(articles.slice(1)).facts).sentences.every((sentence) => sentence.disputed === undefined)).toBe(true);
    const marked = markDisputes(summary, report.facts.filter((fact) => fact.status !== 'conflicting'));
    expect(marked).toBe(summary);
  });
});
