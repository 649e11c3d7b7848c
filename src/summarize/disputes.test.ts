import { describe, expect, it } from 'vitest';
import { spanText } from '../article.js';
import { storyReport } from '../facts/index.js';
import { prepare, summaryWithDisputes } from '../pipeline.js';
import { readString } from '../read/index.js';
import { READ_AT } from '../read/test-support/read-at.js';
import { textArticle } from '../quotes/test-support/articles.js';
import { markDisputes, summarize, summaryPartsText, summarySentenceOwnParts } from './index.js';
import { FERRY_RECORDS } from './test-support/ferry.js';

const ferry = () => FERRY_RECORDS.map(({ text, ...fields }) => textArticle(text, fields));

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

  it('summaryWithDisputes marks a summary made with no store as the story view marks a stored one: with the facts of its articles\' report', () => {
    const marked = summaryWithDisputes(articles, { budget: { sentences: 1 } });
    expect(marked).toEqual(markDisputes(summary, report.facts));
    expect(marked.sentences[0].disputed?.map((dispute) => dispute.stated.value)).toEqual([12]);
  });
});

describe('summaryWithDisputes marks as the whole report would, reading only the facts the summary states', () => {
  const stories = {
    ferry: ferry(),
    flood: [
      textArticle('Martin Osgood, 62, a retired teacher, was rescued from his house on Quay Street on Friday. Forty homes were flooded.', { published: '2026-03-14T09:00:00Z', id: 'quay-1' }),
      textArticle('Neighbours helped Martin Osgood, 64, out of a window on Quay Street on Friday. About 60 homes were flooded, the council said.', { published: '2026-03-14T11:00:00Z', id: 'quay-2' }),
      textArticle('The 62-year-old Martin Osgood said the water rose fast. Crews rescued 12 people from the river near Quay Street.', { published: '2026-03-14T13:00:00Z', id: 'quay-3' }),
    ],
  };
  const budgets = [{ sentences: 1 }, { sentences: 2 }, { sentences: 4 }, { words: 30 }, { words: 100 }];

  it.each(Object.entries(stories))('%s: every budget, the same marks as markDisputes with storyReport', (_name, articles) => {
    let marks = 0;
    for (const budget of budgets) {
      const marked = summaryWithDisputes(articles, { budget });
      expect(marked).toEqual(markDisputes(summarize(articles, { budget }), storyReport(articles).facts));
      marks += marked.sentences.filter((sentence) => sentence.disputed).length;
    }
    expect(marks).toBeGreaterThan(0);
  });

  it("marks a sentence giving a person's age the other sources give otherwise", () => {
    const marked = summaryWithDisputes(stories.flood, { budget: { sentences: 4 } });
    expect(marked.sentences.flatMap((sentence) => sentence.disputed ?? []).map((dispute) => dispute.label)).toContain('age of Martin Osgood');
  });
});

describe('disputes of one day told in two zones', () => {
  it('marks a value told 15 minutes before the other, on the eve by its own zone, as the report finds them in conflict', () => {
    const [first, second] = FERRY_RECORDS;
    const articles = [
      textArticle(first.text, { id: first.id, published: '2026-09-11T23:30:00-08:00' }),
      textArticle(second.text, { id: second.id, published: '2026-09-12T08:45:00+01:00' }),
    ];
    expect(storyReport(articles).facts.find((fact) => fact.key === 'killed:people')?.status).toBe('conflicting');
    const [sentence] = summaryWithDisputes(articles, { budget: { sentences: 1 } }).sentences;
    expect(summaryPartsText(articles[0].text, sentence.parts)).toMatch(/^Twelve people died/);
    expect(sentence.disputed?.map((dispute) => [dispute.stated.value, dispute.others.map((other) => other.value)])).toEqual([[12, [14]]]);
  });
});

describe('a sentence writing a name short', () => {
  it('states no value of the sentence its short form is taken from', () => {
    const articles = [
      textArticle('The United States sent two hundred engineers to rebuild the Velmar dam on Monday. The 52-year-old U.S. envoy Anna Holt said the dam held.', { id: 'velmar-1', published: '2026-03-14T10:00:00Z' }),
      textArticle('The United States sent two hundred engineers to rebuild the Velmar dam, officials said. The 53-year-old envoy Anna Holt said the dam held.', { id: 'velmar-2', published: '2026-03-14T11:00:00Z' }),
    ];
    const report = storyReport(articles);
    expect(report.facts.find((fact) => fact.label === 'age of Anna Holt')?.status).toBe('conflicting');
    const summary = summarize(articles, { budget: { words: 12 } });
    const [sentence] = summary.sentences;
    expect(summaryPartsText(articles[0].text, sentence.parts)).toBe('The U.S. sent two hundred engineers to rebuild the Velmar dam.');
    expect(summarySentenceOwnParts(sentence).map((part) => spanText(articles[0].text, part)).join(' ')).not.toContain('U.S.');
    expect(markDisputes(summary, report.facts).sentences[0].disputed).toBeUndefined();
    expect(summaryWithDisputes(articles, { budget: { words: 12 } }).sentences[0].disputed).toBeUndefined();
  });
});

describe("a live blog's own revision", () => {
  const read = (content: string, input: string) => prepare(readString(content, { input, readAt: READ_AT }).articles[0]);
  /** A fictional live blog of a landslip whose toll rises from four to six, a wire of the same day giving six, and a local paper giving five. */
  const blog = () =>
    read(
      [
        'Landslip at Corrow Bay: live',
        '9 March 2026',
        '15:20',
        'Update: six people are now known to have died in the landslip at Corrow Bay, the coastguard says.',
        '12:10',
        'Diggers have reached the row of cottages buried under the cliff, where the search goes on.',
        '09:40',
        'Four people died when the cliff above Corrow Bay gave way onto a row of cottages this morning, the coastguard says.',
      ].join('\n\n'),
      'corrow-live.txt',
    );
  const report = (text: string, input: string) => read(`Landslip at Corrow Bay\n\n9 March 2026\n\n${text}`, input);
  const articles = () => [
    blog(),
    report('Six people died when the cliff above Corrow Bay gave way onto a row of cottages, the coastguard said on Monday evening. Diggers searched the rubble until dark.', 'wire.txt'),
    report('Five people died when a cliff collapsed onto cottages in Corrow Bay, police said. The coastguard led the search for survivors.', 'gazette.txt'),
  ];

  it('lists no value the sentence\'s own blog gave before as another source\'s, and disputes no value the blog itself revised', () => {
    const story = articles();
    const facts = storyReport(story).facts;
    expect(facts.find((fact) => fact.key === 'killed:people')?.status).toBe('conflicting');
    const [blogArticle] = story;
    const sentenceOf = (opening: RegExp) => blogArticle.sentences.find((sentence) => opening.test(spanText(blogArticle.text, sentence)))!;
    const quoting = (opening: RegExp) => {
      const span = { start: sentenceOf(opening).start, end: sentenceOf(opening).end };
      return { article: blogArticle.id, parts: [span], citations: [{ article: blogArticle.id, span, support: 1, grade: 'states' as const }] };
    };
    const summary = summarize(story, { budget: { sentences: 1 } });
    const marked = markDisputes({ ...summary, sentences: [quoting(/^Update/), quoting(/^Four/)] }, facts);
    expect(marked.sentences.map((sentence) => (sentence.disputed ?? []).map((dispute) => [dispute.stated.value, dispute.others.map((other) => other.value)]))).toEqual([[[6, [5]]], []]);
  });
});
