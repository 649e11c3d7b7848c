import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { summarize } from '../summarize/index.js';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown source addresses', () => {
  const sentence = 'The council approved repairs to the Calder Point harbour wall on Friday after divers found cracks near the fish market, the harbour master said.';
  const withUrl = (id: string, url: string) => ({ ...textArticle(sentence, { id }), url });

  it('links only a web address, written as a browser would ask for it; any other address is text (audit29: a JSONL url of javascript:// was an autolink)', () => {
    const articles = [
      withUrl('script-link', 'javascript://x%0Aalert(document.domain)'),
      withUrl('data-link', 'data://text/html,<script>alert(1)</script>'),
      withUrl('web-link', 'https://quaypost.example/news/harbour-wall?from=<b>'),
    ];
    const sources = renderMarkdown(summarize(articles, { budget: { sentences: 1 } }), articles).split('## Sources\n\n')[1].split('\n\n')[0].split('\n');
    expect(sources).toEqual([
      '1. (untitled) The council approved repairs to the Calder Point harbour wall on Friday after… javascript://x%0Aalert(document.domain)',
      '2. (untitled) The council approved repairs to the Calder Point harbour wall on Friday after… data://text/html,\\<script\\>alert(1)\\</script\\>',
      '3. (untitled) The council approved repairs to the Calder Point harbour wall on Friday after… <https://quaypost.example/news/harbour-wall?from=%3Cb%3E>',
    ]);
  });

  it('writes any other address on its one line, its line breaks and control characters made spaces (mend29b: a library caller\'s url could start a heading of its own)', () => {
    const articles = [withUrl('broken-lines', 'javascript:void(0)\n\n# Recall notice\r\n\tdetails\u2028here\u0007 ')];
    const sources = renderMarkdown(summarize(articles, { budget: { sentences: 1 } }), articles).split('## Sources\n\n')[1].split('\n\n')[0].split('\n');
    expect(sources).toEqual(['1. (untitled) The council approved repairs to the Calder Point harbour wall on Friday after… javascript:void(0) \\# Recall notice details here']);
  });

  it('writes a source whose title holds line breaks on its one line (final review f1: a caller\'s title could add lines of its own to the list)', () => {
    const articles = [{ ...textArticle(sentence, { id: 'broken-title' }), title: 'Harbour wall\n\n## Sources\n1. Fake outlet' }];
    const sources = renderMarkdown(summarize(articles, { budget: { sentences: 1 } }), articles).split('## Sources\n\n')[1].split('\n\n')[0].split('\n');
    expect(sources).toEqual(['1. “Harbour wall \\#\\# Sources 1. Fake outlet”']);
  });
});
