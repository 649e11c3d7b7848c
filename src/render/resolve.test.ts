import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { summarize } from '../summarize/index.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { MAX_SHOWN_CITATIONS, resolveSummary } from './resolve.js';
import { renderText } from './text.js';

describe('citations shown to a reader', () => {
  // One wire report printed by fourteen outlets: its sentence is cited to all of them.
  const articles = Array.from({ length: 14 }, (_, index) =>
    textArticle('The Ossa River broke through its embankment in Trevik on Sunday night, forcing hundreds of families from their homes, officials said.', { id: `outlet-${index + 1}` }),
  );
  const summary = summarize(articles, { budget: { sentences: 1 } });

  it('shows the first MAX_SHOWN_CITATIONS of a sentence in text, Markdown and HTML and counts the rest; JSON gives every one', () => {
    expect(summary.sentences[0].citations).toHaveLength(14);
    const text = renderText(summary, articles);
    const cited = text.split('\n').find((line) => line.includes('[1]'))!;
    expect(cited.match(/\[\d+\]/g)).toHaveLength(MAX_SHOWN_CITATIONS);
    expect(cited).toMatch(/\[10\] \[\+4 more\]$/);
    expect(text.split('Sources\n')[1].trim().split('\n')).toHaveLength(MAX_SHOWN_CITATIONS);
    expect(renderMarkdown(summary, articles)).toContain('\\[+4 more\\]');
    expect(renderMarkdown(summary, articles).match(/^- sentence 1 → /gm)).toHaveLength(MAX_SHOWN_CITATIONS);
    expect(renderHtml(summary, articles)).toContain('[+4 more]</sup>');
    expect(JSON.parse(renderJson(summary, articles)).sentences[0].citations).toHaveLength(14);
  });

  it('leaves the headline out of plain text when a summary sentence comes from it, also printed without its day', () => {
    const opening = 'The Ossa River broke through its embankment in Trevik on Sunday night, officials said.';
    const story = ['a', 'b'].map((id) => textArticle(`${opening} Hundreds of families left their homes in the lower town before dawn. Roads were closed in Trevik, officials said.`, { id }));
    const told = summarize(story, { budget: { sentences: 1 } });
    expect(told.headline?.text).toBe(opening);
    const [said] = resolveSummary(told, story).sentences;
    expect(said.text).toBe('The Ossa River broke through its embankment in Trevik, officials said.');
    const text = renderText(told, story);
    expect(text.startsWith(`${said.text} [1][2]\n`)).toBe(true);
    expect(text.split('\n').filter((line) => line.startsWith('The Ossa River'))).toHaveLength(1);
    expect(renderText({ ...told, headline: { article: 'a', text: 'Trevik flood' } }, story).startsWith('Trevik flood\n\n')).toBe(true);
    const later = { ...told, sentences: told.sentences.map((sentence) => ({ ...sentence, article: 'b', citations: sentence.citations.map((citation) => ({ ...citation, article: 'b' })) })) };
    expect(renderText(later, story).startsWith(`${opening}\n\n`)).toBe(true);
    expect(renderMarkdown(told, story).startsWith(`# ${opening}`)).toBe(true);
    const cut = { ...told, sentences: told.sentences.map((sentence) => ({ ...sentence, truncated: true })) };
    expect(renderText(cut, story).startsWith(`${opening}\n\n`), 'a sentence cut short hides no headline').toBe(true);
  });
});

describe('citations stating part of a sentence (cite24)', () => {
  const whole = textArticle('Harbour master Ailsa Drummond closed the port at Kilrush Point to all traffic on Tuesday after a storm damaged the breakwater.', { id: 'whole' });
  const part = textArticle('The port at Kilrush Point was closed to all traffic on Tuesday, the Kilrush <Courier> said.', { id: 'part' });
  const articles = [whole, part];
  const summary = summarize(articles, { budget: { sentences: 1 }, copies: ['part'], citationSupport: 0.3 });

  it('mark them "partly" in text, Markdown, HTML and JSON, and the rest as before', () => {
    expect(summary.sentences[0].citations.map((citation) => [citation.article, citation.grade])).toEqual([
      ['whole', 'states'],
      ['part', 'partly'],
    ]);
    expect(renderText(summary, articles)).toContain('breakwater. [1][2 partly]\n');
    const markdown = renderMarkdown(summary, articles);
    expect(markdown).toContain('breakwater. [1][2 partly]\n');
    expect(markdown).toContain('- sentence 1 → [2 partly] characters');
    const page = renderHtml(summary, articles);
    expect(page).toContain('<a href="#cite-1-2" class="partly" aria-label="source 2, stating part of the sentence">2 partly</a>');
    expect(page).toContain('Sentence 1, source 2 (states part of it): <blockquote>The port at Kilrush Point was closed to all traffic on Tuesday, the Kilrush &lt;Courier&gt; said.</blockquote>');
    expect(JSON.parse(renderJson(summary, articles)).sentences[0].citations.map((citation: { grade: string }) => citation.grade)).toEqual(['states', 'partly']);
  });
});
