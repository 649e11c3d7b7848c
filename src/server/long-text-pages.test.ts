import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUOTED_CHARS } from '../render/shown.js';
import { ingestResponse } from './schemas/responses.js';
import { htmlPage, postJson, testApp, type TestApp } from './test-support/fixtures.js';
import { ORIGINAL, REPRINT, UPDATE } from './test-support/long-streets.js';

/** A fictional report whose second word is one word of 0.9 MB: it makes the summary, its citation and a quotation. */
const WORD = `B${'a'.repeat(900_000)}`;
const WORD_REPORT = { id: 'longword-1', outlet: 'Trevik Lantern', title: 'Word', text: `The ${WORD} rose over the old embankment in Trevik on Sunday night, officials said.` };

/** What follows a cut text on a page. */
const CUT = '…(cut, the full article)';

let t: TestApp;
let wordStory: string;
let streetsStory: string;

beforeAll(async () => {
  t = testApp();
  const post = async (report: object) => ingestResponse.parse(await (await postJson(t.app, '/api/articles', report)).json()).articles[0].story!;
  wordStory = await post(WORD_REPORT);
  for (const report of [ORIGINAL, REPRINT, UPDATE]) streetsStory = await post(report);
});
afterAll(() => t.close());

type PageElement = ReturnType<Awaited<ReturnType<typeof htmlPage>>['document']['querySelectorAll']>[number];

/** The elements' texts, each without its cut mark, and the links of their cut marks. */
function cutTexts(elements: Iterable<PageElement>): { texts: string[]; links: string[] } {
  const list = [...elements];
  return {
    texts: list.map((element) => (element.textContent ?? '').replace(CUT, '')),
    links: list.flatMap((element) => [...element.querySelectorAll('a')].filter((link) => link.textContent === 'the full article').map((link) => link.getAttribute('href')!)),
  };
}

describe('texts the story page quotes, cut as the API cuts them (mend27: a story of one 0.9 MB word was a 2.6 MB page)', () => {
  it('shows a summary sentence, its passage and a quotation of one long word to MAX_QUOTED_CHARS, then "…(cut" and a link to the article', async () => {
    const { text, document } = await htmlPage(t.app, `/stories/${wordStory}`);
    expect(text.length).toBeLessThan(20 * MAX_QUOTED_CHARS);
    const sentence = document.querySelector('.summary > p')!;
    expect(sentence.textContent).toContain(`${WORD_REPORT.text.slice(0, MAX_QUOTED_CHARS)}${CUT}`);
    expect(cutTexts([sentence]).links).toEqual([`/articles/${WORD_REPORT.id}?story=${wordStory}`]);
    const quote = document.querySelector('section[aria-labelledby="quotes-heading"] td')!;
    expect(quote.textContent).toContain(CUT);
    expect(cutTexts([quote]).links[0]).toMatch(new RegExp(`^/articles/${WORD_REPORT.id}\\?hl=\\d+-\\d+&story=${wordStory}#highlight$`));
    const passages = cutTexts(document.querySelectorAll('.check .passage'));
    for (const passage of passages.texts) expect(passage.length).toBeLessThanOrEqual(MAX_QUOTED_CHARS + 100);
  });

  it("shows a copy's and an update's word edits of a long sentence to MAX_QUOTED_CHARS of words, then the mark linking the copy or the updated article", async () => {
    const { document } = await htmlPage(t.app, `/stories/${streetsStory}`);
    const copied = cutTexts(document.querySelectorAll('article.copy p.diff'));
    expect(copied.texts.length).toBeGreaterThan(0);
    expect(copied.links).toContain(`/articles/${REPRINT.id}?story=${streetsStory}`);
    const updated = cutTexts(document.querySelectorAll('details.revisions p.diff'));
    expect(updated.links).toEqual([`/articles/${ORIGINAL.id}?story=${streetsStory}`]);
    for (const diff of [...copied.texts, ...updated.texts]) expect(diff.replace(/\s+/g, '').length).toBeLessThanOrEqual(MAX_QUOTED_CHARS + 40);
    expect(updated.texts[0]).toContain('Trevik council');
  });

  it('shows a text within the limit whole, with no mark', async () => {
    const { document } = await htmlPage(t.app, `/stories/${streetsStory}`);
    const shortQuotes = [...document.querySelectorAll('.summary > p')].filter((sentence) => sentence.textContent?.includes('Repairs will take weeks'));
    expect(shortQuotes.length).toBeGreaterThan(0);
    for (const sentence of shortQuotes) expect(sentence.textContent).not.toContain(CUT);
  });
});
