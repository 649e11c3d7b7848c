import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestResponse, storyResponse } from './schemas/responses.js';
import { postJson, testApp, type TestApp } from './test-support/fixtures.js';

let t: TestApp;
let frenchStory: string;
let englishStory: string;
let ferryStory: string;

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

/** Two reports of one event in French, the second rewording the first: a summary sentence cites a passage that differs from it. */
const FERRY = [
  {
    id: 'morlaix-bac',
    outlet: 'La Gazette de Morlaix',
    title: 'Le bac de Morlaix suspendu après une avarie',
    published: '2026-05-04T08:00:00Z',
    text: "Le bac reliant Morlaix à l'île Verte a été suspendu mardi matin après une avarie de moteur, a indiqué la compagnie.\n\nLes passagers ont été ramenés au port par un bateau de pêche.",
  },
  {
    id: 'morlaix-bac-reprise',
    outlet: "L'Écho du Trégor",
    title: 'Avarie de moteur : le bac de Morlaix à l’arrêt',
    published: '2026-05-04T11:00:00Z',
    text: "Le bac reliant Morlaix à l'île Verte a été suspendu mardi après une grave avarie de moteur, selon la compagnie.\n\nLes passagers ont été ramenés au port par un bateau de pêche.",
  },
];

beforeAll(async () => {
  t = testApp();
  frenchStory = ingestResponse.parse(await (await postJson(t.app, '/api/articles', FRENCH)).json()).articles[0].story!;
  englishStory = ingestResponse.parse(await (await postJson(t.app, '/api/articles', ENGLISH)).json()).articles[0].story!;
  const ferry = ingestResponse.parse(await (await postJson(t.app, '/api/articles', FERRY)).json()).articles;
  expect(ferry[1].story).toBe(ferry[0].story);
  ferryStory = ferry[0].story!;
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

  it('marks the opening words shown for an untitled article with the language, and names its web page by them, not its id (mend28f)', async () => {
    const untitled = {
      id: 'f3a9c2e1d4b5a6c7',
      url: 'https://echo-kerbrat.example/quai',
      text: "Les équipes de Kerbrat ont achevé jeudi la réparation du mur du quai, a indiqué le port.\n\nLes navettes reprendront lundi matin, selon la mairie.",
    };
    const story = ingestResponse.parse(await (await postJson(t.app, '/api/articles', untitled)).json()).articles[0].story!;
    const document = await storyPage(story);
    const title = document.querySelector(`section[aria-labelledby="articles-heading"] a[href^="/articles/${untitled.id}"]`)!;
    const row = title.closest('tr')!;
    expect([title.getAttribute('lang'), title.textContent]).toEqual(['fr', 'Les équipes de Kerbrat ont achevé jeudi la réparation du mur du quai, a indiqué…']);
    expect(title.closest('td')?.textContent?.startsWith(`(untitled) ${title.textContent}`)).toBe(true);
    expect(title.previousElementSibling?.getAttribute('lang')).toBeNull();
    expect(row.querySelector('a[rel~="noopener"]')?.getAttribute('aria-label')).toBe(`Web page of (untitled) ${title.textContent}`);
  });

  it('lists an untitled article by its opening in the summary\'s sources as in the articles table, "(untitled)" muted outside the French words, and charts the words in italics in French (mend29f)', async () => {
    const untitled = {
      id: 'b8e4d1c2a9f07e35',
      published: '2026-06-11T09:00:00Z',
      text: "Les pêcheurs de Port-Ardic ont rouvert vendredi la criée fermée depuis l'incendie, a annoncé la coopérative.\n\nLa vente reprendra chaque matin à six heures, selon la coopérative.",
    };
    const story = ingestResponse.parse(await (await postJson(t.app, '/api/articles', untitled)).json()).articles[0].story!;
    const document = await storyPage(story);
    const words = 'Les pêcheurs de Port-Ardic ont rouvert vendredi la criée fermée depuis…';
    const item = document.querySelector(`section[aria-labelledby="summary-heading"] ol a[href^="/articles/${untitled.id}"]`)!;
    expect([item.getAttribute('lang'), item.textContent]).toEqual(['fr', words]);
    expect(item.previousElementSibling?.outerHTML).toBe('<span class="muted">(untitled)</span>');
    expect(item.closest('li')?.textContent?.startsWith(`(untitled) ${words}, 2026-06-11`)).toBe(true);
    const label = document.querySelector('.chart svg text tspan')!;
    expect([label.getAttribute('font-style'), label.getAttribute('lang'), label.textContent]).toEqual(['italic', 'fr', 'Les pêcheurs de Port-Ardi…']);
  });

  it('marks nothing in a story written in English', async () => {
    const document = await storyPage(englishStory);
    expect(document.querySelectorAll('main [lang]').length).toBe(0);
  });
});

describe('the check boxes of a summary in another language than English (mend25c)', () => {
  it('mark the cited passage and the sentence with the language, on the story page and on the cited article', async () => {
    const document = await storyPage(ferryStory);
    const passages = [...document.querySelectorAll('.summary details.check .passage')];
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.map((passage) => passage.firstElementChild?.getAttribute('lang'))).toEqual(passages.map(() => 'fr'));
    const story = storyResponse.parse(await (await t.app.request(`/api/stories/${ferryStory}`)).json());
    const citation = story.summary.sentences.flatMap((sentence) => sentence.citations.filter((candidate) => candidate.text !== sentence.text))[0];
    const response = await t.app.request(`/articles/${citation.article}?hl=${citation.span.start}-${citation.span.end}&story=${ferryStory}`);
    const cited = parseHTML(await response.text()).document.querySelector('section.cited-in li')!;
    expect([...cited.querySelectorAll('[lang]')].map((element) => element.getAttribute('lang'))).toEqual(['fr', 'fr']);
  });
});

describe('the other lists of words in another language than English (web26)', () => {
  it('mark a copy\'s word edits and the timeline\'s titles with the language', async () => {
    const document = await storyPage(ferryStory);
    const langs = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.getAttribute('lang'));
    const diffs = [...document.querySelectorAll('section[aria-labelledby="copies-heading"] p.diff')];
    expect(diffs.length).toBeGreaterThan(0);
    expect(diffs.map((diff) => diff.querySelector('[lang]')?.getAttribute('lang'))).toEqual(diffs.map(() => 'fr'));
    expect(diffs.map((diff) => diff.querySelector('[lang]')?.querySelector('.muted')), 'the English note beside the edits stays English').toEqual(diffs.map(() => null));
    expect(langs('section[aria-labelledby="timeline-heading"] td a')).toEqual(['fr', 'fr']);
  });

  it('mark a search hit\'s title and snippet with its article\'s language, and leave an English one unmarked', async () => {
    const french = parseHTML(await (await t.app.request('/search?q=bac')).text()).document;
    const hits = [...french.querySelectorAll('ol.hits li')];
    expect(hits.length).toBe(2);
    expect(hits.map((hit) => [hit.querySelector('h2 a')?.getAttribute('lang'), hit.querySelector('mark')?.closest('p')?.getAttribute('lang')])).toEqual([
      ['fr', 'fr'],
      ['fr', 'fr'],
    ]);
    const english = parseHTML(await (await t.app.request('/search?q=library')).text()).document;
    expect(english.querySelectorAll('ol.hits li').length).toBe(1);
    expect(english.querySelectorAll('main [lang]').length).toBe(0);
  });

  it('find a search hit\'s language in the article the search read, not by reading it again (mend27: every hit was read twice)', async () => {
    const reads = vi.spyOn(t.store, 'articles');
    try {
      const page = parseHTML(await (await t.app.request('/search?q=bac')).text()).document;
      expect(page.querySelectorAll('ol.hits li [lang="fr"]').length).toBe(4);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });

  it('mark what an update of an article changed with its language, in the story\'s article list and on its page', async () => {
    const updated = { ...FRENCH, text: FRENCH.text.replace('trois mois', 'quatre mois'), modified: '2026-05-06T09:00:00Z' };
    const answer = ingestResponse.parse(await (await postJson(t.app, '/api/articles', updated)).json());
    expect(answer.articles[0].status).toBe('replaced');
    const story = answer.articles[0].story!;
    const lists = await storyPage(story);
    const changed = [...lists.querySelectorAll('details.revisions p.diff')];
    expect(changed.length).toBe(1);
    expect(changed[0].querySelector('[lang]')?.getAttribute('lang')).toBe('fr');
    expect(changed[0].querySelector('[lang]')?.textContent).toContain('quatre');
    const page = parseHTML(await (await t.app.request(`/articles/${FRENCH.id}`)).text()).document;
    expect([...page.querySelectorAll('details.revisions p.diff')].map((diff) => diff.querySelector('[lang]')?.getAttribute('lang'))).toEqual(['fr']);
  });
});
