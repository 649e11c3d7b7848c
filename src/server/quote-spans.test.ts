import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleResponse, ingestResponse, storyResponse } from './schemas/responses.js';
import { postJson, testApp, type TestApp } from './test-support/fixtures.js';

// A made-up Portuguese report carried over a paragraph break (quotes26): the API gives each quotation's span and where its article names the speaker.
const PONTE = {
  id: 'serra-alta-ponte',
  outlet: 'Jornal de Serra Alta',
  title: 'Ponte de Serra Alta reabre em maio',
  language: 'pt',
  text: 'A ministra, Helena Castro, disse que a ponte reabre em maio. A obra custaria 40 milhões de euros.\n\nAs chuvas atrasaram os trabalhos, acrescentou ela.\n\n«Não vamos desistir», afirmou a ministra.',
};

let t: TestApp;
let story: string;
beforeAll(async () => {
  t = testApp();
  story = ingestResponse.parse(await (await postJson(t.app, '/api/articles', PONTE)).json()).articles[0].story!;
});
afterAll(() => t.close());

describe('quotations in the story API', () => {
  it('gives each one its span and the span naming its speaker, over paragraph breaks, none for a report carried on', async () => {
    const report = storyResponse.parse(await (await t.app.request(`/api/stories/${story}?limit=100`)).json());
    const { text } = articleResponse.parse(await (await t.app.request(`/api/articles/${PONTE.id}`)).json());
    const occurrences = report.quotes.items.flatMap((quote) => quote.occurrences);
    for (const occurrence of occurrences) {
      expect(text.slice(occurrence.span.start, occurrence.span.end)).toBe(occurrence.text);
      if (occurrence.speakerSpan) expect(text.slice(occurrence.speakerSpan.start, occurrence.speakerSpan.end)).toBe(occurrence.speakerSpan.text);
    }
    expect(occurrences.map((occurrence) => [occurrence.text, occurrence.speaker, occurrence.speakerSpan?.text ?? null])).toEqual([
      ['a ponte reabre em maio', 'Helena Castro', 'Helena Castro'],
      ['A obra custaria 40 milhões de euros', 'Helena Castro', null],
      ['As chuvas atrasaram os trabalhos', 'Helena Castro', 'ela'],
      ['Não vamos desistir', 'Helena Castro', 'a ministra'],
    ]);
  });
});
