import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { tempFolder } from '../store/test-support/records.js';
import { summaryPartsText } from '../summarize/index.js';
import { ingest, storyView, type StoryView } from './index.js';

/**
 * A fictional French and German news stream as sites leave it (test-support/european-stream):
 * a bridge collapse and a foundry strike in French, a bridge collapse and a transit strike in
 * German, each told by four or five outlets in text files, HTML pages (menus, cookie banners,
 * related links), an RSS and an Atom feed and a JSONL file, with datelines ("SAINT-ORBEL, 12
 * mars (APC) -", "Hohenfurt (NDA) -"), dates as the languages write them, bylines, captions,
 * "Lire aussi" and "Mehr zum Thema" lines and subscription prompts; among the reports of each
 * event a verbatim reprint, a near copy under another headline, and a rewrite.
 */
const STREAM = fileURLToPath(new URL('../test-support/european-stream/', import.meta.url));

const temp = tempFolder('tidings-european-stream-');
let views: StoryView[] = [];

beforeAll(async () => {
  const store = openStore(temp.file('stream.db'), { create: true });
  try {
    const report = await ingest(store, [STREAM]);
    expect(report).toMatchObject({ added: 19, problems: [] });
    const stories = await store.listStories(20);
    views = await Promise.all(stories.map(async (story) => (await storyView(store, story.id))!));
  } finally {
    await store.close();
  }
});
afterAll(() => temp.remove());

/** Each article of a story as "outlet: verdict", in publication order. */
const verdicts = (view: StoryView) => view.articles.map((article) => `${article.outlet ?? 'no outlet'}: ${article.verdict}`);
/** The story whose articles include one from `outlet` with this headline. */
const storyOf = (title: string) => views.find((view) => view.articles.some((article) => article.title === title))!;

describe('a French and German news stream, end to end', () => {
  it('makes four stories, one an event, every article dated', () => {
    expect(views.map((view) => view.articles.length).sort()).toEqual([4, 5, 5, 5]);
    expect(views.flatMap((view) => view.articles.filter((article) => article.published === undefined))).toEqual([]);
  });

  it.each([
    ["Saint-Orbel : le pont Gustave-Lemaire s'effondre, un camion tombe dans la Vière", ['APC: original', 'Le Journal de Vernières: reprint', "L'Écho des Combes: reprint", 'Info Centre Matin: rewrite', 'no outlet: independent']],
    // In the order they were told: Le Journal de Vernières at 17:05+01:00 (16:05 UTC) before Marzac Hebdo's "16h20", no zone given, read as UTC.
    ['Marzac : grève illimitée aux Fonderies Delvaux contre la fermeture du site', ['Info Centre Matin: original', 'Le Journal de Vernières: reprint', 'Marzac Hebdo: reprint', 'Info Centre Matin: rewrite', 'Le Républicain du Cantal: independent']],
    ['Brücke in Hohenfurt eingestürzt: Lastwagen stürzt in die Wern', ['NDA: original', 'Kreisbote Elmsried: reprint', 'Regionalpresse Süd: reprint', 'Nordkurier Online: rewrite']],
    // The noon rewrite merges the morning report's sentences two by two ("Sie fordert 8,5 Prozent mehr Lohn … Die Arbeitgeber haben bislang 3 Prozent angeboten."): called independent until merged sentences were traced.
    ['Warnstreik legt Busse und Bahnen in Grauburg lahm', ['Nordkurier Online: original', 'Regionalpresse Süd: reprint', 'Stadtbote Grauburg: reprint', 'Nordkurier Online: rewrite', 'Nordkurier Online: independent']],
  ])('%s: each copy called what it is', (title, expected) => {
    expect(verdicts(storyOf(title))).toEqual(expected);
  });

  it('traces every copy to the original of its story', () => {
    for (const view of views) {
      const original = view.articles.find((article) => article.verdict === 'original')!;
      const copied = view.articles.filter((article) => /reprint|rewrite/.test(article.verdict ?? '')).map((article) => article.id);
      expect(view.copies.map((copy) => [copy.article, copy.source])).toEqual(copied.map((id) => [id, original.id]));
    }
  });

  it('leaves out of the summaries datelines, captions, "Lire aussi" lines and prompts, and sentences opening on a word pointing back', () => {
    for (const view of views) {
      const texts = new Map(view.segmented.map((article) => [article.id, article.text]));
      const sentences = view.summary.sentences.map((sentence) => summaryPartsText(texts.get(sentence.article)!, sentence.parts));
      expect(sentences.length).toBeGreaterThan(2);
      for (const sentence of sentences) {
        expect(sentence).not.toMatch(/\((?:APC|NDA)\) -|Photo|Foto|Lire aussi|Mehr zum Thema|abonn|Abonn|Cookies|weiterlesen/);
        expect(sentence).not.toMatch(/^(?:Il|Elle|Son|Sa|Cependant|Par ailleurs|Er|Sie|Dort|Außerdem|Dennoch)\b/);
      }
    }
  });
});
