import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './app.js';
import { examplesSite } from './test-support/examples-site.js';
import { HOSTILE_ARTICLE } from './test-support/fixtures.js';

const site = examplesSite();

/** Nothing in the page can run: no script, no event handler, no javascript: URL, no inline style, and the strict policy. */
function expectInert({ text, document, response }: Awaited<ReturnType<typeof site.page>>, url: string) {
  expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(text, url).not.toMatch(/<script|<img|<svg[^>]*onload|<iframe|<object|<embed/i);
  expect(text, url).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(text, url).not.toMatch(/\sstyle\s*=/i);
  for (const element of document.querySelectorAll('[href], [src], [action], [formaction]')) {
    for (const name of ['href', 'src', 'action', 'formaction']) {
      const value = element.getAttribute(name);
      if (value !== null) expect(value, `${url}: ${name}`).toMatch(/^(?:\/|#|https?:\/\/)/);
    }
  }
}

function pages(): string[] {
  return [
    '/',
    '/?q=spillway',
    `/stories/${site.hostileStory}`,
    `/stories/${site.floodStory}`,
    '/articles/hostile-1',
    `/articles/hostile-1?hl=0-40&story=${site.hostileStory}`,
    '/search?q=alert',
    '/search?q=spillway',
    '/submit',
    '/outlets',
  ];
}

describe('pages', () => {
  it('keep an article carrying script, event handlers and javascript: links inert, everywhere', async () => {
    for (const url of pages()) expectInert(await site.page(url), url);
    const article = await site.page('/articles/hostile-1');
    expect(article.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(article.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(article.document.querySelector('h1')?.textContent).toBe(HOSTILE_ARTICLE.title);
    expect(article.text).toContain('&lt;a href=&quot;javascript:alert(1)&quot;&gt;click here&lt;/a&gt;');
  });

  it('keep hostile text inert in error pages and submit results too', async () => {
    const missing = await site.page('/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 404);
    expectInert(missing, 'missing story');
    expect(missing.text).toContain('&lt;script&gt;');
    const form = new FormData();
    form.set('text', '<script>alert(1)</script> The river rose <img src=x onerror=alert(1)> by four metres overnight in the town.');
    form.set('title', '"><script>alert(2)</script>');
    const submitted = await site.page('/submit', 201, { method: 'POST', body: form });
    expectInert(submitted, 'submit result');
  });

  it('label every form control, offer a skip link and one main landmark', async () => {
    for (const url of pages()) {
      const { document } = await site.page(url);
      expect(document.querySelector('a.skip')?.getAttribute('href')).toBe('#main');
      expect(document.querySelectorAll('main#main')).toHaveLength(1);
      expect(document.documentElement.getAttribute('lang')).toBe('en');
      for (const control of document.querySelectorAll('input, textarea, select')) {
        const id = control.getAttribute('id');
        expect(id, `${url}: a control without an id`).toBeTruthy();
        expect(document.querySelector(`label[for="${id}"]`), `${url}: no label for #${id}`).not.toBeNull();
      }
    }
  });

  it('name their icon, served as a static SVG, so no browser asks for /favicon.ico', async () => {
    const { document } = await site.page('/');
    const href = document.querySelector('link[rel="icon"]')?.getAttribute('href');
    expect(href).toBe('/static/icon.svg');
    const response = await site.t.app.request(href!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await response.text()).toMatch(/^<svg [^>]*>.*<\/svg>$/);
  });

  it('serve the stylesheet as a static file', async () => {
    const response = await site.t.app.request('/static/style.css');
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await response.text()).toMatch(/:focus-visible/);
  });
});
