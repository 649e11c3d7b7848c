import { describe, expect, it } from 'vitest';
import type { EditView } from '../../copies/index.js';
import { html } from './html.js';
import { editRuns, shownText } from './cut.js';

const word = (text: string) => ({ start: 0, end: text.length, text });
const shown = (edits: EditView[], max: number) => {
  const { runs, cut } = editRuns(edits, '/articles/a1', max);
  return `${html`${runs}`.value}${cut === '' ? '' : '|cut'}`;
};

describe('editRuns', () => {
  const edits: EditView[] = [
    { op: 'equal', copy: word('The') },
    { op: 'replace', source: word('river'), copy: word('stream') },
    { op: 'insert', copy: word('<rose>') },
  ];

  it('shows every word when they fit, escaped, with no mark', () => {
    expect(shown(edits, 100)).toBe('The <del>river</del> <ins>stream</ins> <ins>&lt;rose&gt;</ins> ');
    expect(shown(edits, 3 + 5 + 6 + 6)).toBe('The <del>river</del> <ins>stream</ins> <ins>&lt;rose&gt;</ins> ');
  });

  it('cuts the words after max characters in all and marks the cut, also when the budget ends on an edit', () => {
    expect(shown(edits, 6)).toBe('The <del>riv</del> |cut');
    expect(shown(edits, 8)).toBe('The <del>river</del> |cut');
    expect(shown(edits, 10)).toBe('The <del>river</del> <ins>st</ins> |cut');
    expect(shown(edits, 3 + 5 + 6)).toBe('The <del>river</del> <ins>stream</ins> |cut');
  });

  it('marks the cut when the source words of a replacement use the rest of the budget and its copy words are left out (mend27c)', () => {
    const replaced: EditView[] = [{ op: 'replace', source: word('a'.repeat(2000)), copy: word('NEWWORDS') }];
    expect(shown(replaced, 2000)).toBe(`<del>${'a'.repeat(2000)}</del> |cut`);
    expect(shown([{ op: 'equal', copy: word('The') }, { op: 'insert', copy: word('rose') }], 3)).toBe('The |cut');
  });

  it('shows no copy words after the source words of a replacement were cut short of a split character (mend28)', () => {
    expect(shown([{ op: 'replace', source: word('ab\u{1F600}'), copy: word('xyz') }], 3)).toBe('<del>ab</del> |cut');
  });

  it('marks no cut when only empty words are left after the budget', () => {
    expect(shown([{ op: 'equal', copy: word('The') }, { op: 'insert', copy: word('') }], 3)).toBe('The <ins></ins> ');
  });
});

describe('shownText', () => {
  it('gives a text within the limit whole, and cuts a longer one with a mark linking the article', () => {
    expect(shownText('abc', '/articles/a1', 3)).toEqual({ text: 'abc', cut: '' });
    const cut = shownText('abcd', '/articles/a1?story=s1', 3);
    expect(cut.text).toBe('abc');
    expect(cut.cut !== '' && cut.cut.value).toBe('<span class="muted">…(cut, <a href="/articles/a1?story=s1">the full article</a>)</span>');
  });
});
