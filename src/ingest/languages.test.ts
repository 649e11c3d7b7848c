import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../article.js';
import { openStore } from '../store/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { summaryPartsText } from '../summarize/index.js';
import { FRENCH, GERMAN, type NewsRecord } from '../test-support/european-articles.js';
import { ingest, storyView, type StoryView } from './index.js';

const temp = tempFolder('tidings-languages-');
afterAll(() => temp.remove());

/** Ingests the records and gives each story's view by the ids of its articles. */
async function storiesOf(name: string, records: readonly NewsRecord[]): Promise<StoryView[]> {
  const file = temp.file(`${name}.jsonl`);
  writeFileSync(file, records.map((record) => JSON.stringify(record)).join('\n'));
  const store = openStore(temp.file(`${name}.db`), { create: true });
  try {
    const report = await ingest(store, [file]);
    expect(report).toMatchObject({ added: records.length, problems: [] });
    const stories = await store.listStories(20);
    return await Promise.all(stories.map(async (story) => (await storyView(store, story.id))!));
  } finally {
    await store.close();
  }
}

const ids = (view: StoryView) => view.articles.map((article) => article.id).sort();

/** The summary's sentences as words with their stopword flags, from the segmented articles. */
function summaryWords(view: StoryView): { norm: string; stop: boolean }[] {
  const byId = new Map<string, SegmentedArticle>(view.segmented.map((article) => [article.id, article]));
  return view.summary.sentences.flatMap((sentence) => {
    const article = byId.get(sentence.article)!;
    return article.tokens.filter((token) => !token.punct && sentence.parts.some((part) => token.start >= part.start && token.end <= part.end)).map(({ norm, stop }) => ({ norm, stop }));
  });
}

describe.each([
  ['French', 'fr', FRENCH, ['la', 'de', 'les', 'des', 'le', 'a', 'et', 'du']],
  ['German', 'de', GERMAN, ['die', 'der', 'das', 'den', 'in', 'und', 'ist', 'mit']],
])('a story in %s, end to end', (_name, language, records, functionWords) => {
  const views = storiesOf(language, records);
  const [first, rewrite, independent, other] = records.map((record) => record.id);

  it('groups the three reports of the event and keeps the other event of the town apart', async () => {
    expect((await views).map(ids).sort((a, b) => b.length - a.length)).toEqual([[first, rewrite, independent].sort(), [other]]);
  });

  it('traces the rewrite to the report it copies, and not the report in other words', async () => {
    const story = (await views).find((view) => view.articles.length === 3)!;
    expect(story.copies).toEqual([expect.objectContaining({ article: rewrite, source: first, kind: 'rewrite' })]);
    expect(story.articles.find((article) => article.id === independent)?.verdict).not.toMatch(/reprint|rewrite/);
  });

  it('reads the articles in their language: its function words are stopwords, not the content a summary is picked by', async () => {
    const story = (await views).find((view) => view.articles.length === 3)!;
    expect(story.segmented.map((article) => article.textLanguage)).toEqual([language, language, language]);
    const words = summaryWords(story);
    expect(words.length).toBeGreaterThan(20);
    for (const word of words) if (functionWords.includes(word.norm)) expect(word).toEqual({ norm: word.norm, stop: true });
    const content = words.filter((word) => !word.stop).length / words.length;
    expect(content).toBeGreaterThan(0.45);
    expect(content).toBeLessThan(0.8);
  });

  it('summarizes with whole sentences of the articles, each with content words, headed by a title', async () => {
    const story = (await views).find((view) => view.articles.length === 3)!;
    expect(story.summary.headline?.text).toBeTruthy();
    expect(story.summary.sentences.length).toBeGreaterThan(0);
    for (const sentence of story.summary.sentences) {
      const article = story.segmented.find((candidate) => candidate.id === sentence.article)!;
      const text = summaryPartsText(article.text, sentence.parts);
      expect(article.sentences.some((kept) => article.text.slice(kept.start, kept.end) === text)).toBe(true);
    }
    expect(story.report.otherLanguages.map((entry) => entry.language)).toEqual([language, language, language]);
  });
});
