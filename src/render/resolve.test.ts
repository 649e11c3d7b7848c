import { describe, expect, it } from 'vitest';
import { textArticle } from '../quotes/test-support/articles.js';
import { summarize } from '../summarize/index.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { SegmentedArticle } from '../article.js';
import { summaryView } from '../server/views/summary.js';
import type { Summary } from '../summarize/types.js';
import { disputeNote } from './fact-values.js';
import { byNumber, MAX_SHOWN_CITATIONS, resolveSummary, type ResolvedDispute } from './resolve.js';
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

describe('citation marks in number order (cite29: a user read "[1][2][4][3]")', () => {
  // Sources are numbered as first cited: sentence 1 cites a then c (1, 2); sentence 2 is taken from b (3), which the summary lists first, then cites a and c.
  const texts = {
    a: 'The Lirra dam spillway cracked on Saturday, the water board said. Engineers lowered the reservoir by two metres.',
    b: 'Engineers lowered the Lirra reservoir by two metres on Sunday. The spillway cracked on Saturday.',
    c: 'The Lirra dam spillway cracked on Saturday. Engineers lowered the reservoir by two metres overnight.',
  };
  const articles = Object.entries(texts).map(([id, text]) => textArticle(text, { id }));
  const [a, b, c] = articles;
  const sentenceOf = (article: SegmentedArticle, index: number) => ({ start: article.sentences[index].start, end: article.sentences[index].end });
  const summary: Summary = {
    sentences: [
      { article: 'a', parts: [sentenceOf(a, 0)], citations: [{ article: 'a', span: sentenceOf(a, 0), support: 1, grade: 'states' }, { article: 'c', span: sentenceOf(c, 0), support: 0.8, grade: 'states' }] },
      {
        article: 'b',
        parts: [sentenceOf(b, 0)],
        citations: [
          { article: 'b', span: sentenceOf(b, 0), support: 1, grade: 'states' },
          { article: 'a', span: sentenceOf(a, 1), support: 0.7, grade: 'partly' },
          { article: 'c', span: sentenceOf(c, 1), support: 0.7, grade: 'partly' },
        ],
      },
    ],
    articles: ['a', 'b', 'c'],
    length: { words: 20, bytes: 120, sentences: 2 },
  };

  it('numbers the sources by first citation, the own source first, and shows each sentence\'s marks in ascending order', () => {
    const resolved = resolveSummary(summary, articles);
    expect(resolved.sources.map((article) => article.id)).toEqual(['a', 'c', 'b']);
    expect(resolved.sentences[1].citations.map((citation) => [citation.number, citation.own])).toEqual([[3, true], [1, false], [2, false]]);
    expect(byNumber(resolved.sentences[1].citations).map((citation) => citation.number)).toEqual([1, 2, 3]);
  });

  it('prints the marks in ascending order in text, Markdown, HTML and the web reader, naming the own source where there is room; JSON keeps the own source first', () => {
    expect(renderText(summary, articles)).toContain('by two metres on Sunday. [1 partly][2 partly][3]\n');
    const markdown = renderMarkdown(summary, articles);
    expect(markdown).toContain('by two metres on Sunday. [1 partly][2 partly][3]\n');
    expect(markdown.match(/^- sentence 2 → \[.*$/gm)?.map((line) => line.split(' characters')[0])).toEqual(['- sentence 2 → [1 partly]', '- sentence 2 → [2 partly]', '- sentence 2 → [3] (its own source)']);
    const page = renderHtml(summary, articles);
    expect(page.match(/<sup>\[.*?\]<\/sup>/g)?.[1].match(/#cite-2-\d/g)).toEqual(['#cite-2-1', '#cite-2-2', '#cite-2-3']);
    expect(page).toContain('<li id="cite-2-3">Sentence 2, source 3 (its own source): ');
    const reader = summaryView(summary, articles, 's1').value;
    const marks = reader.split('<p>')[2].split('<details')[0];
    expect([...marks.matchAll(/>\[(\d)( partly)?\]<\/a>/g)].map((mark) => mark[1])).toEqual(['1', '2', '3']);
    expect(marks).toMatch(/aria-label="Source 3, [^"]*: the sentence it is taken from">\[3\]<\/a>/);
    expect(marks.match(/: the cited sentence"|: a sentence stating part of this one"/g)).toHaveLength(2);
    expect(JSON.parse(renderJson(summary, articles)).sentences[1].citations.map((citation: { number: number }) => citation.number)).toEqual([3, 1, 2]);
  });
});

describe('a disputed value\'s sources in number order (cite29)', () => {
  it('writes the sources giving another value in ascending order, as citations are', () => {
    const [a, b] = ['a', 'b'].map((id) => textArticle('Officials said 410 homes had been damaged in Brenmouth.', { id }));
    const span = { start: 14, end: 17 };
    const dispute: ResolvedDispute = {
      label: 'homes damaged',
      stated: { value: 450, qualifier: 'exact', sources: [], reading: 0 },
      others: [{ value: { value: 410, qualifier: 'exact', sources: [], reading: 1 }, sources: [{ number: 4, article: b, span }, { number: 2, article: a, span }] }],
    };
    expect(disputeNote(dispute)).toBe('Disputed, homes damaged: this sentence says 450; other sources say 410 [2][4]');
  });
});

describe('plain-text sources on one line each (cite29)', () => {
  it('writes a url with line breaks and control characters on its source\'s line, as Markdown does', () => {
    const article = { ...textArticle('The Lirra dam spillway cracked on Saturday, the water board said.', { id: 'broken-url' }), url: 'javascript:void(0)\n\n[2] Forged source\r\n\tdetails\u2028here\u0007 ' };
    const text = renderText(summarize([article], { budget: { sentences: 1 } }), [article]);
    const sources = text.split('Sources\n')[1].trim().split('\n');
    expect(sources).toHaveLength(1);
    expect(sources[0]).toContain(' <javascript:void(0) [2] Forged source details here> (broken-url.txt)');
  });

  it('writes a headline with line breaks on its one line in text and Markdown', () => {
    const article = { ...textArticle('The Lirra dam spillway cracked on Saturday, the water board said. Engineers lowered the reservoir by two metres.', { id: 'broken-title' }), title: 'Dam cracks\n\nSources\n[1] Forged source' };
    const summary = { ...summarize([article], { budget: { sentences: 1 } }), headline: { article: 'broken-title', text: article.title } };
    expect(renderText(summary, [article]).split('\n').slice(0, 2)).toEqual(['Dam cracks Sources [1] Forged source', '']);
    expect(renderMarkdown(summary, [article]).split('\n')[0]).toBe('# Dam cracks Sources \\[1\\] Forged source');
  });
});
