import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleResponse, ingestResponse, sectionResponses, storyResponse } from './schemas/responses.js';
import { examplesSite } from './test-support/examples-site.js';
import { appFetch, postFiles, postJson, testApp } from './test-support/fixtures.js';

const site = examplesSite();

describe('article pages', () => {
  it('say on the cited article which summary sentences cite the highlighted passage, with the grade and the words that differ, and nothing for a span no sentence cites (verify25)', async () => {
    const story = storyResponse.parse(await (await site.t.app.request(`/api/stories/${site.floodStory}`)).json());
    const other = story.summary.sentences.flatMap((sentence, index) => sentence.citations.filter((citation) => citation.article !== sentence.article).map((citation) => ({ citation, index, text: sentence.text })))[0];
    expect(other).toBeDefined();
    const { citation, index, text } = other;
    const { document } = await site.page(`/articles/${encodeURIComponent(citation.article)}?hl=${citation.span.start}-${citation.span.end}&story=${site.floodStory}`);
    const items = [...document.querySelectorAll('section.cited-in li')];
    expect(items).toHaveLength(1);
    expect(items[0].querySelector('a')!.getAttribute('href')).toBe(`/stories/${site.floodStory}#summary-heading`);
    expect(items[0].textContent).toContain(`Sentence ${index + 1}: “${text}” — the passage marked below ${citation.grade === 'partly' ? 'states part of it' : 'states it'}`);
    const marked = [...items[0].querySelectorAll('.passage del, .passage ins')].map((element) => element.textContent);
    expect(marked.length > 0).toBe(citation.text !== text);
    const plain = await site.page(`/articles/${encodeURIComponent(citation.article)}?hl=${citation.span.start}-${citation.span.end - 1}&story=${site.floodStory}`);
    expect(plain.document.querySelector('section.cited-in')).toBeNull();
    const alone = await site.page(`/articles/${encodeURIComponent(citation.article)}?hl=${citation.span.start}-${citation.span.end}`);
    expect(alone.document.querySelector('section.cited-in')).toBeNull();
  });

  it('show the stray quote marks of an article inside their sentence, apart from what reading left out', async () => {
    const text = 'The council of Ardvale met on Monday night.\n\n"A gunman shot three people at the depot, police said.\n\nThe depot stayed closed on Tuesday.';
    await postJson(site.t.app, '/api/articles', { id: 'stray-mark', title: 'Depot shooting in Ardvale', text });
    const { document } = await site.page('/articles/stray-mark');
    const details = [...document.querySelectorAll('details')].find((element) => element.querySelector('summary')?.textContent === 'Quote marks that open no quotation (1)');
    expect(details?.querySelector('li')?.textContent).toBe('unmatched-quote-mark: an opening quote mark never closed, before words that report speech themselves: not a quotation — “"A gunman shot three people at the depot, police said.”');
    expect(details?.querySelector('mark')?.textContent).toBe('"');
  });

  it("name a source's web page so, not 'original', a word the copy verdicts use (a reprint's page showed 'original')", async () => {
    const { document } = await site.page(`/stories/${site.floodStory}`);
    const pageLinks = [...document.querySelectorAll('.summary a[rel~="noopener"], table a[rel~="noopener"]')].map((link) => link.parentElement!.textContent);
    expect(pageLinks.length).toBeGreaterThan(0);
    expect(pageLinks.filter((text) => /original/.test(text!))).toEqual([]);
    expect([...document.querySelectorAll('th')].map((cell) => cell.textContent)).toContain('Web page');
    const names = [...document.querySelectorAll('table a[rel~="noopener"]')].map((link) => link.getAttribute('aria-label'));
    expect(names.every((name) => name?.startsWith('Web page of '))).toBe(true);
    expect(new Set(names).size, 'each row names the article its link leads to, not "link" every time').toBe(names.length);
    const story = storyResponse.parse(await (await site.t.app.request(`/api/stories/${site.floodStory}`)).json());
    const withAddress = story.articles.items.find((article) => article.url !== null)!;
    expect((await site.page(`/articles/${encodeURIComponent(withAddress.id)}`)).text).toContain('Web page: <a href');
  });

  it("show a live blog's posts oldest first with their times, on the page and in the API, and each in the story's timeline", async () => {
    const live = fileURLToPath(new URL('../read/fixtures/live-kessring-bridge-closure.html', import.meta.url));
    const own = testApp();
    try {
      const [answer] = (await postFiles(appFetch(own.app), 'http://localhost', [live])).map((posted) => ingestResponse.parse(posted));
      const id = answer.articles[0].id;
      const article = articleResponse.parse(await (await own.app.request(`/api/articles/${encodeURIComponent(id)}`)).json());
      const posts = article.posts ?? [];
      expect(posts.length).toBeGreaterThanOrEqual(3);
      expect(posts.map((post) => article.text.slice(post.written.start, post.written.end))[0]).toMatch(/^\d{1,2}:\d\d/);
      expect(posts.map((post) => post.time)).toEqual([...posts.map((post) => post.time)].sort());
      expect(posts.at(-1)?.time).toBe('2026-11-14T15:05:00+00:00');
      const text = await (await own.app.request(`/articles/${encodeURIComponent(id)}`)).text();
      expect(text).toContain(`A live blog of ${posts.length} posts, shown oldest first: from <time datetime="${posts[0].time}">`);
      const story = answer.articles[0].story!;
      const timeline = sectionResponses.timeline.parse(await (await own.app.request(`/api/stories/${story}/timeline`)).json());
      expect(timeline.items.map((entry) => [entry.published, entry.post?.text.split('\n')[0]])).toEqual(posts.map((post) => [post.time, article.text.slice(post.written.start, post.written.end)]));
      const storyPage = parseHTML(await (await own.app.request(`/stories/${story}`)).text()).document;
      const links = [...storyPage.querySelectorAll('section[aria-labelledby="timeline-heading"] tbody a')].map((link) => link.getAttribute('href'));
      expect(links).toEqual(timeline.items.map((entry) => `/articles/${encodeURIComponent(id)}?hl=${entry.post!.span.start}-${entry.post!.span.end}&story=${story}#highlight`));
    } finally {
      await own.close();
    }
  });

  it('show a date left out while reading, which has no place in the text', async () => {
    const text = 'The council of Ardvale voted on Monday night to close the old bridge to lorries.';
    await postJson(site.t.app, '/api/articles', { id: 'far-date', title: 'Bridge closes in Ardvale', published: '2999-03-05', text });
    const { document } = await site.page('/articles/far-date');
    const details = [...document.querySelectorAll('details')].find((element) => element.querySelector('summary')?.textContent === 'Left out or noted while reading (1)');
    expect(details?.querySelector('li')?.textContent).toMatch(/^implausible-date: the published date "2999-03-05" is after the time of reading \(\d{4}-\d\d-\d\d\); left it out$/);
  });

  it('show an article\'s times with the zone they are written in, a date alone as it is', async () => {
    const text = 'The ferry between Ardvale and Corrin Sound will run twice a day from Monday, the harbour office said.';
    await postJson(site.t.app, '/api/articles', { id: 'zoned-ferry', title: 'Ferry timetable for Ardvale', published: '2026-03-05T10:00:00+05', modified: '2026-03-05T12:30:00Z', text });
    const times = [...(await site.page('/articles/zoned-ferry')).document.querySelectorAll('p.meta time')].map((time) => time.textContent);
    expect(times).toEqual(['2026-03-05 10:00 UTC+05:00', '2026-03-05 12:30 UTC']);
    await postJson(site.t.app, '/api/articles', { id: 'dated-ferry', title: 'Ferry fares for Ardvale', published: '2026-03-05', text: `${text} Fares stay as they are.` });
    expect([...(await site.page('/articles/dated-ferry')).document.querySelectorAll('p.meta time')].map((time) => time.textContent)).toEqual(['2026-03-05']);
  });

  it('mark an article in another language than English with its language, its title and text (lang="fr"), so a screen reader reads it in French', async () => {
    const text = "Le conseil municipal de Valbrune a voté lundi soir la fermeture du vieux pont aux camions, a annoncé la mairie.\n\nLes travaux de réparation commenceront en juin et dureront au moins trois mois, selon le maire.";
    await postJson(site.t.app, '/api/articles', { id: 'valbrune-pont', title: 'Le vieux pont de Valbrune fermé aux camions', text });
    const { document } = await site.page('/articles/valbrune-pont?hl=0-20');
    expect([document.querySelector('h1')?.getAttribute('lang'), document.querySelector('div.article')?.getAttribute('lang'), document.querySelector('p.meta')?.getAttribute('lang')]).toEqual(['fr', 'fr', null]);
    const english = (await site.page('/articles/lmp-2026-03-14-0412')).document;
    expect([english.querySelector('h1')?.getAttribute('lang'), english.querySelector('div.article')?.getAttribute('lang')]).toEqual([null, null]);
  });
});
