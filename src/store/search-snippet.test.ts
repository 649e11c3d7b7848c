import { describe, expect, it } from 'vitest';
import { markedSnippet, MAX_SNIPPET_SCAN, searchSnippet, SNIPPET_WORDS } from './search-snippet.js';
import { searchTerms } from './sqlite-search.js';

const TEXT =
  'Crews evacuated 1,200 people from Brenmouth. The spillway gate of the Corrin Falls Dam failed before dawn, officials said.\n\nThe café owners on Quay Street said the evacuation was orderly.';

describe('searchSnippet', () => {
  const cases: Array<[string, string, string]> = [
    ['a word matches by its stem, the earliest occurrence shown', 'evacuation', 'Crews [evacuated] 1,200 people from Brenmouth. The spillway gate of the Corrin Falls Dam failed…'],
    ['case and diacritics are folded; near the end the fragment reaches back to stay full', 'CAFE', '…failed before dawn, officials said. The [café] owners on Quay Street said the evacuation was orderly.'],
    ['a phrase is bracketed whole', '"spillway gate"', '…Brenmouth. The [spillway gate] of the Corrin Falls Dam failed before dawn, officials said. The café…'],
    ['a prefix term matches words starting with it', 'Bren*', '…people from [Brenmouth]. The spillway gate of the Corrin Falls Dam failed before dawn, officials said…'],
    ['no match shows the start', 'harbour', 'Crews evacuated 1,200 people from Brenmouth. The spillway gate of the Corrin Falls Dam failed…'],
  ];
  it.each(cases)('%s', (_name, query, snippet) => {
    expect(searchSnippet(TEXT, searchTerms(query))).toBe(snippet);
  });

  it('shows the fragment holding the most distinct terms, the earliest of equals', () => {
    const snippet = searchSnippet(TEXT, searchTerms('evacuated Quay orderly'));
    expect(snippet).toBe('…failed before dawn, officials said. The café owners on [Quay] Street said the [evacuation] was [orderly].');
  });

  it('marks no stopword a query holds, unless the query is only stopwords or holds it in a phrase (mend28: "of" was marked)', () => {
    expect(searchSnippet(TEXT, searchTerms('gate of Corrin'))).toBe('…The spillway [gate] of the [Corrin] Falls Dam failed before dawn, officials said. The café owners…');
    expect(searchSnippet(TEXT, searchTerms('"gate of the Corrin"'))).toBe('…The spillway [gate of the Corrin] Falls Dam failed before dawn, officials said. The café owners…');
    expect(searchSnippet(TEXT, searchTerms('of'))).toBe('…spillway gate [of] the Corrin Falls Dam failed before dawn, officials said. The café owners on…');
  });

  it('shows SNIPPET_WORDS words and reads at most MAX_SNIPPET_SCAN characters', () => {
    const long = `${'word '.repeat(MAX_SNIPPET_SCAN / 5)}needle`;
    const snippet = searchSnippet(long, searchTerms('needle'));
    expect(snippet).toBe(`${'word '.repeat(SNIPPET_WORDS - 1)}word…`);
  });

  it('gives the spans of the bracketed words, and none for a bracket the text holds (web26)', () => {
    const text = 'Crews [officials said] evacuated 1,200 people from Brenmouth [Updated] on Saturday.';
    const { snippet, marked } = markedSnippet(text, searchTerms('evacuation Brenmouth'));
    expect(snippet).toBe('Crews [officials said] [evacuated] 1,200 people from [Brenmouth] [Updated] on Saturday.');
    expect(marked.map((span) => [snippet[span.start - 1], snippet.slice(span.start, span.end), snippet[span.end]])).toEqual([
      ['[', 'evacuated', ']'],
      ['[', 'Brenmouth', ']'],
    ]);
    expect(markedSnippet(TEXT, searchTerms('harbour')).marked).toEqual([]);
  });

  it('counts two CJK characters as a word and brackets the characters a CJK term matches', () => {
    const text = '澜江市消防部门周二表示，东港区一座物流仓库于凌晨三点左右起火，火势迅速蔓延至相邻的两栋建筑。消防部门共派出四十二辆消防车。';
    expect(searchSnippet(text, searchTerms('仓库 凌晨'))).toBe('…一座物流[仓库]于[凌晨]三点左右起火，火势迅速蔓延至相邻的两栋建筑。消防部…');
    expect(searchSnippet(`Crews at the Apple仓库 said ${text}`, searchTerms('"Apple仓库"'))).toBe('…at the [Apple仓库] said 澜江市消防部门周二表示，东港区一座物流仓库于凌…');
  });
});
