import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestResponse } from './schemas/responses.js';
import { postJson, testApp, type TestApp } from './test-support/fixtures.js';

let t: TestApp;
let frenchStory: string;
let englishStory: string;

const FRENCH = {
  id: 'valbrune-pont',
  outlet: 'Le Courrier de Valbrune',
  title: 'Le vieux pont de Valbrune fermé aux camions',
  text: "Le conseil municipal de Valbrune a voté lundi soir la fermeture du vieux pont aux camions, a annoncé la mairie.\n\n« Nous ne pouvons pas prendre de risque », a déclaré le maire, Paul Renaud.\n\nLes travaux de réparation commenceront en juin et dureront au moins trois mois, selon le maire.",
};
const ENGLISH = {
  id: 'hollin-library',
  outlet: 'Hollin Gazette',
  title: 'Hollin library to reopen after flood repairs',
  text: '"We have replaced every book we lost," said library manager Priya Oduya on Thursday.\n\nHollin\'s central library will reopen on Monday, eight months after floodwater damaged its ground floor, the town council said.',
};

beforeAll(async () => {
  t = testApp();
  frenchStory = ingestResponse.parse(await (await postJson(t.app, '/api/articles', FRENCH)).json()).articles[0].story!;
  englishStory = ingestResponse.parse(await (await postJson(t.app, '/api/articles', ENGLISH)).json()).articles[0].story!;
});
afterAll(() => t.close());

async function storyPage(id: string): Promise<ReturnType<typeof parseHTML>['document']> {
  const response = await t.app.request(`/stories/${id}`);
  expect(response.status).toBe(200);
  return parseHTML(await response.text()).document;
}

describe('a story page in English showing words of an article in another language (audit25)', () => {
  it('marks them with the language, the headline, summary, sources, quotes and article titles, so a screen reader reads them in French', async () => {
    const document = await storyPage(frenchStory);
    const marked = (selector: string) => [...document.querySelectorAll(selector)].map((element) => [element.getAttribute('lang'), element.textContent?.slice(0, 20)]);
    expect(document.querySelector('h1')?.getAttribute('lang')).toBe('fr');
    expect(marked('.summary [lang]').length).toBeGreaterThan(0);
    expect(marked('.summary [lang]').every(([lang]) => lang === 'fr')).toBe(true);
    expect(marked('section[aria-labelledby="summary-heading"] ol [lang]')).toEqual([['fr', 'Le vieux pont de Val']]);
    expect(marked('section[aria-labelledby="quotes-heading"] td [lang]')).toContainEqual(['fr', '“Nous ne pouvons pas']);
    expect(marked('section[aria-labelledby="articles-heading"] td a[lang]')).toEqual([['fr', 'Le vieux pont de Val']]);
  });

  it('marks nothing in a story written in English', async () => {
    const document = await storyPage(englishStory);
    expect(document.querySelectorAll('main [lang]').length).toBe(0);
  });
});
