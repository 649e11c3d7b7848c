import { describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../../article.js';
import { prepare } from '../../pipeline.js';
import { makeArticle } from '../../store/test-support/records.js';
import { summarize } from '../../summarize/index.js';
import { articleText } from './article-text.js';
import { coverageChart } from './coverage-chart.js';
import { html, sitePath, trusted } from './html.js';
import { summaryView } from './summary.js';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(1)>"\'&';

describe('html templates', () => {
  it('escape every interpolated value, in text and in attributes, and nest safe markup once', () => {
    const inner = html`<b>${HOSTILE}</b>`;
    const out = html`<p title="${HOSTILE}">${inner} ${[HOSTILE, 3]} ${null}${undefined}${false}</p>`.value;
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"><b>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</b> &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;3 </p>',
    );
    expect(html`${trusted('<path d="M0 0"/>')}`.value).toBe('<path d="M0 0"/>');
  });

  it('refuse values that are not text, numbers or markup', () => {
    expect(() => html`${{ toString: () => '<script>' } as unknown as string}`).toThrow(/tidings: expected text/);
  });

  it('build site paths with every segment encoded', () => {
    expect(sitePath(['articles', '../a b?c#d'], { hl: '1-2', story: undefined, q: '' })).toBe('/articles/..%2Fa%20b%3Fc%23d?hl=1-2');
  });
});

describe('views', () => {
  const articles: SegmentedArticle[] = [
    prepare(
      makeArticle('one', 'The dam gate failed early on Saturday morning and forced 1,200 people from their homes.\nOfficials opened two shelters in the town.', {
        outlet: 'Harbor <Daily>',
        url: 'javascript:alert(1)',
        published: '2026-03-14T05:00:00Z',
      }),
    ),
    prepare(
      makeArticle('two', 'Early on Saturday morning the dam gate failed and forced 1,200 people from their homes.\nTwo shelters opened.', {
        outlet: 'Northgate',
        url: 'https://northgate.example/a',
        published: '2026-03-14T09:00:00Z',
      }),
    ),
  ];

  it('link sources only to http(s) addresses, and show the rest as text', () => {
    const out = summaryView(summarize(articles), articles, 's1').value;
    expect(out).not.toContain('javascript:');
    expect(out).toContain('href="https://northgate.example/a"');
    expect(out).toContain('Harbor &lt;Daily&gt;');
  });

  it('highlight a span across sentences, the first part addressable', () => {
    const two = prepare(makeArticle('three', 'The gate failed on Saturday. Water rose fast in the town. Two shelters opened.'));
    const out = articleText(two, { start: 4, end: two.sentences[1].end }).value;
    expect(out).toBe(
      '<div class="article"><p><span id="s-0">The <mark id="highlight">gate failed on Saturday.</mark></span><mark> </mark><span id="s-29"><mark>Water rose fast in the town.</mark></span> <span id="s-58">Two shelters opened.</span></p></div>',
    );
  });

  it('chart coverage with a description for screen readers', () => {
    const out = coverageChart([
      { id: 'one', outlet: '<Harbor>', title: null, url: null, published: null, seen: '2026-03-14T05:00:00Z', input: '-', similarity: 1, verdict: 'original' },
      { id: 'two', outlet: null, title: null, url: null, published: null, seen: 'not a date', input: '-', similarity: 1, verdict: 'independent' },
    ]).value;
    expect(out).toContain('<desc id="coverage-desc">&lt;Harbor&gt;: 1 article (2026-03-14 05:00)</desc>');
    expect(out.match(/<circle/g)).toHaveLength(1);
  });
});
